package org.crosscheck.analysis.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.analysis.independence.SyndicationDetector;
import org.crosscheck.analysis.independence.SyndicationDetector.Independence;
import org.crosscheck.analysis.pipeline.CorpusAnalysis;
import org.crosscheck.analysis.pipeline.CorpusStage;
import org.crosscheck.analysis.pipeline.DocumentAnalysis;
import org.crosscheck.analysis.pipeline.Key;
import org.crosscheck.analysis.quotes.SpeakerLinker;
import org.crosscheck.analysis.text.SentenceStage;
import org.crosscheck.analysis.text.Words;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimMention;
import org.crosscheck.model.Modality;
import org.crosscheck.model.Quote;
import org.crosscheck.model.QuoteKind;
import org.crosscheck.model.Span;
import org.crosscheck.nlp.Sentence;

/**
 * Groups the sentences of all documents into claims: two sentences of different documents make the
 * same claim when their content words, weighted by how rare they are in the corpus (idf), have a
 * cosine of at least {@link #SAME_CLAIM}, and each is the other's best match in its document.
 * Candidate pairs come from an inverted index over each sentence's rarest words, so the work grows
 * with the pairs that share words, not with the square of the sentences. Each claim counts its
 * independent sources (copies of one story count once) and takes its speaker from the quotes and
 * reported speech inside its sentences. Stateless and thread-safe.
 */
public final class ClaimClusterer implements CorpusStage {
    public static final Key<List<Claim>> CLAIMS = Key.named("claims");

    static final double SAME_CLAIM = 0.25;
    static final int MIN_WORDS = 5;
    /** How many of a sentence's rarest words are indexed for finding candidates. */
    static final int INDEXED = 10;
    /** A word in more sentences than this is too common to find candidates by; it still counts in the similarity. */
    static final int MAX_POSTINGS = 200;
    /** How many candidates, those sharing the most indexed words, one sentence is compared with. */
    static final int MAX_CANDIDATES = 100;

    @Override
    public String name() {
        return "claims";
    }

    @Override
    public Set<Key<?>> requires() {
        return Set.of(SentenceStage.SENTENCES, SpeakerLinker.QUOTES, SyndicationDetector.INDEPENDENCE);
    }

    @Override
    public Set<Key<?>> provides() {
        return Set.of(CLAIMS);
    }

    private record Candidate(int id, Span span, Map<String, Double> weights, double norm) {}

