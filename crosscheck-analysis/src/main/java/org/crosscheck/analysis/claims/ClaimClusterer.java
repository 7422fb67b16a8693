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
import org.crosscheck.nlp.SentenceEncoder;
import org.jspecify.annotations.Nullable;

/**
 * Groups the statements of all documents into claims. The units are sentences and, where a sentence
 * carries several statements, its clauses ({@link ClauseSplitter}), so one sentence can be a mention of
 * several claims. Two units of different documents make the same claim when their score reaches
 * {@link #SAME_CLAIM} and each is the other's best match in its document. The score is the cosine of
 * their content words weighted by rarity in the corpus (idf); with a {@link SentenceEncoder} it adds
 * how far the units' embedding similarity lies above {@link #EMBEDDING_CENTRE}, so paraphrases that
 * share few words can meet, while the shared rare words still decide between sentences on one topic
 * (measured on the xinjiang gold: either signal alone lets through about twice the wrong pairs of
 * their sum at the same recall). Claims grow by joining mutual best pairs, most similar first, and only
 * while the average score over all pairs of the two groups stays near the threshold, so a chain of
 * merely similar units does not grow into one vague claim. When the texts name who makes both
 * statements (a quote or reported speech inside the unit), one speaker adds {@link #SPEAKER_WEIGHT}
 * and two different speakers take it off: small beside the words, so the same quote given to two
 * speakers still meets (and is reported as a disagreement), but enough to choose between two close
 * candidates.
 *
 * <p>Candidate pairs come from an inverted index over each unit's rarest words, and only units in a
 * pair that shares words ({@link #LEXICAL_GATE}) are embedded, so the work grows with the pairs that
 * share words, not with the square of the units. Each claim counts its independent sources (copies
 * of one story count once) and takes its speaker from the quotes and reported speech inside its
 * units. Thread-safe when its encoder is.
 */
public final class ClaimClusterer implements CorpusStage {
    public static final Key<List<Claim>> CLAIMS = Key.named("claims");

    static final double SAME_CLAIM = 0.25;
    /** Embedding similarity that adds nothing: about the average for two sentences on one story. */
    static final double EMBEDDING_CENTRE = 0.5;
    static final double EMBEDDING_WEIGHT = 1.0;
    /** Added when the texts give both units one speaker, taken off when they give them different speakers. */
    static final double SPEAKER_WEIGHT = 0.05;
    /** Pairs whose word cosine is under this are not compared by meaning (nor embedded). */
    static final double LEXICAL_GATE = 0.08;
    /** Two groups join only while their average pair score is at least this share of {@link #SAME_CLAIM}. */
    static final double LINKAGE = 1.0;
    /** Fewest content words of a sentence that is a unit ("She visited the port in May." has four). */
    static final int MIN_SENTENCE_WORDS = 4;
    /** Fewest content words of a clause or quotation that is a unit beside its sentence: a fragment needs more to be a statement. */
    static final int MIN_WORDS = 5;
    /** A clause or quotation with this share of its sentence's content words is not a unit beside the sentence. */
    static final double NEAR_WHOLE = 0.8;
    /** How many of a unit's rarest words are indexed for finding candidates. */
    static final int INDEXED = 10;
    /** A word in more units than this is too common to find candidates by; it still counts in the similarity. */
    static final int MAX_POSTINGS = 200;
    /** How many candidates, those sharing the most indexed words, one unit is compared with. */
    static final int MAX_CANDIDATES = 100;

    private final @Nullable SentenceEncoder encoder;

    /** Claims by shared words alone. */
    public ClaimClusterer() {
        this(null);
    }

    /** Claims by shared words and, when {@code encoder} is given, by meaning. */
    public ClaimClusterer(@Nullable SentenceEncoder encoder) {
        this.encoder = encoder;
    }

    @Override
    public String name() {
        return encoder == null ? "claims" : "claims (" + encoder.model() + ")";
    }

    @Override
    public Set<Key<?>> requires() {
        return Set.of(SentenceStage.SENTENCES, SpeakerLinker.QUOTES, SyndicationDetector.INDEPENDENCE);
    }

    @Override
    public Set<Key<?>> provides() {
        return Set.of(CLAIMS);
    }

    /** A statement that can be a claim's mention: a sentence, or a clause or quotation inside one, and its content words. */
    private record Unit(Span span, boolean clause, List<String> words) {}

    /** A unit as compared: its idf weights and their norm. */
    private record Candidate(int id, Span span, boolean clause, Map<String, Double> weights, double norm) {}

