package org.crosscheck.analysis.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.crosscheck.analysis.entities.EntityResolver;
import org.crosscheck.analysis.independence.SyndicationDetector;
import org.crosscheck.analysis.independence.SyndicationDetector.Independence;
import org.crosscheck.analysis.pipeline.CorpusAnalysis;
import org.crosscheck.analysis.pipeline.CorpusStage;
import org.crosscheck.analysis.pipeline.DocumentAnalysis;
import org.crosscheck.analysis.pipeline.Key;
import org.crosscheck.analysis.quotes.SpeakerLinker;
import org.crosscheck.analysis.sentences.SentenceStage;
import org.crosscheck.analysis.text.Words;
import org.crosscheck.analysis.timeline.DateFinder;
import org.crosscheck.analysis.timeline.DateMention;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimMention;
import org.crosscheck.model.Modality;
import org.crosscheck.model.Quote;
import org.crosscheck.model.QuoteKind;
import org.crosscheck.model.Span;
import org.crosscheck.nlp.Sentence;
import org.crosscheck.nlp.SentenceEncoder;
import org.crosscheck.nlp.WordRelations;
import org.jspecify.annotations.Nullable;

/**
 * Groups the statements of all documents into claims, precision first: a wrong "four independent
 * sources" misleads more than no count. The units are sentences, the clauses of sentences that
 * carry several statements ({@link ClauseSplitter}), and the words sentences quote or report, so
 * a quote travels from source to source apart from the sentence around it. Each unit is read as a
 * {@link Proposition}. Two units of different documents can be one claim only when structure
 * allows it (cannot-links: one denies what the other asserts, or they give one predicate different
 * named subjects or objects) and the {@link ClaimJudge} finds them the same claim; among the pairs
 * it accepts, each unit joins its best match in each other document when that match chooses it too,
 * and groups grow only while their average judgement stays above the judge's threshold and no
 * cannot-link lies between them. Different figures or dates in the same slot do not keep two
 * mentions apart: they are one claim with a disagreement ({@link DiscrepancyFinder}). A denial and
 * what it denies stay apart and are reported as contrary claims.
 *
 * <p>Candidate pairs come from an inverted index over each unit's rarest words and the entities it
 * names, so the work grows with the pairs that share them, not with the square of the units; only
 * units in a candidate pair are embedded. Each claim counts its independent sources (copies of one
 * story count once) by how they put it: asserted, hedged or denied. Thread-safe when its encoder is.
 */
public final class ClaimClusterer implements CorpusStage {
    public static final Key<List<Claim>> CLAIMS = Key.named("claims");
    /** Pairs of claims one of which denies what the other asserts. */
    public static final Key<List<Contrary>> CONTRARIES = Key.named("contrary claims");

    /** Fewest content words of a sentence that is a unit ("She visited the port in May." has three). */
    static final int MIN_SENTENCE_WORDS = 3;
    /** Fewest content words of a clause or quotation that is a unit beside its sentence. */
    static final int MIN_WORDS = 5;
    /** A clause or quotation with this share of its sentence's content words is not a unit beside the sentence. */
    static final double NEAR_WHOLE = 0.8;
    /** How many of a unit's rarest words are indexed for finding candidates. */
    static final int INDEXED = 10;
    /** A word in more units than this is too common to find candidates by; it still counts in the similarity. */
    static final int MAX_POSTINGS = 200;
    /** How many candidates, those sharing the most indexed words, one unit is compared with. */
    static final int MAX_CANDIDATES = 60;
    /** Pairs sharing less than this idf-weighted word cosine are not judged (nor embedded). */
    static final double LEXICAL_GATE = 0.1;

    private final @Nullable SentenceEncoder encoder;
    private final ClaimJudge judge;
    private final PairFeatures features;
    private final PropositionReader reader = new PropositionReader(ClaimLexicon.ENGLISH);

    /** Claims judged by words and structure alone, with the shipped judge and no lexicon of senses. */
    public ClaimClusterer() {
        this(null, WordRelations.NONE);
    }

    /** Claims judged with the shipped judge, by meaning too when {@code encoder} is given. */
    public ClaimClusterer(@Nullable SentenceEncoder encoder, WordRelations relations) {
        this(encoder, relations, ClaimJudge.shipped());
    }

    /** Claims judged by {@code judge} (a judge trained without one corpus, to measure on it). */
    public ClaimClusterer(@Nullable SentenceEncoder encoder, WordRelations relations, ClaimJudge judge) {
        this.encoder = encoder;
        this.judge = judge.checked();
        this.features = new PairFeatures(relations, encoder);
    }

