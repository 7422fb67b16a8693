package org.crosscheck.analysis.independence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.analysis.clean.BoilerplateFilter;
import org.crosscheck.analysis.pipeline.CorpusAnalysis;
import org.crosscheck.analysis.pipeline.CorpusStage;
import org.crosscheck.analysis.pipeline.DocumentAnalysis;
import org.crosscheck.analysis.pipeline.Key;
import org.crosscheck.analysis.quotes.QuoteFinder;
import org.crosscheck.analysis.text.Words;
import org.crosscheck.model.QuoteKind;
import org.crosscheck.model.Relation;
import org.crosscheck.model.RelationKind;
import org.crosscheck.model.Span;

/**
 * Finds documents that are not independent: shared word 8-grams ("shingles") between two bodies.
 * When most of the shorter body recurs in the longer one the two are copies of one story; when a
 * good part does, they carry the same wire copy, edited; when the shared runs all lie inside
 * quotation marks, they only reuse a quotation, which does not make them one source. Candidate pairs
 * come from an inverted index of shingles, so documents that share nothing are never compared.
 * Stateless and thread-safe.
 */
public final class SyndicationDetector implements CorpusStage {
    public static final Key<Independence> INDEPENDENCE = Key.named("independence");

    static final int SHINGLE = 8;
    static final double COPY = 0.6;
    static final double SAME_WIRE = 0.25;

    /** Wire agencies whose credit in a text ("told Reuters", "(AP) -") shows where a copy comes from. */
    private static final Pattern WIRE_CREDIT = Pattern.compile(
            IndependenceLexicon.regex("wire-credits.txt"));

    @Override
    public String name() {
        return "independence";
    }

    @Override
    public Set<Key<?>> requires() {
        return Set.of(BoilerplateFilter.CLEANED, QuoteFinder.FOUND_QUOTES);
    }

    @Override
    public Set<Key<?>> provides() {
        return Set.of(INDEPENDENCE);
    }

    @Override
    public CorpusAnalysis apply(CorpusAnalysis corpus) {
        List<DocumentAnalysis> docs = corpus.documents();
        List<Map<Long, Boolean>> shingles = new ArrayList<>(); // shingle -> inside a quotation
        Map<Long, List<Integer>> index = new HashMap<>();
        for (int i = 0; i < docs.size(); i++) {
            Map<Long, Boolean> s = shingles(docs.get(i));
            shingles.add(s);
            for (Long h : s.keySet()) index.computeIfAbsent(h, k -> new ArrayList<>()).add(i);
        }
        Map<Long, Integer> shared = new HashMap<>(); // pair -> shared shingles
        for (List<Integer> holders : index.values()) {
            if (holders.size() < 2 || holders.size() > 50) continue; // a run in 50 documents is a formula, not a copy
            for (int a = 0; a < holders.size(); a++) {
                for (int b = a + 1; b < holders.size(); b++) {
                    shared.merge(((long) holders.get(a) << 32) | holders.get(b), 1, Integer::sum);
                }
            }
        }
        List<Relation> relations = new ArrayList<>();
        Map<String, String> origin = new HashMap<>();
        for (var e : shared.entrySet()) {
            int a = (int) (e.getKey() >> 32);
            int b = (int) (long) e.getKey();
            Map<Long, Boolean> sa = shingles.get(a);
            Map<Long, Boolean> sb = shingles.get(b);
            int smaller = Math.min(sa.size(), sb.size());
            if (smaller == 0) continue;
            double containment = (double) e.getValue() / smaller;
            String ida = docs.get(a).id();
            String idb = docs.get(b).id();
            if (containment >= COPY) {
                relations.add(new Relation(ida, idb, RelationKind.SYNDICATED, round(containment)));
                // the shorter is the copy of the longer
                if (sa.size() <= sb.size()) origin.putIfAbsent(ida, idb);
                else origin.putIfAbsent(idb, ida);
            } else if (containment >= SAME_WIRE) {
                relations.add(new Relation(ida, idb, RelationKind.SAME_WIRE, round(containment)));
            } else if (e.getValue() >= 2 && allQuoted(sa, sb)) {
                relations.add(new Relation(ida, idb, RelationKind.QUOTE_REUSE, round(containment)));
            }
        }
        relations.sort((x, y) -> x.a().equals(y.a()) ? x.b().compareTo(y.b()) : x.a().compareTo(y.a()));
        Map<String, String> wire = new HashMap<>();
        for (DocumentAnalysis d : docs) {
            String w = wireCredit(d);
            if (w != null) wire.put(d.id(), w);
        }
        return corpus.with(INDEPENDENCE, Independence.of(relations, origin, wire));
    }

