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
import org.crosscheck.analysis.sentences.SentenceStage;
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
import org.crosscheck.model.Speaker;
import org.crosscheck.nlp.Sentence;
import org.crosscheck.nlp.SentenceEncoder;
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
    /**
     * How close two different counted nouns' word vectors (bge-small, one word each) must be for their
     * numbers to count the same thing. Chosen high, since a false disagreement costs a reader more than
     * a missed one: near-synonyms pass ("soldiers"/"troops" 0.91, "protesters"/"demonstrators" 0.90,
     * "countries"/"nations" 0.87, "metres"/"meters" 0.89), while "years"/"months" (0.80) and
     * "documents"/"committees" (0.62) stay apart, and so, at 0.79, do "countries"/"states".
     */
    static final double SAME_THING = 0.85;

    private final @Nullable SentenceEncoder encoder;
    private final Map<String, float[]> nounVectors = new java.util.concurrent.ConcurrentHashMap<>();

    /** Numbers compared only when they count the same noun. */
    public DiscrepancyFinder() {
        this(null);
    }

    /** Numbers compared also when they count nouns that {@code encoder} puts close ("countries", "states"). */
    public DiscrepancyFinder(@Nullable SentenceEncoder encoder) {
        this.encoder = encoder;
    }

    @Override
    public String name() {
        return "discrepancies";
    }

    @Override
    public Set<Key<?>> requires() {
        return Set.of(ClaimClusterer.CLAIMS, ClaimClusterer.CONTRARIES, SpeakerLinker.QUOTES, TimelineBuilder.TIMELINE, DateFinder.DATES,
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
        attributions(corpus.get(SpeakerLinker.QUOTES), corpus.get(EntityResolver.ENTITIES), docs, out);
        denials(corpus.get(ClaimClusterer.CONTRARIES), out);
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
            // values that name no figure ("hedged", "denied") say nothing of which claim they are found in
            String key = d.type() + "\u0000" + d.variants().stream().map(v -> Words.normalize(v.value())).sorted().toList()
                    + (d.type() == DiscrepancyType.MODALITY ? "\u0000" + d.claim() : "");
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
            // a document that gives two values describes two things ("a 10-year sentence" for one man, "a 3-year" for another)
            Map<String, Set<String>> valuesByDoc = new java.util.HashMap<>();
            values.forEach((v, qs) -> qs.forEach(q -> valuesByDoc.computeIfAbsent(q.span().doc(), k -> new HashSet<>()).add(v)));
            if (valuesByDoc.values().stream().anyMatch(v -> v.size() > 1)) continue;
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
     * Inside one claim: quantities of the same thing (the same counted noun, or nouns that name the
     * same kind of thing) given differently by different documents. A mention that gives two numbers of
     * one noun ("three years" for one man, "15 years" for another) does not say which is the claim's,
     * so it is left out of the comparison.
     */
    private void numbers(Claim c, List<Discrepancy> out, Set<Span> used) {
        Map<String, List<Quantity>> byUnit = new LinkedHashMap<>();
        for (ClaimMention m : c.mentions()) {
            Map<String, List<Quantity>> here = new LinkedHashMap<>();
            for (Quantity q : Quantity.find(m.span())) {
                if (q.unit().isEmpty() || used.contains(q.span())) continue;
                here.computeIfAbsent(slot(q, byUnit), k -> new ArrayList<>()).add(q);
            }
            here.forEach((unit, qs) -> {
                if (qs.stream().map(Quantity::value).distinct().count() == 1) byUnit.computeIfAbsent(unit, k -> new ArrayList<>()).add(qs.get(0));
            });
        }
        for (List<Quantity> qs : byUnit.values()) compare(c, qs, out);
    }

    /** The counted noun already seen that {@code q}'s names the same thing as, else {@code q}'s own. */
    private String slot(Quantity q, Map<String, List<Quantity>> seen) {
        if (seen.containsKey(q.unit())) return q.unit();
        for (var e : seen.entrySet()) if (sameThing(noun(e.getValue().get(0)), noun(q))) return e.getKey();
        return q.unit();
    }

    /** The counted noun as written, lower case ("states" in "about 40 other states"). */
    private static String noun(Quantity q) {
        if (q.head() != null) return q.unit();
        String t = q.span().text().strip();
        return t.substring(t.lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether two counted nouns name the same kind of thing: the same word, or word vectors that lie close. */
    boolean sameThing(String a, String b) {
        if (a.equals(b)) return true;
        if (encoder == null) return false;
        float[] va = nounVectors.computeIfAbsent(a, k -> encoder.encode(List.of(k)).get(0));
        float[] vb = nounVectors.computeIfAbsent(b, k -> encoder.encode(List.of(k)).get(0));
        double dot = 0;
        for (int i = 0; i < va.length; i++) dot += va[i] * vb[i];
        return dot >= SAME_THING;
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

    private static String quote(String value, Quantity q) {
        return q.unit().isEmpty() ? value : value + " " + q.unit();
    }

    /** Inside one claim: time expressions that resolve differently in different documents. */
    private static void dates(Claim c, Map<String, DocumentAnalysis> docs, List<Discrepancy> out) {
        Map<String, List<Span>> byWhen = new LinkedHashMap<>();
        Map<String, Set<String>> docsByWhen = new LinkedHashMap<>();
        for (ClaimMention m : c.mentions()) {
            DocumentAnalysis d = docs.get(m.span().doc());
            List<DateMention> here = d.get(DateFinder.DATES).stream().filter(dm -> m.span().contains(dm.span())).toList();
            // a statement with two dates does not say which one dates the claim
            if (here.size() != 1 || !here.get(0).relative()) continue;
            DateMention dm = here.get(0);
            byWhen.computeIfAbsent(dm.when(), k -> new ArrayList<>()).add(dm.span());
            docsByWhen.computeIfAbsent(dm.when(), k -> new HashSet<>()).add(m.span().doc());
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
    static void modality(Claim c, Map<String, List<ClaimMention>> byBigram, List<Discrepancy> out) {
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
        String verb = root(predicate);
        flat.removeIf(f -> Words.content(f.text()).stream().noneMatch(w -> root(w).equals(verb)));
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
        // the same proposition, hedged and not: the flat clause says most of what the hedge qualifies, its verb aside
        // ("may constitute crimes against humanity" and "has committed crimes against humanity" say one thing)
        List<Set<String>> qualified = new ArrayList<>();
        for (Span h : hedged) {
            int at = Math.max(0, ModalityReader.hedgeStart(h.text()));
            Set<String> said = new HashSet<>(Words.content(h.text().substring(at)));
            said.removeAll(Words.content(ModalityReader.hedge(h.text())));
            said.remove(ModalityReader.hedgedPredicate(h.text()));
            if (!said.isEmpty()) qualified.add(said);
        }
        flat.removeIf(f -> qualified.stream().noneMatch(said -> covered(said, f.text()) >= SAME_PROPOSITION));
        if (flat.isEmpty()) return;
        String word = ModalityReader.hedge(hedged.get(0).text());
        out.add(new Discrepancy("", DiscrepancyType.MODALITY, c.id(),
                "Some sources hedge the claim (\"" + word + "\"), others state it as fact",
                List.of(new Variant("hedged", hedged), new Variant("asserted", flat)), false));
    }

    /**
     * A verb's root, to meet one verb in two forms: the light stem of {@link Words} leaves a short past tense whole
     * ("asked") while it cuts the participle ("asking" to "ask"), and keeps the final e the participle drops ("cause",
     * "caus"). Only ever compared with another root, so cutting too much ("need" to "ne") cuts both sides alike. Kept
     * to this comparison: a stem that did this everywhere moved claim links and entity names (measured; reverted).
     */
    static String root(String word) {
        String w = Words.stem(word);
        if (w.length() > 3 && w.endsWith("ed") && !w.endsWith("eed")) return w.substring(0, w.length() - 2);
        if (w.length() > 3 && w.endsWith("e") && !w.endsWith("ee")) return w.substring(0, w.length() - 1);
        return w;
    }

    /** How much of what a hedged clause says a flat clause must say too for the two to state one proposition. */
    static final double SAME_PROPOSITION = 0.5;

    /** The share of {@code words} that {@code text} holds. */
    private static double covered(Set<String> words, String text) {
        if (words.isEmpty()) return 0;
        Set<String> there = new HashSet<>(Words.content(text));
        return words.stream().filter(there::contains).count() / (double) words.size();
    }

    /** Where in a flat sentence the hedged thing is stated: the first of its object words or the predicate, or -1. */
    private static final java.util.regex.Pattern LETTERS = java.util.regex.Pattern.compile("\\p{L}+");

    private static int objectStart(String sentence, Set<String> objects, String predicate) {
        String lower = sentence.toLowerCase(java.util.Locale.ROOT);
        for (String o : objects) {
            int at = lower.indexOf(o.split(" ")[0]);
            if (at >= 0) return at;
        }
        if (predicate.isEmpty()) return -1;
        // the hedged verb in whatever form the flat statement gives it ("asked" against "asking")
        String verb = root(predicate);
        java.util.regex.Matcher w = LETTERS.matcher(lower);
        while (w.find()) if (root(w.group()).equals(verb)) return w.start();
        return -1;
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
        // a mention is one sentence, so a dot inside it is an abbreviation's ("Mr.", "U.S."), an initial's or a decimal's
        while (e < t.length() && stops.indexOf(t.charAt(e)) < 0 && !(t.charAt(e) == '.' && t.substring(e + 1).isBlank())) e++;
        while (s < e && Character.isWhitespace(t.charAt(s))) s++;
        while (e > s && Character.isWhitespace(t.charAt(e - 1))) e--;
        if (e - s < 10) return sentence;
        return new Span(sentence.doc(), sentence.start() + s, sentence.start() + e, t.substring(s, e));
    }

    /** A claim one source states and another denies: the clusterer keeps the two apart and names them contrary. */
    private static void denials(List<ClaimClusterer.Contrary> contraries, List<Discrepancy> out) {
        for (ClaimClusterer.Contrary c : contraries) {
            if (c.asserting().doc().equals(c.denying().doc())) continue;
            out.add(new Discrepancy("", DiscrepancyType.MODALITY, c.claim(), "One source states it, another denies it (claim " + c.denial() + ")",
                    List.of(new Variant("asserted", List.of(c.asserting())), new Variant("denied", List.of(c.denying()))), false));
        }
    }

    /**
     * The same quotation (by its words) given to different speakers. A source that names both speakers in the sentences
     * that carry the quote and its attribution ("Agency A reported that Agency B published a statement, which read
     * '...'") relays one through the other: what it says is a chain of reporting, not another speaker, so its quote
     * takes no side.
     */
    private static void attributions(List<Quote> quotes, org.crosscheck.analysis.entities.Entities entities,
            Map<String, DocumentAnalysis> docs, List<Discrepancy> out) {
        Map<String, List<Quote>> byWords = new LinkedHashMap<>();
        for (Quote q : quotes) {
            if (q.kind() == QuoteKind.TERM || q.kind() == QuoteKind.INDIRECT || q.speaker().name() == null) continue;
            List<String> w = Words.tokens(q.span().text());
            if (w.size() < 6) continue;
            byWords.computeIfAbsent(String.join(" ", w.subList(0, 6)), k -> new ArrayList<>()).add(q);
        }
        for (List<Quote> group : byWords.values()) {
            // only a speaker named at the quote: one reached through a pronoun or a description may be the reader's error, not the source's
            List<Quote> named = group.stream().filter(DiscrepancyFinder::namedAtQuote).toList();
            Set<String> speakers = new HashSet<>();
            named.forEach(q -> speakers.add(q.speaker().entity()));
            Map<String, List<Span>> bySpeaker = new LinkedHashMap<>();
            for (Quote q : named) {
                if (relays(q, speakers, entities, docs.get(q.span().doc()))) continue;
                String who = Objects.requireNonNull(q.speaker().name());
                String same = bySpeaker.keySet().stream().filter(k -> onePerson(k, who)).findFirst().orElse(who);
                bySpeaker.computeIfAbsent(same, k -> new ArrayList<>()).add(q.span());
            }
            Set<String> docsOfGroup = new HashSet<>();
            bySpeaker.values().forEach(spans -> spans.forEach(s -> docsOfGroup.add(s.doc())));
            if (bySpeaker.size() < 2 || docsOfGroup.size() < 2) continue;
            List<Variant> variants = new ArrayList<>();
            bySpeaker.forEach((who, spans) -> variants.add(new Variant(who, spans)));
            out.add(new Discrepancy("", DiscrepancyType.ATTRIBUTION, null,
                    "The same words are attributed to " + String.join(" and to ", bySpeaker.keySet()), variants, false));
        }
    }

    /** Whether the sentences from the quote's attribution to the quote also name another of the group's speakers. */
    private static boolean relays(Quote q, Set<String> speakers, org.crosscheck.analysis.entities.Entities entities,
            @Nullable DocumentAnalysis doc) {
        Span mention = Objects.requireNonNull(q.speaker().mention());
        if (doc == null || !doc.has(SentenceStage.SENTENCES)) return false;
        List<Sentence> sentences = doc.get(SentenceStage.SENTENCES);
        int from = Math.min(mention.start(), q.span().start());
        int to = Math.max(mention.end(), q.span().end());
        for (Sentence s : sentences) {
            if (s.end() <= from) continue;
            if (s.start() >= to) break;
            from = Math.min(from, s.start());
            to = Math.max(to, s.end());
        }
        for (String other : speakers) {
            if (other.equals(q.speaker().entity())) continue;
            var e = entities.byId(other);
            if (e.isEmpty()) continue;
            for (Span m : e.get().mentions()) {
                if (m.doc().equals(q.span().doc()) && m.start() >= from && m.end() <= to) return true;
            }
        }
        return false;
    }

    /** Whether the quote's speaker is a resolved entity named where the quote is attributed ("Perez said", not "he said"). */
    private static boolean namedAtQuote(Quote q) {
        Speaker s = q.speaker();
        if (s.entity() == null || s.name() == null || s.mention() == null) return false;
        // "President said" names an office, not a person: the same words from "President" and from "Trump" are not a conflict
        if (org.crosscheck.analysis.entities.Entities.onlyTitle(s.name())) return false;
        Set<String> name = new HashSet<>(Words.tokens(s.name()));
        for (String w : s.mention().text().split("[^\\p{L}\\p{N}'’.-]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && name.contains(w.toLowerCase(java.util.Locale.ROOT))) return true;
        }
        return false;
    }

    /** Two names of one person: every word of the shorter is in the longer ("Stephen Boyd", "Stephen E. Boyd"). */
    static boolean onePerson(String a, String b) {
        Set<String> x = new HashSet<>(Words.tokens(a.toLowerCase(java.util.Locale.ROOT)));
        Set<String> y = new HashSet<>(Words.tokens(b.toLowerCase(java.util.Locale.ROOT)));
        x.removeIf(t -> t.length() < 2);
        y.removeIf(t -> t.length() < 2);
        return !x.isEmpty() && !y.isEmpty() && (x.containsAll(y) || y.containsAll(x));
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
