package org.crosscheck.analysis.claims;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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
        return Set.of(ClaimClusterer.CLAIMS, SpeakerLinker.QUOTES, TimelineBuilder.TIMELINE, DateFinder.DATES);
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
        for (Claim c : claims) {
            if (c.docs().size() < 2) continue;
            numbers(c, out, used);
            dates(c, corpus, out);
        }
        attributions(corpus.get(SpeakerLinker.QUOTES), out);
        List<Discrepancy> numbered = new ArrayList<>();
        for (Discrepancy d : out) {
            numbered.add(new Discrepancy("d" + (numbered.size() + 1), d.type(), d.claim(), d.description(), d.variants(),
                    d.approximate()));
        }
        return corpus.with(DISCREPANCIES, List.copyOf(numbered));
    }

    /** "N-unit noun" modifiers anywhere: the same attribute of the same thing given different values. */
    private static void attributes(List<Claim> claims, List<Discrepancy> out, Set<Span> used) {
        Map<String, Map<String, List<Quantity>>> byAttribute = new LinkedHashMap<>();
        Set<Span> seen = new HashSet<>();
        for (Claim c : claims) {
            for (ClaimMention m : c.mentions()) {
                if (!seen.add(m.span())) continue;
                for (Quantity q : Quantity.find(m.span())) {
                    if (q.head() == null) continue;
                    byAttribute.computeIfAbsent(q.unit() + " " + q.head(), k -> new LinkedHashMap<>())
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
            out.add(new Discrepancy("", DiscrepancyType.NUMBER, claimOf(claims, variants), description, variants,
                    allCompatible(firsts)));
        }
    }

    /** Inside one claim: each document's quantity, compared across documents. */
    private static void numbers(Claim c, List<Discrepancy> out, Set<Span> used) {
        Map<String, List<Quantity>> byValue = new LinkedHashMap<>();
        Map<String, Set<String>> docsByValue = new LinkedHashMap<>();
        for (ClaimMention m : c.mentions()) {
            List<Quantity> qs = Quantity.find(m.span()).stream().filter(q -> !used.contains(q.span())).toList();
            if (qs.size() != 1) continue; // several numbers in one sentence: which one is the claim's is unclear
            Quantity q = qs.get(0);
            byValue.computeIfAbsent(q.value(), k -> new ArrayList<>()).add(q);
            docsByValue.computeIfAbsent(q.value(), k -> new HashSet<>()).add(m.span().doc());
        }
        if (byValue.size() < 2) return;
        Set<String> allDocs = new HashSet<>();
        docsByValue.values().forEach(allDocs::addAll);
        if (allDocs.size() < 2) return;
        List<Quantity> firsts = byValue.values().stream().map(l -> l.get(0)).toList();
        if (firsts.stream().map(Quantity::unit).distinct().count() > 1 && !sameKind(firsts)) return;
        List<Variant> variants = new ArrayList<>();
        byValue.forEach((v, qs) -> variants.add(new Variant(v, qs.stream().map(Quantity::span).toList())));
        boolean approx = allCompatible(firsts);
        String description = "Sources give different figures" + (approx ? " (approximations that may agree)" : "") + ": "
                + String.join(" vs ", byValue.keySet().stream().map(v -> quote(v, byValue.get(v).get(0))).toList());
        out.add(new Discrepancy("", DiscrepancyType.NUMBER, c.id(), description, variants, approx));
    }

    /** Different counted nouns still count the same kind of thing when one sentence cluster holds both. */
    private static boolean sameKind(List<Quantity> qs) {
        return qs.stream().noneMatch(q -> q.unit().isEmpty());
    }

    private static String quote(String value, Quantity q) {
        return q.unit().isEmpty() ? value : value + " " + q.unit();
    }

    /** Inside one claim: time expressions that resolve differently in different documents. */
    private static void dates(Claim c, CorpusAnalysis corpus, List<Discrepancy> out) {
        Map<String, List<Span>> byWhen = new LinkedHashMap<>();
        Map<String, Set<String>> docs = new LinkedHashMap<>();
        for (ClaimMention m : c.mentions()) {
            DocumentAnalysis d = corpus.document(m.span().doc()).orElseThrow();
            for (DateMention dm : d.get(DateFinder.DATES)) {
                if (!m.span().contains(dm.span()) || !dm.relative()) continue;
                byWhen.computeIfAbsent(dm.when(), k -> new ArrayList<>()).add(dm.span());
                docs.computeIfAbsent(dm.when(), k -> new HashSet<>()).add(m.span().doc());
            }
        }
        if (byWhen.size() < 2) return;
        Set<String> all = new HashSet<>();
        docs.values().forEach(all::addAll);
        if (all.size() < 2 || docs.values().stream().anyMatch(s -> s.size() == all.size())) return;
        List<Variant> variants = new ArrayList<>();
        byWhen.forEach((w, spans) -> variants.add(new Variant(spans.get(0).text() + " (" + w + ")", spans)));
        String description = "Sources date it differently: " + String.join(" vs ", variants.stream().map(Variant::value).toList());
        out.add(new Discrepancy("", DiscrepancyType.DATE, c.id(), description, variants, false));
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

    /** The claim that holds most of the variants' mentions, or null. */
    private static @Nullable String claimOf(List<Claim> claims, List<Variant> variants) {
        String best = null;
        int bestCount = 0;
        for (Claim c : claims) {
            int n = 0;
            for (Variant v : variants) for (Span s : v.mentions()) for (ClaimMention m : c.mentions()) if (m.span().contains(s)) n++;
            if (n > bestCount) {
                best = c.id();
                bestCount = n;
            }
        }
        return best;
    }
}