    private static boolean allQuoted(Map<Long, Boolean> a, Map<Long, Boolean> b) {
        for (var e : a.entrySet()) {
            Boolean other = b.get(e.getKey());
            if (other != null && !(other && e.getValue())) return false;
        }
        return true;
    }

    private static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }

    /** The wire a document credits, if its text shows one. */
    private static String wireCredit(DocumentAnalysis d) {
        Map<String, Integer> counts = new HashMap<>();
        for (Span p : d.get(BoilerplateFilter.CLEANED).paragraphs()) {
            Matcher m = WIRE_CREDIT.matcher(p.text());
            while (m.find()) {
                String w = m.group(1) != null ? m.group(1) : m.group(2);
                if (w.equals("AP")) w = "Associated Press";
                if (w.equals("Agence France-Presse")) w = "AFP";
                counts.merge(w, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().filter(e -> e.getValue() >= 2).max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey).orElse(null);
    }

    /** Hashes of the body's word 8-grams, each marked when it lies wholly inside a quotation. */
    private static Map<Long, Boolean> shingles(DocumentAnalysis d) {
        String text = d.source().text();
        List<int[]> quoted = d.get(QuoteFinder.FOUND_QUOTES).stream()
                .filter(q -> q.kind() != QuoteKind.INDIRECT).map(q -> new int[] {q.span().start(), q.span().end()}).toList();
        List<long[]> words = new ArrayList<>(); // hash, start, end
        for (Span p : d.get(BoilerplateFilter.CLEANED).paragraphs()) {
            Matcher m = Pattern.compile("[\\p{L}\\p{N}]+").matcher(text).region(p.start(), p.end());
            while (m.find()) words.add(new long[] {Words.normalize(m.group()).hashCode(), m.start(), m.end()});
        }
        Map<Long, Boolean> out = new HashMap<>();
        for (int i = 0; i + SHINGLE <= words.size(); i++) {
            long h = 1125899906842597L;
            for (int k = 0; k < SHINGLE; k++) h = 31 * h + words.get(i + k)[0];
            int s = (int) words.get(i)[1];
            int e = (int) words.get(i + SHINGLE - 1)[2];
            boolean inQuote = quoted.stream().anyMatch(q -> q[0] <= s && e <= q[1]);
            out.merge(h, inQuote, (x, y) -> x && y);
        }
        return out;
    }

    /**
     * Which copies there are: relations, the document each copy was taken from, wire credits, and the
     * independent source each document counts as (documents joined by syndication or a shared wire
     * story count as one, named by the first of their ids).
     */
    public record Independence(List<Relation> relations, Map<String, String> copyOf, Map<String, String> wireCredit,
            Map<String, String> sourceGroup) {
        public Independence {
            relations = List.copyOf(relations);
            copyOf = Map.copyOf(copyOf);
            wireCredit = Map.copyOf(wireCredit);
            sourceGroup = Map.copyOf(sourceGroup);
        }

        static Independence of(List<Relation> relations, Map<String, String> copyOf, Map<String, String> wireCredit) {
            Map<String, String> parent = new HashMap<>();
            for (Relation r : relations) {
                if (!r.sharesOrigin()) continue;
                String a = find(parent, r.a());
                String b = find(parent, r.b());
                if (!a.equals(b)) parent.put(a.compareTo(b) < 0 ? b : a, a.compareTo(b) < 0 ? a : b);
            }
            Map<String, String> group = new HashMap<>();
            for (String d : parent.keySet()) group.put(d, find(parent, d));
            return new Independence(relations, copyOf, wireCredit, group);
        }

        /** The independent source a document counts as. */
        public String sourceOf(String doc) {
            return sourceGroup.getOrDefault(doc, doc);
        }

        private static String find(Map<String, String> parent, String x) {
            String r = x;
            while (parent.containsKey(r)) r = parent.get(r);
            return r;
        }
    }
}