    @Override
    public String name() {
        return encoder == null ? "claims" : "claims (" + encoder.model() + ")";
    }

    @Override
    public Set<Key<?>> requires() {
        return Set.of(SentenceStage.SENTENCES, SpeakerLinker.QUOTES, SyndicationDetector.INDEPENDENCE, EntityResolver.ENTITIES,
                DateFinder.DATES);
    }

    @Override
    public Set<Key<?>> provides() {
        return Set.of(CLAIMS, CONTRARIES);
    }

    /**
     * Two claims one of which denies what the other asserts (or states as fact what the other
     * denies): {@code denial}'s mentions deny {@code claim}'s, as the statements {@code asserting} and
     * {@code denying} (of different documents) show.
     */
    public record Contrary(String claim, String denial, Span asserting, Span denying) {}

    /** A statement that can be a claim's mention: a sentence, or a clause or quotation inside one, read as a proposition. */
    record Unit(int id, Proposition p, boolean clause) {
        Span span() {
            return p.span();
        }

        String doc() {
            return p.span().doc();
        }
    }

    /** Two units of different documents that the judge looked at, with its features (the benchmark labels these by a gold). */
    public record CandidatePair(Span a, Span b, double[] features, double probability, boolean cannotLink) {}

    /** The pairs of units the clusterer judges in {@code corpus} (analysed up to the stages this one requires), with their features. */
    public List<CandidatePair> candidates(CorpusAnalysis corpus) {
        Judged j = judge(corpus, true);
        List<CandidatePair> out = new ArrayList<>();
        PairTable pairs = j.pairs();
        for (int i = 0; i < pairs.size(); i++) {
            long key = pairs.keyAt(i);
            Unit a = j.units().get(PairTable.first(key));
            Unit b = j.units().get(PairTable.second(key));
            out.add(new CandidatePair(a.span(), b.span(), j.features().get(key), pairs.probabilityAt(i), pairs.reasonAt(i) != null));
        }
        return out;
    }

    /**
     * Every unit, the judge's probability for each candidate pair and why structure keeps a pair apart (in one compact
     * table), and each pair's features (when asked for).
     */
    private record Judged(List<Unit> units, PairTable pairs, Map<Long, double[]> features, Map<String, List<Quote>> spokenByDoc) {}

    /** Why two units cannot be one claim. */
    enum Reason {
        /** one says the predicate holds, the other that it does not */
        POLARITY,
        /** the same predicate with different named subjects or objects */
        ARGUMENTS,
        /** one is negated and the other not, but no predicate with an argument in common matches one of the other's */
        NEGATION
    }

