package org.crosscheck.analysis.claims;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.crosscheck.analysis.entities.EntityResolver;
import org.crosscheck.analysis.entities.GenderConsistency;
import org.crosscheck.analysis.pipeline.CorpusAnalysis;
import org.crosscheck.analysis.pipeline.CorpusStage;
import org.crosscheck.analysis.pipeline.DocumentAnalysis;
import org.crosscheck.analysis.pipeline.Key;
import org.crosscheck.analysis.quotes.SpeakerLinker;
import org.crosscheck.analysis.text.Words;
import org.crosscheck.analysis.timeline.DateFinder;
import org.crosscheck.analysis.timeline.DateMention;
import org.crosscheck.analysis.timeline.TimelineBuilder;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimMention;
import org.crosscheck.model.Discrepancy;
import org.crosscheck.model.Discrepancy.Variant;
import org.crosscheck.model.DiscrepancyType;
import org.crosscheck.model.Quote;
import org.crosscheck.model.QuoteKind;
import org.crosscheck.model.Span;
import org.jspecify.annotations.Nullable;

/**
 * Finds where sources disagree, without deciding who is right:
 * <ul>
 *   <li>numbers: a claim whose mentions in different documents give different quantities, and an
 *       attribute given two values anywhere in the corpus ("the 46-page report" / "its 48-page
 *       report"); values that only round or approximate each other are labelled approximate;</li>
 *   <li>dates: a claim dated differently by different documents ("this week" / "last week");</li>
 *   <li>attribution: the same quotation given to different speakers.</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class DiscrepancyFinder implements CorpusStage {
    public static final Key<List<Discrepancy>> DISCREPANCIES = Key.named("discrepancies");

    @Override
    public String name() {
        return "discrepancies";
    }

    @Override
    public Set<Key<?>> requires() {
        return Set.of(ClaimClusterer.CLAIMS, SpeakerLinker.QUOTES, TimelineBuilder.TIMELINE, DateFinder.DATES,
                GenderConsistency.GENDER_FLIPS, EntityResolver.ENTITIES);
    }

    @Override
    public Set<Key<?>> provides() {
        return Set.of(DISCREPANCIES);
    }

    @Override
    public CorpusAnalysis apply(CorpusAnalysis corpus) {
        List<Claim> claims = corpus.get(ClaimClusterer.CLAIMS);
        List<Discrepancy> out = new ArrayList<>();
        Set<Span> used = new HashSet<>();
        attributes(claims, out, used);
        // every claim sentence by the pairs of content words it holds, to find what a hedge qualifies elsewhere
        Map<String, List<ClaimMention>> byBigram = new java.util.HashMap<>();
        for (Claim c : claims) {
            for (ClaimMention m : c.mentions()) {
                List<String> w = Words.content(m.span().text());
                Set<String> seen = new HashSet<>();
                for (int i = 0; i + 1 < w.size(); i++) {
                    String bigram = w.get(i) + " " + w.get(i + 1);
                    if (seen.add(bigram)) byBigram.computeIfAbsent(bigram, k -> new ArrayList<>()).add(m);
                }
            }
        }
        Map<String, DocumentAnalysis> docs = new java.util.HashMap<>();
        corpus.documents().forEach(d -> docs.put(d.id(), d));
        for (Claim c : claims) {
            if (c.docs().size() < 2) continue;
            numbers(c, out, used);
            dates(c, docs, out);
            modality(c, byBigram, out);
        }
        attributions(corpus.get(SpeakerLinker.QUOTES), out);
        for (GenderConsistency.Flip f : corpus.get(GenderConsistency.GENDER_FLIPS)) {
            String name = corpus.get(EntityResolver.ENTITIES).byId(f.entity()).map(org.crosscheck.model.Entity::name).orElse(f.entity());
            String other = f.expected() == org.crosscheck.model.Gender.FEMALE ? "male" : "female";
            out.add(new Discrepancy("", DiscrepancyType.GENDER, null, "One source refers to " + name + " as " + other
                    + ", the others as " + f.expected().label(), List.of(new Variant(other, f.flipped()),
                    new Variant(f.expected().label(), f.agreeing())), false));
        }
        List<Discrepancy> numbered = new ArrayList<>();
        for (Discrepancy d : merged(out)) {
            numbered.add(new Discrepancy("d" + (numbered.size() + 1), d.type(), d.claim(), d.description(), d.variants(),
                    d.approximate()));
        }
        return corpus.with(DISCREPANCIES, List.copyOf(numbered));
    }

    /**
     * One disagreement found in two claims (a sentence's and its clause's, each matched with a different
     * source) is one discrepancy: the same type and the same values, each value's places put together.
     */
    private static List<Discrepancy> merged(List<Discrepancy> found) {
        Map<String, Discrepancy> byValues = new LinkedHashMap<>();
        for (Discrepancy d : found) {
            String key = d.type() + "\u0000" + d.variants().stream().map(v -> Words.normalize(v.value())).sorted().toList();
            byValues.merge(key, d, (a, b) -> {
                List<Variant> variants = new ArrayList<>();
                for (Variant va : a.variants()) {
                    java.util.LinkedHashSet<Span> places = new java.util.LinkedHashSet<>(va.mentions());
                    for (Variant vb : b.variants()) {
                        if (Words.normalize(vb.value()).equals(Words.normalize(va.value()))) places.addAll(vb.mentions());
                    }
                    List<Span> sorted = new ArrayList<>(places);
                    sorted.sort(null);
                    variants.add(new Variant(va.value(), sorted));
                }
                return new Discrepancy(a.id(), a.type(), a.claim(), a.description(), variants, a.approximate());
            });
        }
        return new ArrayList<>(byValues.values());
    }

    /** "N-unit noun" modifiers anywhere: the same attribute of the same thing given different values. */
    private static void attributes(List<Claim> claims, List<Discrepancy> out, Set<Span> used) {
        Map<String, java.util.TreeMap<Integer, ClaimMention>> sentences = new java.util.HashMap<>();
        Map<ClaimMention, String> claimOfMention = new java.util.HashMap<>();
        for (Claim c : claims) {
            for (ClaimMention m : c.mentions()) {
                sentences.computeIfAbsent(m.span().doc(), k -> new java.util.TreeMap<>()).put(m.span().start(), m);
                claimOfMention.putIfAbsent(m, c.id());
            }
        }
        Map<String, Map<String, List<Quantity>>> byAttribute = new LinkedHashMap<>();
        Map<String, List<String>> keysByUnit = new java.util.HashMap<>();
        Set<Span> seen = new HashSet<>();
        for (Claim c : claims) {
            for (ClaimMention m : c.mentions()) {
                if (!seen.add(m.span())) continue;
                for (Quantity q : Quantity.find(m.span())) {
                    if (q.head() == null) continue;
                    String key = q.unit() + " " + q.head();
                    for (String k : keysByUnit.getOrDefault(q.unit(), List.of())) {
                        if (sameHead(k.substring(k.indexOf(' ') + 1), q.head())) key = k;
                    }
                    if (!byAttribute.containsKey(key)) keysByUnit.computeIfAbsent(q.unit(), x -> new ArrayList<>()).add(key);
                    byAttribute.computeIfAbsent(key, k -> new LinkedHashMap<>())
                            .computeIfAbsent(q.value(), k -> new ArrayList<>()).add(q);
                }
            }
        }
        for (var e : byAttribute.entrySet()) {
            Map<String, List<Quantity>> values = e.getValue();
            if (values.size() < 2) continue;
            Set<String> docs = new HashSet<>();
            values.values().forEach(l -> l.forEach(q -> docs.add(q.span().doc())));
            if (docs.size() < 2) continue;
            List<Variant> variants = new ArrayList<>();
            List<Quantity> firsts = new ArrayList<>();
            values.forEach((v, qs) -> {
                variants.add(new Variant(v, qs.stream().map(Quantity::span).toList()));
                firsts.add(qs.get(0));
                qs.forEach(q -> used.add(q.span()));
            });
            String[] parts = e.getKey().split(" ");
            String description = "Sources give the " + parts[1] + " different " + parts[0] + " counts: "
                    + String.join(" vs ", values.keySet());
            out.add(new Discrepancy("", DiscrepancyType.NUMBER, claimOf(sentences, claimOfMention, variants), description, variants,
                    allCompatible(firsts)));
        }
    }

    /** "footbridge" and "bridge": one English compound ends with the other. */
    private static boolean sameHead(String a, String b) {
        return a.equals(b) || a.length() >= 4 && b.length() >= 4 && (a.endsWith(b) || b.endsWith(a));
    }

    /**
     * Inside one claim: quantities of the same counted noun, compared across documents; when every
     * mention gives a single quantity, those are compared whatever their nouns ("countries"/"states").
     */
    private static void numbers(Claim c, List<Discrepancy> out, Set<Span> used) {
        Map<String, List<Quantity>> byUnit = new LinkedHashMap<>();
        List<Quantity> singles = new ArrayList<>();
        boolean allSingle = true;
        for (ClaimMention m : c.mentions()) {
            List<Quantity> qs = Quantity.find(m.span()).stream().filter(q -> !used.contains(q.span())).toList();
            if (qs.size() == 1) singles.add(qs.get(0));
            else allSingle = false;
            for (Quantity q : qs) byUnit.computeIfAbsent(q.unit(), k -> new ArrayList<>()).add(q);
        }
        boolean found = false;
        for (List<Quantity> qs : byUnit.values()) {
            if (!qs.get(0).unit().isEmpty()) found |= compare(c, qs, out);
        }
        if (!found && allSingle && singles.size() >= 2) compare(c, singles, out);
    }

    private static boolean compare(Claim c, List<Quantity> quantities, List<Discrepancy> out) {
        Map<String, List<Quantity>> byValue = new LinkedHashMap<>();
        Map<String, Set<String>> docsByValue = new LinkedHashMap<>();
        for (Quantity q : quantities) {
            String v = canonicalValue(q, byValue.keySet(), byValue);
            byValue.computeIfAbsent(v, k -> new ArrayList<>()).add(q);
            docsByValue.computeIfAbsent(v, k -> new HashSet<>()).add(q.span().doc());
        }
        if (byValue.size() < 2) return false;
        Set<String> allDocs = new HashSet<>();
        docsByValue.values().forEach(allDocs::addAll);
        // a disagreement is between documents: each value must be given by a document the others do not agree with
        if (allDocs.size() < 2 || docsByValue.values().stream().anyMatch(d -> d.size() == allDocs.size())) return false;
        List<Quantity> firsts = byValue.values().stream().map(l -> l.get(0)).toList();
        if (firsts.stream().map(Quantity::unit).distinct().count() > 1 && !sameKind(firsts)) return false;
        List<Variant> variants = new ArrayList<>();
        byValue.forEach((v, qs) -> variants.add(new Variant(v, qs.stream().map(Quantity::span).toList())));
        boolean approx = allCompatible(firsts);
        String description = "Sources give different figures" + (approx ? " (approximations that may agree)" : "") + ": "
                + String.join(" vs ", byValue.keySet().stream().map(v -> quote(v, byValue.get(v).get(0))).toList());
        out.add(new Discrepancy("", DiscrepancyType.NUMBER, c.id(), description, variants, approx));
        return true;
    }

    /** Equal quantities written differently ("14", "fourteen") share one variant, named by the first form seen. */
    private static String canonicalValue(Quantity q, Set<String> seen, Map<String, List<Quantity>> byValue) {
        for (String v : seen) if (byValue.get(v).get(0).sameValue(q) && byValue.get(v).get(0).approx() == q.approx()) return v;
        return q.value();
    }

    /** Different counted nouns still count the same kind of thing when one sentence cluster holds both. */
    private static boolean sameKind(List<Quantity> qs) {
        return qs.stream().noneMatch(q -> q.unit().isEmpty());
    }

    private static String quote(String value, Quantity q) {
        return q.unit().isEmpty() ? value : value + " " + q.unit();
    }

    /** Inside one claim: time expressions that resolve differently in different documents. */
    private static void dates(Claim c, Map<String, DocumentAnalysis> docs, List<Discrepancy> out) {
        Map<String, List<Span>> byWhen = new LinkedHashMap<>();
        Map<String, Set<String>> docsByWhen = new LinkedHashMap<>();
        for (ClaimMention m : c.mentions()) {
            DocumentAnalysis d = docs.get(m.span().doc());
            for (DateMention dm : d.get(DateFinder.DATES)) {
                if (!m.span().contains(dm.span()) || !dm.relative()) continue;
                byWhen.computeIfAbsent(dm.when(), k -> new ArrayList<>()).add(dm.span());
                docsByWhen.computeIfAbsent(dm.when(), k -> new HashSet<>()).add(m.span().doc());
            }
        }
        if (byWhen.size() < 2) return;
        Set<String> all = new HashSet<>();
        docsByWhen.values().forEach(all::addAll);
        if (all.size() < 2 || docsByWhen.values().stream().anyMatch(s -> s.size() == all.size())) return;
        List<Variant> variants = new ArrayList<>();
        byWhen.forEach((w, spans) -> variants.add(new Variant(spans.get(0).text() + " (" + w + ")", spans)));
        String description = "Sources date it differently: " + String.join(" vs ", variants.stream().map(Variant::value).toList());
        out.add(new Discrepancy("", DiscrepancyType.DATE, c.id(), description, variants, false));
    }

    /**
     * Inside one claim: some documents hedge it ("may have caused") and others state it flat
     * ("caused"). Denials are not compared here: a denial is a different claim by someone else.
     */
    private static void modality(Claim c, Map<String, List<ClaimMention>> byBigram, List<Discrepancy> out) {
        List<Span> hedged = new ArrayList<>();
        List<Span> flat = new ArrayList<>();
        for (ClaimMention m : c.mentions()) {
            if (m.modality() == org.crosscheck.model.Modality.DENIED) return;
            if (!ModalityReader.hedge(m.span().text()).isEmpty()) hedged.add(m.span());
            else if (m.modality() == org.crosscheck.model.Modality.ASSERTED) flat.add(m.span());
        }
        if (hedged.isEmpty()) return;
        // the flat mentions must state what the hedge qualifies: "may have caused" against "caused"
        String predicate = ModalityReader.hedgedPredicate(hedged.get(0).text());
        if (predicate.isEmpty()) return;
        flat.removeIf(f -> !org.crosscheck.analysis.text.Words.content(f.text()).contains(predicate));
        Set<String> hedgedDocs = new HashSet<>();
        hedged.forEach(s -> hedgedDocs.add(s.doc()));
        // within the claim, a disagreement is between documents
        flat.removeIf(f -> hedgedDocs.contains(f.doc()));
        // or, in another statement (even in a document that also hedges it, by another speaker), state flat the
        // very thing hedged: "may constitute crimes against humanity" against "has committed crimes against humanity"
        Set<String> objects = new HashSet<>();
        for (Span h : hedged) objects.add(ModalityReader.hedgedObject(h.text()));
        objects.remove("");
        for (String object : objects) {
            for (ClaimMention m : byBigram.getOrDefault(object, List.of())) {
                if (m.modality() == org.crosscheck.model.Modality.ASSERTED && ModalityReader.hedge(m.span().text()).isEmpty()
                        && !flat.contains(m.span()) && !hedged.contains(m.span())) {
                    flat.add(m.span());
                }
            }
        }
        if (flat.isEmpty()) return;
        // point at the clause that carries the hedge, or the flat statement, not at the whole sentence
        hedged.replaceAll(h -> clauseAround(h, ModalityReader.hedgeStart(h.text())));
        flat.replaceAll(f -> clauseAround(f, objectStart(f.text(), objects, predicate)));
        String word = ModalityReader.hedge(hedged.get(0).text());
        out.add(new Discrepancy("", DiscrepancyType.MODALITY, c.id(),
                "Some sources hedge the claim (\"" + word + "\"), others state it as fact",
                List.of(new Variant("hedged", hedged), new Variant("asserted", flat)), false));
    }

    /** Where in a flat sentence the hedged thing is stated: the first of its object words or the predicate, or -1. */
    private static int objectStart(String sentence, Set<String> objects, String predicate) {
        String lower = sentence.toLowerCase(java.util.Locale.ROOT);
        for (String o : objects) {
            int at = lower.indexOf(o.split(" ")[0]);
            if (at >= 0) return at;
        }
        return predicate.isEmpty() ? -1 : lower.indexOf(predicate);
    }

    /**
     * The clause of {@code sentence} around {@code at}: out to the nearest comma, semicolon, colon,
     * dash or quotation mark on each side. The whole sentence when {@code at} is -1.
     */
    static Span clauseAround(Span sentence, int at) {
        String t = sentence.text();
        if (at < 0 || at >= t.length()) return sentence;
        String stops = ",;:—–\"“”";
        int s = at;
        while (s > 0 && stops.indexOf(t.charAt(s - 1)) < 0) s--;
        int e = at;
        while (e < t.length() && stops.indexOf(t.charAt(e)) < 0 && t.charAt(e) != '.') e++;
        while (s < e && Character.isWhitespace(t.charAt(s))) s++;
        while (e > s && Character.isWhitespace(t.charAt(e - 1))) e--;
        if (e - s < 10) return sentence;
        return new Span(sentence.doc(), sentence.start() + s, sentence.start() + e, t.substring(s, e));
    }

    /** The same quotation (by its words) given to different speakers. */
    private static void attributions(List<Quote> quotes, List<Discrepancy> out) {
        Map<String, List<Quote>> byWords = new LinkedHashMap<>();
        for (Quote q : quotes) {
            if (q.kind() == QuoteKind.TERM || q.kind() == QuoteKind.INDIRECT || q.speaker().name() == null) continue;
            List<String> w = Words.tokens(q.span().text());
            if (w.size() < 6) continue;
            byWords.computeIfAbsent(String.join(" ", w.subList(0, 6)), k -> new ArrayList<>()).add(q);
        }
        for (List<Quote> group : byWords.values()) {
            Map<String, List<Span>> bySpeaker = new LinkedHashMap<>();
            for (Quote q : group) {
                String who = q.speaker().entity() != null ? q.speaker().name() : q.speaker().name();
                bySpeaker.computeIfAbsent(Objects.requireNonNull(who), k -> new ArrayList<>()).add(q.span());
            }
            Set<String> docs = new HashSet<>();
            group.forEach(q -> docs.add(q.span().doc()));
            if (bySpeaker.size() < 2 || docs.size() < 2) continue;
            List<Variant> variants = new ArrayList<>();
            bySpeaker.forEach((who, spans) -> variants.add(new Variant(who, spans)));
            out.add(new Discrepancy("", DiscrepancyType.ATTRIBUTION, null,
                    "The same words are attributed to " + String.join(" and to ", bySpeaker.keySet()), variants, false));
        }
    }

    private static boolean allCompatible(List<Quantity> qs) {
        for (int i = 0; i < qs.size(); i++) {
            for (int j = i + 1; j < qs.size(); j++) if (!qs.get(i).compatible(qs.get(j))) return false;
        }
        return true;
    }

    /** The claim that holds most of the variants' mentions (each mention looked up by its sentence), or null. */
    private static @Nullable String claimOf(Map<String, java.util.TreeMap<Integer, ClaimMention>> sentences,
            Map<ClaimMention, String> claimOfMention, List<Variant> variants) {
        Map<String, Integer> count = new java.util.HashMap<>();
        for (Variant v : variants) {
            for (Span s : v.mentions()) {
                var inDoc = sentences.get(s.doc());
                var e = inDoc == null ? null : inDoc.floorEntry(s.start());
                if (e != null && e.getValue().span().contains(s)) count.merge(claimOfMention.get(e.getValue()), 1, Integer::sum);
            }
        }
        return count.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }
}