    /**
     * One document's quotes by their place in the text, so the quotes around a sentence are found by
     * binary search rather than by reading all of them for every sentence and unit (which made this
     * stage quadratic in a document's length: a 2-million-character text has tens of thousands of each).
     */
    private static final class QuotesByPlace {
        static final QuotesByPlace NONE = new QuotesByPlace(List.of());
        private final List<Quote> byStart;
        private final int[] maxEnd;

        QuotesByPlace(List<Quote> quotes) {
            byStart = quotes.stream().sorted(Comparator.comparingInt((Quote q) -> q.span().start())).toList();
            maxEnd = new int[byStart.size()];
            int most = Integer.MIN_VALUE;
            for (int i = 0; i < maxEnd.length; i++) maxEnd[i] = most = Math.max(most, byStart.get(i).span().end());
        }

        /** The quotes that share a character with {@code [start, end)}, in the order of their starts. */
        List<Quote> overlapping(int start, int end) {
            int lo = 0;
            int hi = byStart.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (byStart.get(mid).span().start() < end) lo = mid + 1;
                else hi = mid;
            }
            // quotes [0, lo) start before the end; go back only as far as one of them may still reach past the start
            int first = lo;
            while (first > 0 && maxEnd[first - 1] > start) first--;
            List<Quote> out = new ArrayList<>();
            for (int i = first; i < lo; i++) if (byStart.get(i).span().end() > start) out.add(byStart.get(i));
            return out;
        }
    }

    @Override
    public CorpusAnalysis apply(CorpusAnalysis corpus) {
        List<Unit> units = new ArrayList<>();
        Map<String, List<Quote>> spokenLists = new HashMap<>();
        for (Quote q : corpus.get(SpeakerLinker.QUOTES)) {
            if (q.kind() != QuoteKind.TERM) spokenLists.computeIfAbsent(q.span().doc(), k -> new ArrayList<>()).add(q);
        }
        Map<String, QuotesByPlace> spokenByDoc = new HashMap<>();
        spokenLists.forEach((doc, qs) -> spokenByDoc.put(doc, new QuotesByPlace(qs)));
        for (DocumentAnalysis d : corpus.documents()) {
            QuotesByPlace spoken = spokenByDoc.getOrDefault(d.source().id(), QuotesByPlace.NONE);
            for (Sentence s : d.get(SentenceStage.SENTENCES)) {
                Span span = d.source().span(s.start(), s.end());
                List<String> w = Words.content(span.text());
                if (w.size() < MIN_SENTENCE_WORDS) continue;
                units.add(new Unit(span, false, w));
                // the sentence's clauses, and the words it quotes or reports: a quote travels from source to source
                // apart from the sentence around it
                Set<String> seen = new HashSet<>(Set.of(Words.normalize(span.text())));
                List<Span> parts = new ArrayList<>(ClauseSplitter.clauses(d.source(), s));
                for (Quote q : spoken.overlapping(s.start(), s.end())) {
                    if (q.span().start() >= s.start() && q.span().end() <= s.end()) parts.add(q.span());
                }
                for (Span c : parts) {
                    List<String> cw = Words.content(c.text());
                    if (cw.size() < MIN_WORDS || !seen.add(Words.normalize(c.text()))) continue;
                    // a part that is most of its sentence says what the sentence says: as a unit of its own it would only
                    // compete with the sentence for the same matches
                    if (cw.size() >= NEAR_WHOLE * w.size()) continue;
                    units.add(new Unit(c, true, cw));
                }
            }
        }
        Map<String, Integer> df = new HashMap<>();
        for (Unit u : units) new HashSet<>(u.words()).forEach(x -> df.merge(x, 1, Integer::sum));
        int n = Math.max(1, units.size());
        List<Candidate> cands = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            Map<String, Double> wts = new HashMap<>();
            for (String w : new HashSet<>(units.get(i).words())) wts.put(w, Math.log(1.0 + (double) n / df.get(w)));
            double norm = Math.sqrt(wts.values().stream().mapToDouble(x -> x * x).sum());
            cands.add(new Candidate(i, units.get(i).span(), units.get(i).clause(), wts, norm));
        }
        // a unit repeated word for word (a reprint) is one claim with all its copies; only the first is compared
        Map<String, Integer> firstOf = new HashMap<>();
        int[] rep = new int[cands.size()];
        for (Candidate c : cands) rep[c.id] = firstOf.computeIfAbsent(Words.normalize(c.span.text()), k -> c.id);
        Map<String, List<Integer>> index = new HashMap<>();
        for (Candidate c : cands) {
            if (rep[c.id] != c.id) continue;
            c.weights.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(INDEXED)
                    .forEach(e -> index.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(c.id));
        }
        // pairs across documents that share words, found through the index: the candidates sharing most indexed words
        Map<Long, Double> lexical = new HashMap<>();
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
                if (lexical.containsKey(pair(c.id, o)) || cands.get(o).span.doc().equals(c.span.doc())) continue;
                double sim = cosine(c, cands.get(o));
                if (sim >= LEXICAL_GATE) lexical.put(pair(c.id, o), sim);
            }
        }
        // who makes each unit's statement, where the text says so: the speaker of the quote or reported speech it holds or lies in
        String[] speakerOf = new String[cands.size()];
        for (Candidate c : cands) {
            int most = 0;
            for (Quote q : spokenByDoc.getOrDefault(c.span.doc(), QuotesByPlace.NONE).overlapping(c.span.start(), c.span.end())) {
                if (q.speaker().entity() == null || !c.span.overlaps(q.span())) continue;
                int shared = Math.min(c.span.end(), q.span().end()) - Math.max(c.span.start(), q.span().start());
                if (shared > most) {
                    most = shared;
                    speakerOf[c.id] = q.speaker().entity();
                }
            }
        }
        Meaning meaning = new Meaning(cands, lexical.keySet(), speakerOf);
        Map<Long, Double> sims = new HashMap<>();
        for (var e : lexical.entrySet()) {
            double score = meaning.score(e.getKey(), e.getValue());
            if (score >= SAME_CLAIM) sims.put(e.getKey(), score);
        }
        // each unit's best match in each other document
        Map<Integer, Map<String, Integer>> best = new HashMap<>();
        Map<Integer, Map<String, Double>> bestSim = new HashMap<>();
        for (var e : sims.entrySet()) {
            int a = (int) (e.getKey() >> 32);
            int b = (int) (long) e.getKey();
            offer(best, bestSim, a, cands.get(b).span.doc(), b, e.getValue());
            offer(best, bestSim, b, cands.get(a).span.doc(), a, e.getValue());
        }
        // join mutual best matches, most similar first, never putting two units of one document in one claim
        int[] parent = new int[cands.size()];
        List<Set<String>> docsOf = new ArrayList<>();
        List<List<Integer>> members = new ArrayList<>();
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
            docsOf.add(new HashSet<>(Set.of(cands.get(i).span.doc())));
            members.add(new ArrayList<>(List.of(i)));
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
            if (averageScore(members.get(ra), members.get(rb), cands, meaning) < LINKAGE * SAME_CLAIM) continue;
            parent[ra] = rb;
            docsOf.get(rb).addAll(docsOf.get(ra));
            members.get(rb).addAll(members.get(ra));
        }
        Map<Integer, List<Candidate>> clusters = new LinkedHashMap<>();
        for (Candidate c : cands) clusters.computeIfAbsent(find(parent, c.id), k -> new ArrayList<>()).add(c);

        Independence independence = corpus.get(SyndicationDetector.INDEPENDENCE);
        List<Claim> claims = new ArrayList<>();
        for (List<Candidate> cluster : clusters.values()) {
            // a clause that joined nothing is already said by its sentence's own claim
            if (cluster.size() == 1 && cluster.get(0).clause) continue;
            List<ClaimMention> mentions = new ArrayList<>();
            Map<Modality, Integer> modality = new HashMap<>();
            Map<String, Integer> speakers = new HashMap<>();
            Set<String> sources = new HashSet<>();
            for (Candidate c : cluster) {
                Modality m = ModalityReader.read(c.span.text());
                modality.merge(m, 1, Integer::sum);
                mentions.add(new ClaimMention(c.span, mainValue(c.span), m));
                sources.add(independence.sourceOf(c.span.doc()));
                for (Quote q : spokenByDoc.getOrDefault(c.span.doc(), QuotesByPlace.NONE).overlapping(c.span.start(), c.span.end())) {
                    if (q.speaker().entity() != null && c.span.overlaps(q.span())) speakers.merge(q.speaker().entity(), 1, Integer::sum);
                }
            }
            mentions.sort(Comparator.comparing(ClaimMention::span));
            Candidate medoid = cluster.stream().max(Comparator.comparingDouble(
                    (Candidate c) -> cluster.stream().mapToDouble(o -> o == c ? 0 : cosine(c, o)).sum())
                    .thenComparing(c -> -c.span.length())).orElseThrow();
            String speaker = speakers.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                    .thenComparing(Map.Entry::getKey, Comparator.reverseOrder())).map(Map.Entry::getKey).orElse(null);
            Modality mod = modality.entrySet().stream().max(Map.Entry.<Modality, Integer>comparingByValue()
                    .thenComparing(e -> e.getKey().ordinal())).map(Map.Entry::getKey).orElse(Modality.ASSERTED);
            claims.add(new Claim("", medoid.span.text().strip(), speaker, mod, sources.size(), mentions));
        }
        claims.sort(Comparator.comparingInt((Claim c) -> -c.independentSources())
                .thenComparing(c -> -c.mentions().size()).thenComparing(c -> c.mentions().get(0).span()));
        List<Claim> numbered = new ArrayList<>();
        for (Claim c : withoutEchoes(claims)) {
            numbered.add(new Claim("c" + (numbered.size() + 1), c.statement(), c.attributedTo(), c.modality(),
                    c.independentSources(), c.mentions()));
        }
        return corpus.with(CLAIMS, List.copyOf(numbered));
    }

    /**
     * The meaning half of the score: embeds, in one batch, every unit that is in a pair sharing words,
     * each distinct text once, and adds the embedding similarity to a pair's word cosine.
     */
    private final class Meaning {
        private final List<Candidate> cands;
        private final Map<Integer, float[]> vectors = new HashMap<>();

        private final String[] speakerOf;

        Meaning(List<Candidate> cands, Set<Long> pairs, String[] speakerOf) {
            this.cands = cands;
            this.speakerOf = speakerOf;
            if (encoder == null) return;
            Set<Integer> needed = new java.util.TreeSet<>();
            for (long p : pairs) {
                needed.add((int) (p >> 32));
                needed.add((int) p);
            }
            Map<String, List<Integer>> byText = new LinkedHashMap<>();
            for (int id : needed) byText.computeIfAbsent(cands.get(id).span.text().strip(), k -> new ArrayList<>()).add(id);
            List<String> texts = new ArrayList<>(byText.keySet());
            List<float[]> encoded = encoder.encode(texts);
            for (int i = 0; i < texts.size(); i++) for (int id : byText.get(texts.get(i))) vectors.put(id, encoded.get(i));
        }

        double score(long pair, double wordCosine) {
            return score((int) (pair >> 32), (int) pair, wordCosine);
        }

        double score(int a, int b, double wordCosine) {
            double said = speakerOf[a] == null || speakerOf[b] == null ? 0
                    : speakerOf[a].equals(speakerOf[b]) ? SPEAKER_WEIGHT : -SPEAKER_WEIGHT;
            float[] va = vectors.get(a);
            float[] vb = vectors.get(b);
            if (va == null || vb == null) return wordCosine + said;
            double dot = 0;
            for (int i = 0; i < va.length; i++) dot += va[i] * vb[i];
            return wordCosine + EMBEDDING_WEIGHT * (dot - EMBEDDING_CENTRE) + said;
        }

        double score(int a, int b) {
            return score(a, b, cosine(cands.get(a), cands.get(b)));
        }
    }

    /**
     * Drops a claim that only repeats a larger one: every one of its mentions lies in, or holds, a mention
     * of the larger claim in the same document (a sentence and one of its clauses matched the same other
     * sentence and its clause). Its pairs of sources are already the larger claim's; kept, it would show the
     * same agreement twice and its disagreements twice. {@code claims} come largest first.
     */
    private static List<Claim> withoutEchoes(List<Claim> claims) {
        List<Claim> kept = new ArrayList<>();
        Map<String, List<Integer>> keptByDoc = new HashMap<>();
        for (Claim c : claims) {
            boolean echo = false;
            if (c.mentions().size() > 1) {
                Map<Integer, Integer> covered = new HashMap<>();
                for (ClaimMention m : c.mentions()) {
                    Set<Integer> here = new HashSet<>();
                    for (int k : keptByDoc.getOrDefault(m.span().doc(), List.of())) {
                        for (ClaimMention o : kept.get(k).mentions()) if (o.span().overlaps(m.span())) here.add(k);
                    }
                    here.forEach(k -> covered.merge(k, 1, Integer::sum));
                }
                echo = covered.values().stream().anyMatch(v -> v == c.mentions().size());
            }
            if (echo) continue;
            for (String d : c.docs()) keptByDoc.computeIfAbsent(d, x -> new ArrayList<>()).add(kept.size());
            kept.add(c);
        }
        return kept;
    }

    private static double averageScore(List<Integer> a, List<Integer> b, List<Candidate> cands, Meaning meaning) {
        double sum = 0;
        int pairs = 0;
        for (int x : a) {
            for (int y : b) {
                if (cands.get(x).span.doc().equals(cands.get(y).span.doc())) continue;
                sum += meaning.score(x, y);
                pairs++;
            }
        }
        return pairs == 0 ? 0 : sum / pairs;
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