    private Judged judge(CorpusAnalysis corpus, boolean keepFeatures) {
        Map<String, List<Quote>> spokenByDoc = new HashMap<>();
        for (Quote q : corpus.get(SpeakerLinker.QUOTES)) {
            if (q.kind() != QuoteKind.TERM) spokenByDoc.computeIfAbsent(q.span().doc(), k -> new ArrayList<>()).add(q);
        }
        Map<Span, String> entityByMention = corpus.get(EntityResolver.ENTITIES).byMention();
        Map<String, TreeMap<Integer, Map.Entry<Integer, String>>> mentionsByDoc = new HashMap<>();
        for (var e : entityByMention.entrySet()) {
            // two mentions starting at one character ("Lind" inside "Lind campaign"): the longer, then the smaller entity
            // id, whatever order the map gives them in, so a run gives the same claims every time
            mentionsByDoc.computeIfAbsent(e.getKey().doc(), k -> new TreeMap<>()).merge(e.getKey().start(),
                    Map.entry(e.getKey().end(), e.getValue()), (a, b) -> a.getKey() > b.getKey()
                            || a.getKey().equals(b.getKey()) && a.getValue().compareTo(b.getValue()) <= 0 ? a : b);
        }
        List<Unit> units = new ArrayList<>();
        for (DocumentAnalysis d : corpus.documents()) {
            ByPlace<Quote> spoken = new ByPlace<>(spokenByDoc.getOrDefault(d.id(), List.of()), Quote::span);
            PropositionReader.Context ctx = context(mentionsByDoc.getOrDefault(d.id(), new TreeMap<>()),
                    new ByPlace<>(d.get(DateFinder.DATES), DateMention::span), spoken);
            for (Sentence s : d.get(SentenceStage.SENTENCES)) {
                Span span = d.source().span(s.start(), s.end());
                List<String> w = Words.content(span.text());
                if (w.size() < MIN_SENTENCE_WORDS || PropositionReader.statesNothing(s)) continue;
                Unit sentence = new Unit(units.size(), reader.read(s, span, ctx), false);
                units.add(sentence);
                // what a sentence denies is not stated by its clauses: read alone, "it ignored the warnings" would join its assertion
                if (sentence.p().modality() == Modality.DENIED) continue;
                Set<String> seen = new HashSet<>(Set.of(Words.normalize(span.text())));
                List<Span> parts = new ArrayList<>(ClauseSplitter.clauses(d.source(), s));
                for (Quote q : spoken.inside(s.start(), s.end())) parts.add(q.span());
                for (Span c : parts) {
                    List<String> cw = Words.content(c.text());
                    if (cw.size() < MIN_WORDS || !seen.add(Words.normalize(c.text()))) continue;
                    // a part that is most of its sentence says what the sentence says: as a unit of its own it would only
                    // compete with the sentence for the same matches
                    if (cw.size() >= NEAR_WHOLE * w.size()) continue;
                    units.add(new Unit(units.size(), reader.read(s, c, ctx), true));
                }
            }
        }
        PairFeatures.Rarity rarity = PairFeatures.Rarity.of(units.stream().map(Unit::p).toList());
        long[] candidates = candidatePairs(units, rarity);
        float[][] vectors = embed(units, candidates);
        features.prepare(units.stream().map(Unit::p).toList());
        Map<Long, double[]> featuresOf = new java.util.concurrent.ConcurrentHashMap<>();
        int polarity = PairFeatures.NAMES.indexOf("polarity_differs");
        int numbers = PairFeatures.NAMES.indexOf("numbers_conflict");
        int dates = PairFeatures.NAMES.indexOf("dates_conflict");
        PairTable pairs = PairTable.judged(candidates, key -> {
            Unit a = units.get(PairTable.first(key));
            Unit b = units.get(PairTable.second(key));
            double[] x = features.of(a.p(), b.p(), rarity, embedding(vectors, a.id(), b.id()), true);
            if (keepFeatures) featuresOf.put(key, x);
            // judged as if both put it alike: whether one denies what the other asserts is structure's to say
            double[] alike = x.clone();
            alike[polarity] = 0;
            // and as if their figures agreed: one count given as 14 and as 17 is one claim with a disagreement, not two claims
            alike[numbers] = 0;
            alike[dates] = 0;
            return new PairTable.Verdict(judge.probability(alike), cannotLink(a.p(), b.p()));
        });
        return new Judged(units, pairs, featuresOf, spokenByDoc);
    }

    /** Why structure keeps two propositions apart, or null when it does not. */
    private @Nullable Reason cannotLink(Proposition a, Proposition b) {
        PairFeatures.Match m = features.bestMatch(a, b);
        // a negation somewhere in one of them, with no action both name: kept apart, but not said to deny the other
        if (m == null) return a.negated() != b.negated() ? Reason.NEGATION : null;
        // the action both name, done by different named agents ("Sessions fired him" is not "Trump fired him"); objects
        // and places differ too often only in how precisely they are named ("China" and "Xinjiang") to keep claims apart
        if (m.subject() == PairFeatures.Agreement.CONFLICT && named(m.a().subject()) && named(m.b().subject())) return Reason.ARGUMENTS;
        if (m.a().negated() == m.b().negated()) return null;
        // one denies what the other states only when the action is about the same one or the same thing in both
        return m.subject() == PairFeatures.Agreement.SAME || m.object() == PairFeatures.Agreement.SAME ? Reason.POLARITY : Reason.NEGATION;
    }

    private static boolean named(Proposition.Argument a) {
        return a.entity() != null || a.kind() == Proposition.Argument.Kind.PROPER;
    }