    @Override
    public CorpusAnalysis apply(CorpusAnalysis corpus) {
        List<Span> sentences = new ArrayList<>();
        List<List<String>> words = new ArrayList<>();
        for (DocumentAnalysis d : corpus.documents()) {
            for (Sentence s : d.get(SentenceStage.SENTENCES)) {
                Span span = d.source().span(s.start(), s.end());
                List<String> w = Words.content(span.text());
                if (w.size() < MIN_WORDS) continue;
                sentences.add(span);
                words.add(w);
            }
        }
        Map<String, Integer> df = new HashMap<>();
        for (List<String> w : words) new HashSet<>(w).forEach(x -> df.merge(x, 1, Integer::sum));
        int n = Math.max(1, words.size());
        List<Candidate> cands = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            Map<String, Double> wts = new HashMap<>();
            for (String w : new HashSet<>(words.get(i))) wts.put(w, Math.log(1.0 + (double) n / df.get(w)));
            double norm = Math.sqrt(wts.values().stream().mapToDouble(x -> x * x).sum());
            cands.add(new Candidate(i, sentences.get(i), wts, norm));
        }
        // a sentence repeated word for word (a reprint) is one claim with all its copies; only the first is compared
        Map<String, Integer> firstOf = new HashMap<>();
        int[] rep = new int[cands.size()];
        for (Candidate c : cands) rep[c.id] = firstOf.computeIfAbsent(Words.normalize(c.span.text()), k -> c.id);
        Map<String, List<Integer>> index = new HashMap<>();
        for (Candidate c : cands) {
            if (rep[c.id] != c.id) continue;
            c.weights.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(INDEXED)
                    .forEach(e -> index.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(c.id));
        }
        // similar pairs across documents, found through the index: the candidates sharing most indexed words
        Map<Long, Double> sims = new HashMap<>();
        for (Candidate c : cands) {
            if (rep[c.id] != c.id) continue;
            Map<Integer, Integer> tally = new HashMap<>();
            for (String w : c.weights.keySet()) {
                List<Integer> list = index.get(w);
                if (list != null && list.size() <= MAX_POSTINGS) for (int o : list) tally.merge(o, 1, Integer::sum);
            }
            List<Integer> others = tally.entrySet().stream().sorted(Map.Entry.<Integer, Integer>comparingByValue().reversed())
                    .limit(MAX_CANDIDATES).map(Map.Entry::getKey).toList();
            for (int o : others) {
                if (o <= c.id && sims.containsKey(pair(c.id, o)) || cands.get(o).span.doc().equals(c.span.doc())) continue;
                double sim = cosine(c, cands.get(o));
                if (sim >= SAME_CLAIM) sims.put(pair(c.id, o), sim);
            }
        }
        // each sentence's best match in each other document
        Map<Integer, Map<String, Integer>> best = new HashMap<>();
        Map<Integer, Map<String, Double>> bestSim = new HashMap<>();
        for (var e : sims.entrySet()) {
            int a = (int) (e.getKey() >> 32);
            int b = (int) (long) e.getKey();
            offer(best, bestSim, a, cands.get(b).span.doc(), b, e.getValue());
            offer(best, bestSim, b, cands.get(a).span.doc(), a, e.getValue());
        }
        // join mutual best matches, most similar first, never putting two sentences of one document in one claim:
        // a chain of merely similar sentences would otherwise grow into one vague claim
        int[] parent = new int[cands.size()];
        List<Set<String>> docsOf = new ArrayList<>();
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
            docsOf.add(new HashSet<>(Set.of(cands.get(i).span.doc())));
        }
        for (int i = 0; i < parent.length; i++) {
            if (rep[i] != i) {
                parent[i] = rep[i];
                docsOf.get(rep[i]).add(cands.get(i).span.doc());
            }
        }
        List<Map.Entry<Long, Double>> edges = new ArrayList<>(sims.entrySet());
        edges.sort(Map.Entry.<Long, Double>comparingByValue().reversed().thenComparing(Map.Entry::getKey));
        for (var e : edges) {
            int a = (int) (e.getKey() >> 32);
            int b = (int) (long) e.getKey();
            boolean mutual = best.get(a).get(cands.get(b).span.doc()) == b && best.get(b).get(cands.get(a).span.doc()) == a;
            if (!mutual) continue;
            int ra = find(parent, a);
            int rb = find(parent, b);
            if (ra == rb || docsOf.get(ra).stream().anyMatch(docsOf.get(rb)::contains)) continue;
            parent[ra] = rb;
            docsOf.get(rb).addAll(docsOf.get(ra));
        }
        Map<Integer, List<Candidate>> clusters = new LinkedHashMap<>();
        for (Candidate c : cands) clusters.computeIfAbsent(find(parent, c.id), k -> new ArrayList<>()).add(c);

        Independence independence = corpus.get(SyndicationDetector.INDEPENDENCE);
        Map<String, List<Quote>> quotesByDoc = new HashMap<>();
        for (Quote q : corpus.get(SpeakerLinker.QUOTES)) {
            if (q.speaker().entity() != null && q.kind() != QuoteKind.TERM) quotesByDoc.computeIfAbsent(q.span().doc(), k -> new ArrayList<>()).add(q);
        }
        List<Claim> claims = new ArrayList<>();
        for (List<Candidate> cluster : clusters.values()) {
            List<ClaimMention> mentions = new ArrayList<>();
            Map<Modality, Integer> modality = new HashMap<>();
            Map<String, Integer> speakers = new HashMap<>();
            Set<String> sources = new HashSet<>();
            for (Candidate c : cluster) {
                Modality m = ModalityReader.read(c.span.text());
                modality.merge(m, 1, Integer::sum);
                mentions.add(new ClaimMention(c.span, mainValue(c.span), m));
                sources.add(independence.sourceOf(c.span.doc()));
                for (Quote q : quotesByDoc.getOrDefault(c.span.doc(), List.of())) {
                    if (c.span.overlaps(q.span())) speakers.merge(q.speaker().entity(), 1, Integer::sum);
                }
            }
            mentions.sort(Comparator.comparing(ClaimMention::span));
            Candidate medoid = cluster.stream().max(Comparator.comparingDouble(
                    (Candidate c) -> cluster.stream().mapToDouble(o -> o == c ? 0 : cosine(c, o)).sum())
                    .thenComparing(c -> -c.span.length())).orElseThrow();
            String speaker = speakers.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
            Modality mod = modality.entrySet().stream().max(Map.Entry.<Modality, Integer>comparingByValue()
                    .thenComparing(e -> e.getKey().ordinal())).map(Map.Entry::getKey).orElse(Modality.ASSERTED);
            claims.add(new Claim("", medoid.span.text().strip(), speaker, mod, sources.size(), mentions));
        }
        claims.sort(Comparator.comparingInt((Claim c) -> -c.independentSources())
                .thenComparing(c -> c.mentions().get(0).span()));
        List<Claim> numbered = new ArrayList<>();
        for (Claim c : claims) {
            numbered.add(new Claim("c" + (numbered.size() + 1), c.statement(), c.attributedTo(), c.modality(),
                    c.independentSources(), c.mentions()));
        }
        return corpus.with(CLAIMS, List.copyOf(numbered));
    }

    private static void offer(Map<Integer, Map<String, Integer>> best, Map<Integer, Map<String, Double>> bestSim, int from,
            String doc, int to, double sim) {
        Map<String, Double> sims = bestSim.computeIfAbsent(from, k -> new HashMap<>());
        if (sim > sims.getOrDefault(doc, 0.0)) {
            sims.put(doc, sim);
            best.computeIfAbsent(from, k -> new HashMap<>()).put(doc, to);
        }
    }

    /** The first number with a counted noun in the sentence, as the value of the claim's slot. */
    private static @org.jspecify.annotations.Nullable String mainValue(Span sentence) {
        List<Quantity> q = Quantity.find(sentence);
        return q.isEmpty() ? null : q.get(0).value();
    }

    private static double cosine(Candidate a, Candidate b) {
        Map<String, Double> small = a.weights.size() <= b.weights.size() ? a.weights : b.weights;
        Map<String, Double> large = small == a.weights ? b.weights : a.weights;
        double dot = 0;
        for (var e : small.entrySet()) {
            Double w = large.get(e.getKey());
            if (w != null) dot += e.getValue() * w;
        }
        return a.norm == 0 || b.norm == 0 ? 0 : dot / (a.norm * b.norm);
    }

    private static long pair(int a, int b) {
        return a < b ? ((long) a << 32) | b : ((long) b << 32) | a;
    }

    private static int find(int[] p, int x) {
        while (p[x] != x) {
            p[x] = p[p[x]];
            x = p[x];
        }
        return x;
    }
}