    private static PropositionReader.Context context(TreeMap<Integer, Map.Entry<Integer, String>> mentions, ByPlace<DateMention> dates,
            ByPlace<Quote> spoken) {
        return new PropositionReader.Context() {
            @Override
            public @Nullable String entityAt(int start, int end) {
                var e = mentions.floorEntry(start);
                return e != null && e.getValue().getKey() >= end ? e.getValue().getValue() : null;
            }

            @Override
            public List<String> datesIn(int start, int end) {
                List<String> out = new ArrayList<>();
                for (DateMention d : dates.inside(start, end)) out.add(d.when());
                return out;
            }

            @Override
            public @Nullable String asserterOf(Span unit) {
                // the speaker of the quote or reported statement that shares most characters with the unit
                String who = null;
                int most = 0;
                for (Quote q : spoken.overlapping(unit.start(), unit.end())) {
                    if (q.speaker().entity() == null) continue;
                    int shared = Math.min(unit.end(), q.span().end()) - Math.max(unit.start(), q.span().start());
                    if (shared > most) {
                        most = shared;
                        who = q.speaker().entity();
                    }
                }
                return who;
            }
        };
    }

    /**
     * The keys ({@link PairTable#key}) of the pairs of units of different documents that share rare words or entities and
     * pass the word cosine gate; a pair found from both sides is there twice.
     */
    private static long[] candidatePairs(List<Unit> units, PairFeatures.Rarity rarity) {
        // a unit repeated word for word (a reprint) is compared once; its copies join it
        Map<String, List<Integer>> index = new HashMap<>();
        for (Unit u : units) {
            List<String> keys = new ArrayList<>(new HashSet<>(u.p().content()));
            keys.sort(Comparator.comparingDouble((String w) -> -rarity.idf(w)).thenComparing(w -> w));
            for (String w : keys.subList(0, Math.min(INDEXED, keys.size()))) index.computeIfAbsent(w, k -> new ArrayList<>()).add(u.id());
            for (String e : u.p().entities()) index.computeIfAbsent("\u0000" + e, k -> new ArrayList<>()).add(u.id());
        }
        // each unit looks up its own candidates, so the units are shared among the cores; the cosine is taken from the
        // pair's first unit, so a pair found from either side passes the gate alike
        return units.parallelStream().flatMapToLong(u -> {
            Map<Integer, Integer> tally = new HashMap<>();
            List<String> keys = new ArrayList<>(new HashSet<>(u.p().content()));
            u.p().entities().forEach(e -> keys.add("\u0000" + e));
            for (String w : keys) {
                List<Integer> list = index.get(w);
                if (list == null || list.size() > MAX_POSTINGS) continue;
                for (int o : list) if (!units.get(o).doc().equals(u.doc())) tally.merge(o, 1, Integer::sum);
            }
            return tally.entrySet().stream()
                    .sorted(Map.Entry.<Integer, Integer>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
                    .limit(MAX_CANDIDATES)
                    .mapToLong(e -> PairTable.key(u.id(), e.getKey()))
                    .filter(key -> PairFeatures.cosine(units.get(PairTable.first(key)).p().content(),
                            units.get(PairTable.second(key)).p().content(), rarity) >= LEXICAL_GATE);
        }).toArray();
    }

    /**
     * The sentence vectors of every unit in a candidate pair, indexed by unit (null for the others), each distinct text
     * encoded once, in one batch; units of one text share its vector.
     */
    private float[][] embed(List<Unit> units, long[] pairs) {
        float[][] out = new float[units.size()][];
        if (encoder == null) return out;
        java.util.BitSet needed = new java.util.BitSet(units.size());
        for (long p : pairs) {
            needed.set(PairTable.first(p));
            needed.set(PairTable.second(p));
        }
        Map<String, List<Integer>> byText = new LinkedHashMap<>();
        for (int id = needed.nextSetBit(0); id >= 0; id = needed.nextSetBit(id + 1)) {
            byText.computeIfAbsent(units.get(id).span().text().strip(), k -> new ArrayList<>()).add(id);
        }
        List<String> texts = new ArrayList<>(byText.keySet());
        List<float[]> encoded = encoder.encode(texts);
        for (int i = 0; i < texts.size(); i++) for (int id : byText.get(texts.get(i))) out[id] = encoded.get(i);
        return out;
    }

    private static double embedding(float[][] vectors, int a, int b) {
        float[] va = vectors[a];
        float[] vb = vectors[b];
        if (va == null || vb == null) return Double.NaN;
        double dot = 0;
        for (int i = 0; i < va.length; i++) dot += va[i] * vb[i];
        return dot;
    }

    /** The stage that finds disagreements inside this clusterer's claims, comparing counted nouns with the same encoder. */
    public DiscrepancyFinder discrepancies() {
        return new DiscrepancyFinder(encoder);
    }

    @Override
    public CorpusAnalysis apply(CorpusAnalysis corpus) {
        // the features of every candidate pair are for the benchmark's labelling only: a corpus of thousands of articles
        // has millions of pairs, and their arrays were most of the heap this stage held
        Judged j = judge(corpus, false);
        List<Unit> units = j.units();
        double threshold = judge.threshold();
        // each unit's best acceptable match in each other document
        Map<Integer, Map<String, Integer>> best = new HashMap<>();
        Map<Integer, Map<String, Double>> bestP = new HashMap<>();
        PairTable pairs = j.pairs();
        for (int i = 0; i < pairs.size(); i++) {
            if (!accepted(pairs, i, threshold)) continue;
            int a = PairTable.first(pairs.keyAt(i));
            int b = PairTable.second(pairs.keyAt(i));
            // among a document's acceptable matches, one by the same speaker comes first: similarity only ranks within that
            double rank = pairs.probabilityAt(i) + (sameAsserter(units.get(a), units.get(b)) ? 1 : 0);
            offer(best, bestP, a, units.get(b).doc(), b, rank);
            offer(best, bestP, b, units.get(a).doc(), a, rank);
        }
        int[] parent = new int[units.size()];
        List<List<Integer>> members = new ArrayList<>();
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
            members.add(new ArrayList<>(List.of(i)));
        }
        // the accepted pairs, most probable first (the table's order, by key, breaks ties)
        int[] edges = java.util.stream.IntStream.range(0, pairs.size()).filter(i -> accepted(pairs, i, threshold)).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> pairs.probabilityAt(i)).reversed().thenComparingInt(i -> i))
                .mapToInt(Integer::intValue).toArray();
        for (int e : edges) {
            int a = PairTable.first(pairs.keyAt(e));
            int b = PairTable.second(pairs.keyAt(e));
            boolean mutual = best.get(a).get(units.get(b).doc()) == b && best.get(b).get(units.get(a).doc()) == a;
            if (!mutual) continue;
            int ra = find(parent, a);
            int rb = find(parent, b);
            if (ra == rb || !oneStatementPerDocument(members.get(ra), members.get(rb), units)) continue;
            if (!joinable(members.get(ra), members.get(rb), units, j, threshold)) continue;
            parent[ra] = rb;
            members.get(rb).addAll(members.get(ra));
        }
        Map<Integer, List<Unit>> clusters = new LinkedHashMap<>();
        for (Unit u : units) clusters.computeIfAbsent(find(parent, u.id()), k -> new ArrayList<>()).add(u);

        alsoMentions(clusters, units, j, threshold, parent);
        Independence independence = corpus.get(SyndicationDetector.INDEPENDENCE);
        List<Claim> claims = new ArrayList<>();
        Map<Integer, Claim> claimOfRoot = new HashMap<>();
        for (var entry : clusters.entrySet()) {
            List<Unit> cluster = entry.getValue();
            // a clause that joined nothing is already said by its sentence's own claim
            if (cluster.size() == 1 && cluster.get(0).clause()) continue;
            Claim c = claim(cluster, independence, corpus, j);
            claims.add(c);
            claimOfRoot.put(entry.getKey(), c);
        }
        claims.sort(Comparator.comparingInt((Claim c) -> -c.independentSources())
                .thenComparing(c -> -c.mentions().size()).thenComparing(c -> c.mentions().get(0).span()));
        List<Claim> numbered = new ArrayList<>();
        Map<Claim, String> ids = new HashMap<>();
        Set<String> taken = new HashSet<>();
        for (Claim c : withoutEchoes(claims)) {
            Claim n = c.withId(stableId(c, taken));
            numbered.add(n);
            ids.put(c, n.id());
        }
        return corpus.with(CLAIMS, List.copyOf(numbered)).with(CONTRARIES, contraries(j, parent, claimOfRoot, ids, threshold));
    }

    /**
     * A claim's id, made from its first mention (by document and place) and that mention's words, so
     * that analysing the corpus again with another document keeps the ids of the claims it does not
     * touch, and links and notes saved against them keep working. Numbering claims in order would
     * renumber them all whenever one is added.
     */
    static String stableId(Claim c, Set<String> taken) {
        ClaimMention first = c.mentions().stream().min(Comparator.comparing((ClaimMention m) -> m.span().doc())
                .thenComparingInt(m -> m.span().start())).orElseThrow();
        String key = first.span().doc() + "\u0000" + Words.normalize(first.span().text());
        String id;
        try {
            byte[] h = java.security.MessageDigest.getInstance("SHA-256").digest(key.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            id = "c" + java.util.HexFormat.of().formatHex(h, 0, 4);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
        // two claims can start at one mention (a sentence and a claim of one of its clauses): the later gets a suffix
        String out = id;
        for (int k = 2; !taken.add(out); k++) out = id + "-" + k;
        return out;
    }

    /**
     * A sentence can state several claims, and another source may report any one of them: a unit
     * that was joined to one claim is also a mention of another claim of two or more documents when
     * the judge accepts it with every member of that claim from another document, and no cannot-link
     * or second statement of its document stands in the way. The claims' own grouping does not change.
     */
    private static void alsoMentions(Map<Integer, List<Unit>> clusters, List<Unit> units, Judged j, double threshold, int[] parent) {
        // only the judged neighbours of a claim's members can join it: linear in the candidate pairs, not in units x claims
        Map<Integer, List<Integer>> accepted = new HashMap<>();
        PairTable pairs = j.pairs();
        for (int i = 0; i < pairs.size(); i++) {
            if (!accepted(pairs, i, threshold)) continue;
            int a = PairTable.first(pairs.keyAt(i));
            int b = PairTable.second(pairs.keyAt(i));
            accepted.computeIfAbsent(a, k -> new ArrayList<>()).add(b);
            accepted.computeIfAbsent(b, k -> new ArrayList<>()).add(a);
        }
        Map<Integer, List<Unit>> added = new HashMap<>();
        for (var e : clusters.entrySet()) {
            List<Unit> members = e.getValue();
            if (members.stream().map(Unit::doc).distinct().count() < 2) continue;
            Set<Integer> near = new java.util.TreeSet<>();
            for (Unit m : members) near.addAll(accepted.getOrDefault(m.id(), List.of()));
            for (int id : near) {
                Unit u = units.get(id);
                if (find(parent, u.id()) == e.getKey()) continue;
                boolean fits = true;
                for (Unit m : members) {
                    if (m.doc().equals(u.doc())) {
                        if (!m.span().contains(u.span()) && !u.span().contains(m.span())) fits = false;
                    } else if (pairs.cannotLink(u.id(), m.id()) || pairs.probability(u.id(), m.id(), 0.0) < threshold) {
                        fits = false;
                    }
                    if (!fits) break;
                }
                if (fits) added.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(u);
            }
        }
        added.forEach((root, extra) -> clusters.get(root).addAll(extra));
    }

    /**
     * The pairs of claims one denies and the other asserts: a polarity cannot-link the judge would
     * otherwise accept, between units whose claims were both kept, the denial named second.
     */
    private static List<Contrary> contraries(Judged j, int[] parent, Map<Integer, Claim> claimOfRoot, Map<Claim, String> ids,
            double threshold) {
        Map<String, Contrary> out = new LinkedHashMap<>();
        // a denial is set against what it denies only where the judge would have joined the two had they agreed
        PairTable pairs = j.pairs();
        for (int i = 0; i < pairs.size(); i++) {
            if (pairs.reasonAt(i) != Reason.POLARITY || pairs.probabilityAt(i) < threshold) continue;
            Unit a = j.units().get(PairTable.first(pairs.keyAt(i)));
            Unit b = j.units().get(PairTable.second(pairs.keyAt(i)));
            String ca = ids.get(claimOfRoot.get(find(parent, a.id())));
            String cb = ids.get(claimOfRoot.get(find(parent, b.id())));
            if (ca == null || cb == null || ca.equals(cb)) continue;
            Contrary c = a.p().negated() ? new Contrary(cb, ca, b.span(), a.span()) : new Contrary(ca, cb, a.span(), b.span());
            out.putIfAbsent(c.claim() + "\u0000" + c.denial(), c);
        }
        return List.copyOf(out.values());
    }

    /**
     * Whether two groups hold, for each document, only words of one statement: units of one document
     * may share a claim when one lies in the other (a sentence and its clause), never two statements.
     */
    private static boolean oneStatementPerDocument(List<Integer> a, List<Integer> b, List<Unit> units) {
        for (int x : a) {
            for (int y : b) {
                Span sx = units.get(x).span();
                Span sy = units.get(y).span();
                if (sx.doc().equals(sy.doc()) && !sx.contains(sy) && !sy.contains(sx)) return false;
            }
        }
        return true;
    }

    /** Whether two groups may join: no cannot-link between them, and their average judgement over judged pairs stays at the threshold. */
    private static boolean joinable(List<Integer> a, List<Integer> b, List<Unit> units, Judged j, double threshold) {
        double sum = 0;
        int pairs = 0;
        for (int x : a) {
            for (int y : b) {
                int i = j.pairs().indexOf(x, y);
                if (i >= 0 && j.pairs().reasonAt(i) != null) return false;
                if (units.get(x).doc().equals(units.get(y).doc())) continue;
                sum += i < 0 ? 0 : j.pairs().probabilityAt(i);
                pairs++;
            }
        }
        return pairs > 0 && sum / pairs >= threshold;
    }

    private Claim claim(List<Unit> all, Independence independence, CorpusAnalysis corpus, Judged j) {
        // a document's units in one claim lie one in another (a sentence, its clause, a quotation in it): the one that
        // matches the other documents best is the document's mention, so each document says the claim once
        Map<String, Unit> bestOfDoc = new LinkedHashMap<>();
        for (Unit u : all) {
            Unit held = bestOfDoc.get(u.doc());
            if (held == null || agreement(u, all, j) > agreement(held, all, j)) bestOfDoc.put(u.doc(), u);
        }
        List<Unit> cluster = all.stream().filter(u -> bestOfDoc.get(u.doc()) == u).toList();
        List<ClaimMention> mentions = new ArrayList<>();
        Map<Modality, Set<String>> sourcesBy = new HashMap<>();
        Map<Modality, Integer> modality = new HashMap<>();
        Map<String, Integer> asserters = new HashMap<>();
        Set<String> sources = new HashSet<>();
        for (Unit u : cluster) {
            Modality m = u.p().modality();
            modality.merge(m, 1, Integer::sum);
            List<Quantity> q = u.p().quantities();
            mentions.add(new ClaimMention(u.span(), q.isEmpty() ? null : q.get(0).value(), m));
            String source = independence.sourceOf(u.doc());
            sources.add(source);
            sourcesBy.computeIfAbsent(m, k -> new HashSet<>()).add(source);
            if (u.p().asserter() != null) asserters.merge(u.p().asserter(), 1, Integer::sum);
        }
        mentions.sort(Comparator.comparing(ClaimMention::span));
        Unit medoid = cluster.stream().max(Comparator.comparingDouble((Unit u) -> cluster.stream()
                .mapToDouble(o -> o == u ? 0 : j.pairs().probability(u.id(), o.id(), 0.0)).sum())
                .thenComparing(u -> u.clause() ? 0 : 1)
                .thenComparing(u -> -u.span().length())).orElseThrow();
        String asserter = asserters.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry::getKey, Comparator.reverseOrder())).map(Map.Entry::getKey).orElse(null);
        Modality mod = modality.entrySet().stream().max(Map.Entry.<Modality, Integer>comparingByValue()
                .thenComparing(e -> e.getKey().ordinal())).map(Map.Entry::getKey).orElse(Modality.ASSERTED);
        Map<Modality, Integer> support = new java.util.EnumMap<>(Modality.class);
        sourcesBy.forEach((m, s) -> support.put(m, s.size()));
        return new Claim("", statement(medoid, corpus), asserter, mod, sources.size(), mentions, support);
    }

    /** How well a unit agrees with the units of other documents in its claim: the sum of the judge's probabilities. */
    private static double agreement(Unit u, List<Unit> cluster, Judged j) {
        double sum = 0;
        for (Unit o : cluster) if (!o.doc().equals(u.doc())) sum += j.pairs().probability(u.id(), o.id(), 0.0);
        return sum;
    }

    /**
     * What users read for a claim: the whole sentence its most representative mention lies in, never a
     * fragment, and with its quotation whole when the sentence splitter cut one ("It's ridiculous,"
     * Trump said" is read with the quotation's first sentence before it).
     */
    private static String statement(Unit medoid, CorpusAnalysis corpus) {
        DocumentAnalysis d = corpus.document(medoid.doc()).orElseThrow();
        List<Sentence> sentences = d.get(SentenceStage.SENTENCES);
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            if (s.start() <= medoid.span().start() && medoid.span().end() <= s.end()) {
                return withoutDateline(withWholeQuotation(sentences, i, d.source().text()));
            }
        }
        return medoid.span().text().strip();
    }

    /**
     * A story's opening place line in capitals, with its region or agency, and the dash after it ("HARBOURTON,
     * Northland —", "LINDQVIST, March 12 (Continental Press) -"): where the copy was filed, not what the claim says.
     */
    private static final java.util.regex.Pattern DATELINE = java.util.regex.Pattern.compile(
            "^\\p{Lu}[\\p{Lu} .'’-]+(?:,\\s*\\p{Lu}[\\p{L}\\p{N} .'’-]{1,40})?(?:\\s*\\([^)]{2,40}\\))?\\s*(?:—|–|--?)\\s+(?=\\p{L}|[\"“])");

    /** The statement without the dateline it opens with, if any; whole when nothing would be left. */
    static String withoutDateline(String statement) {
        java.util.regex.Matcher m = DATELINE.matcher(statement);
        if (!m.lookingAt() || m.end() >= statement.length() || m.group().strip().length() < 4) return statement;
        // a capitalised first word alone ("NOTE -") is not a place line: it needs two capitals before any space
        String head = m.group();
        return Character.isUpperCase(head.charAt(1)) ? statement.substring(m.end()) : statement;
    }

    /** Sentences a quotation may run over before a statement is shown as cut rather than made longer. */
    static final int QUOTATION_SENTENCES = 3;

    /**
     * Sentence {@code i} of {@code text}, extended over its neighbours in the same paragraph until its
     * double quotation marks pair up: forward when it opens a quotation it does not close, back when it
     * closes one it does not open. The sentence alone when they do not pair up within
     * {@link #QUOTATION_SENTENCES} sentences.
     */
    static String withWholeQuotation(List<Sentence> sentences, int i, String text) {
        String alone = sentences.get(i).text(text).strip();
        int balance = quotationBalance(alone);
        if (balance == 0) return alone;
        int first = i;
        int last = i;
        int step = balance > 0 ? 1 : -1;
        while (balance != 0 && Math.abs((step > 0 ? last : first) - i) < QUOTATION_SENTENCES) {
            int next = (step > 0 ? last : first) + step;
            if (next < 0 || next >= sentences.size()) break;
            Sentence from = sentences.get(Math.min(next, step > 0 ? last : first));
            Sentence to = sentences.get(Math.max(next, step > 0 ? last : first));
            // a quotation left open at a paragraph's end runs on by convention; the statement stays in its paragraph
            if (text.substring(from.end(), to.start()).contains("\n\n")) break;
            if (step > 0) last = next;
            else first = next;
            balance = quotationBalance(text.substring(sentences.get(first).start(), sentences.get(last).end()));
        }
        return balance == 0 ? text.substring(sentences.get(first).start(), sentences.get(last).end()).strip() : alone;
    }

    /**
     * Double quotation marks opened minus those closed: curly ones by their shape, straight ones by
     * what is around them (an opening mark follows a space or the start and comes before a word).
     */
    static int quotationBalance(String s) {
        int balance = 0;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '\u201C') balance++;
            else if (c == '\u201D') balance--;
            else if (c == '"') {
                boolean spaceBefore = k == 0 || Character.isWhitespace(s.charAt(k - 1)) || "([\u2014".indexOf(s.charAt(k - 1)) >= 0;
                boolean spaceAfter = k + 1 == s.length() || Character.isWhitespace(s.charAt(k + 1));
                balance += spaceBefore && !spaceAfter ? 1 : -1;
            }
        }
        return balance;
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

    private static boolean sameAsserter(Unit a, Unit b) {
        return a.p().asserter() != null && a.p().asserter().equals(b.p().asserter());
    }

    private static void offer(Map<Integer, Map<String, Integer>> best, Map<Integer, Map<String, Double>> bestP, int from, String doc,
            int to, double p) {
        Map<String, Double> ps = bestP.computeIfAbsent(from, k -> new HashMap<>());
        double held = ps.getOrDefault(doc, 0.0);
        // equal offers go to the earlier unit, so the choice does not depend on the order the pairs are read in
        if (p > held || p == held && held > 0 && to < best.get(from).get(doc)) {
            ps.put(doc, p);
            best.computeIfAbsent(from, k -> new HashMap<>()).put(doc, to);
        }
    }

    /** Whether the judge accepts the {@code i}th pair and structure does not keep it apart. */
    private static boolean accepted(PairTable pairs, int i, double threshold) {
        return pairs.probabilityAt(i) >= threshold && pairs.reasonAt(i) == null;
    }

    private static int find(int[] p, int x) {
        while (p[x] != x) {
            p[x] = p[p[x]];
            x = p[x];
        }
        return x;
    }
}
