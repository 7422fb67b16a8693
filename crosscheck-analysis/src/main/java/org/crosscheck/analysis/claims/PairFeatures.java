package org.crosscheck.analysis.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.crosscheck.analysis.claims.Proposition.Argument;
import org.crosscheck.model.Modality;
import org.crosscheck.nlp.SentenceEncoder;
import org.crosscheck.nlp.Upos;
import org.crosscheck.nlp.WordRelations;
import org.jspecify.annotations.Nullable;

/**
 * What the judge of two statements looks at: how alike their words and meanings are, and whether
 * their structure agrees (the same predicate, the same subject and object, the same polarity, the
 * same values, the same asserter). Every feature is a number in [0, 1] (a few are 0/1 flags), in
 * the order of {@link #NAMES}, which the judge's weights follow. Stateless and thread-safe.
 */
final class PairFeatures {
    /** The features in order; a weights file names them, so a model trained on another list is refused. */
    static final List<String> NAMES = List.of(
            "word_cosine", "embedding", "predicate_same", "predicate_differs", "subject_same", "subject_conflict",
            "object_same", "object_conflict", "polarity_differs", "hedge_differs", "numbers_shared", "numbers_conflict",
            "numbers_one_sided", "names_unmatched", "content_unmatched", "length_ratio", "asserter_same", "asserter_differs",
            "dates_conflict", "bigram_overlap", "entities_shared", "dates_shared", "predicate_similarity", "arguments_shared");

    private final WordRelations relations;
    private final @Nullable SentenceEncoder words;
    /** Each predicate's vector: what the encoder makes of the lemma alone ("send", "release", "provide" lie close). */
    private final Map<String, float[]> wordVectors = new java.util.concurrent.ConcurrentHashMap<>();
    /** Each content word's senses as a verb and as a noun, read once: alignment asks them for every pair of statements. */
    private final Map<String, Senses> senses = new java.util.concurrent.ConcurrentHashMap<>();

    /** What a word can stand for, read as a verb and as a noun. */
    private record Senses(Set<String> asVerb, Set<String> asNoun) {}

    PairFeatures(WordRelations relations) {
        this(relations, null);
    }

    /** Features that compare predicates by meaning too, through {@code words} (a sentence encoder given one word). */
    PairFeatures(WordRelations relations, @Nullable SentenceEncoder words) {
        this.relations = relations;
        this.words = words;
    }

    /** Encodes, in one batch, the predicates of {@code propositions} not encoded yet; call before {@link #of} on them. */
    void prepare(java.util.Collection<Proposition> propositions) {
        if (words == null) return;
        Set<String> lemmas = new java.util.TreeSet<>();
        for (Proposition p : propositions) for (Proposition.Predication x : p.predications()) lemmas.add(x.predicate().lemma());
        lemmas.removeAll(wordVectors.keySet());
        if (lemmas.isEmpty()) return;
        List<String> list = new ArrayList<>(lemmas);
        List<float[]> v = words.encode(list);
        for (int i = 0; i < list.size(); i++) wordVectors.put(list.get(i), v.get(i));
    }

    /**
     * How rare each content word is among the statements compared: an idf table, computed once
     * (every candidate pair asks it for each of its words).
     *
     * @param idf    each word's inverse statement frequency
     * @param unseen the idf of a word no statement holds
     */
    record Rarity(Map<String, Double> idf, double unseen) {
        Rarity {
            idf = Map.copyOf(idf);
        }

        static Rarity of(List<Proposition> all) {
            Map<String, Integer> df = new HashMap<>();
            for (Proposition p : all) new HashSet<>(p.content()).forEach(w -> df.merge(w, 1, Integer::sum));
            double n = Math.max(1, all.size());
            Map<String, Double> idf = new HashMap<>();
            df.forEach((w, f) -> idf.put(w, Math.log(1.0 + n / f)));
            return new Rarity(idf, Math.log(1.0 + n));
        }

        double idf(String w) {
            Double x = idf.get(w);
            return x == null ? unseen : x;
        }
    }

    /**
     * The features of a pair.
     *
     * @param embedding the cosine of the two statements' sentence vectors, or NaN when not known
     * @param masked    true to leave out the differences that make two mentions one claim with a
     *                  disagreement rather than two claims (different figures or dates for the same slot)
     */
    double[] of(Proposition a, Proposition b, Rarity rarity, double embedding, boolean masked) {
        double[] f = new double[NAMES.size()];
        f[0] = cosine(a.content(), b.content(), rarity);
        f[1] = Double.isNaN(embedding) ? f[0] : embedding;
        boolean bothPredicates = !a.predications().isEmpty() && !b.predications().isEmpty();
        Match m = bestMatch(a, b);
        f[2] = flag(m != null);
        f[3] = flag(bothPredicates && m == null);
        Agreement subject = m == null ? agreement(a.subject(), b.subject()) : m.subject();
        Agreement object = m == null ? agreement(a.object(), b.object()) : m.object();
        f[4] = flag(subject == Agreement.SAME);
        f[5] = flag(subject == Agreement.CONFLICT);
        f[6] = flag(object == Agreement.SAME);
        f[7] = flag(object == Agreement.CONFLICT);
        f[8] = flag(m == null ? a.negated() != b.negated() : m.a().negated() != m.b().negated());
        f[9] = flag((a.modality() == Modality.HEDGED) != (b.modality() == Modality.HEDGED));
        Numbers n = numbers(a.quantities(), b.quantities());
        f[10] = flag(n == Numbers.SHARED);
        f[11] = flag(n == Numbers.CONFLICT && !masked);
        f[12] = flag(n == Numbers.ONE_SIDED);
        f[13] = unmatched(a.names(), b.names());
        f[14] = Math.max(unaligned(a.content(), b.content()), unaligned(b.content(), a.content()));
        int la = new HashSet<>(a.content()).size();
        int lb = new HashSet<>(b.content()).size();
        f[15] = Math.max(la, lb) == 0 ? 0 : (double) Math.min(la, lb) / Math.max(la, lb);
        f[16] = flag(a.asserter() != null && a.asserter().equals(b.asserter()));
        f[17] = flag(a.asserter() != null && b.asserter() != null && !a.asserter().equals(b.asserter()));
        f[18] = flag(!masked && !a.dates().isEmpty() && !b.dates().isEmpty() && a.dates().stream().noneMatch(b.dates()::contains));
        f[19] = bigrams(a.content(), b.content());
        f[20] = entitiesShared(a, b);
        f[21] = flag(!a.dates().isEmpty() && a.dates().stream().anyMatch(b.dates()::contains));
        f[22] = predicateSimilarity(a, b);
        f[23] = argumentsShared(a, b);
        return f;
    }

    /** The share of named things both name: entities where the analysis resolved them, else proper nouns. */
    private static double entitiesShared(Proposition a, Proposition b) {
        Set<String> x = a.entities().isEmpty() || b.entities().isEmpty() ? a.names() : a.entities();
        Set<String> y = a.entities().isEmpty() || b.entities().isEmpty() ? b.names() : b.entities();
        Set<String> union = new HashSet<>(x);
        union.addAll(y);
        if (union.isEmpty()) return 0;
        int both = 0;
        for (String e : x) if (y.contains(e)) both++;
        return (double) both / union.size();
    }

    /** How close in meaning the closest two predicates of the statements are (the cosine of their word vectors), 0 without vectors. */
    private double predicateSimilarity(Proposition a, Proposition b) {
        double best = 0;
        for (Proposition.Predication x : a.predications()) {
            float[] va = wordVectors.get(x.predicate().lemma());
            if (va == null) continue;
            for (Proposition.Predication y : b.predications()) {
                if (x.predicate().lemma().equals(y.predicate().lemma())) return 1;
                float[] vb = wordVectors.get(y.predicate().lemma());
                if (vb == null) continue;
                double dot = 0;
                for (int i = 0; i < va.length; i++) dot += va[i] * vb[i];
                best = Math.max(best, dot);
            }
        }
        return best;
    }

    /** The share of the arguments (subjects and objects of every predication) that the other statement has too. */
    private double argumentsShared(Proposition a, Proposition b) {
        List<Argument> x = arguments(a);
        List<Argument> y = arguments(b);
        if (x.isEmpty() || y.isEmpty()) return 0;
        int shared = 0;
        for (Argument u : x) {
            for (Argument v : y) {
                if (agreement(u, v) == Agreement.SAME) {
                    shared++;
                    break;
                }
            }
        }
        return (double) shared / Math.min(x.size(), y.size());
    }

    private static List<Argument> arguments(Proposition p) {
        List<Argument> out = new ArrayList<>();
        for (Proposition.Predication x : p.predications()) {
            if (x.subject().present() && x.subject().kind() != Argument.Kind.PRONOUN) out.add(x.subject());
            if (x.object().present() && x.object().kind() != Argument.Kind.PRONOUN) out.add(x.object());
        }
        return out;
    }

    /** Two predications that name one action, and how their arguments agree. */
    record Match(Proposition.Predication a, Proposition.Predication b, Agreement subject, Agreement object) {
        int score() {
            return points(subject) + points(object);
        }

        private static int points(Agreement g) {
            return g == Agreement.SAME ? 1 : g == Agreement.CONFLICT ? -2 : 0;
        }
    }

    /**
     * Of the two statements' predications that name one action, the pair whose arguments agree best
     * (the same subject and object; never a pair whose arguments are other people), or null when no
     * predicate of one names an action of the other.
     */
    @Nullable Match bestMatch(Proposition a, Proposition b) {
        Match best = null;
        for (Proposition.Predication x : a.predications()) {
            for (Proposition.Predication y : b.predications()) {
                if (!related(x.predicate(), y.predicate())) continue;
                Match m = new Match(x, y, agreement(x.subject(), y.subject()), agreement(x.object(), y.object()));
                if (best == null || m.score() > best.score()) best = m;
            }
        }
        return best;
    }

    /** Whether two predicates name one action: the same lemma, or lemmas that share a sense. */
    boolean related(Proposition.Predicate a, Proposition.Predicate b) {
        return relations.related(a.lemma(), a.pos(), b.lemma(), b.pos());
    }

    private static double flag(boolean b) {
        return b ? 1 : 0;
    }

    /** How two arguments relate: the same thing, different named things, or not known. */
    enum Agreement {
        SAME, CONFLICT, UNKNOWN
    }

    Agreement agreement(Argument a, Argument b) {
        if (!a.present() || !b.present() || a.kind() == Argument.Kind.PRONOUN || b.kind() == Argument.Kind.PRONOUN) {
            return Agreement.UNKNOWN;
        }
        if (a.entity() != null && b.entity() != null) return a.entity().equals(b.entity()) ? Agreement.SAME : Agreement.CONFLICT;
        if (a.head() != null && b.head() != null) {
            if (a.head().equals(b.head())) return Agreement.SAME;
            if (a.kind() == Argument.Kind.PROPER && b.kind() == Argument.Kind.PROPER) {
                // "Comey" and "James Comey" share a word; "Comey" and "Mueller" do not
                Set<String> wa = words(a.text());
                return wa.removeAll(words(b.text())) ? Agreement.SAME : Agreement.CONFLICT;
            }
            if (relations.related(a.head(), Upos.NOUN, b.head(), Upos.NOUN)) return Agreement.SAME;
        }
        return Agreement.UNKNOWN;
    }

    private static Set<String> words(@Nullable String text) {
        Set<String> out = new HashSet<>();
        if (text == null) return out;
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) if (w.length() > 1) out.add(w);
        return out;
    }

    private enum Numbers {
        NONE, SHARED, CONFLICT, ONE_SIDED
    }

    /** Whether the two give a figure in common, only figures that cannot both be right, or figures only one gives. */
    private static Numbers numbers(List<Quantity> a, List<Quantity> b) {
        if (a.isEmpty() && b.isEmpty()) return Numbers.NONE;
        if (a.isEmpty() || b.isEmpty()) return Numbers.ONE_SIDED;
        boolean conflict = false;
        for (Quantity x : a) {
            for (Quantity y : b) {
                if (x.compatible(y)) return Numbers.SHARED;
                if (x.unit().equals(y.unit())) conflict = true;
            }
        }
        return conflict ? Numbers.CONFLICT : Numbers.ONE_SIDED;
    }

    private static double unmatched(Set<String> a, Set<String> b) {
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        if (union.isEmpty()) return 0;
        int both = 0;
        for (String x : a) if (b.contains(x)) both++;
        return (double) (union.size() - both) / union.size();
    }

    /**
     * The share of {@code a}'s distinct content words with no equal or related word in {@code b}: a
     * word is related to one of {@code b}'s when they share a sense as verbs or as nouns, which is
     * whether its senses meet the union of {@code b}'s, so each pair costs the two lengths, not their
     * product (this runs for millions of candidate pairs in a large corpus).
     */
    private double unaligned(List<String> a, List<String> b) {
        Set<String> sa = new HashSet<>(a);
        if (sa.isEmpty()) return 0;
        Set<String> sb = new HashSet<>(b);
        Set<String> verbs = new HashSet<>();
        Set<String> nouns = new HashSet<>();
        for (String o : sb) {
            Senses s = sensesOf(o);
            verbs.addAll(s.asVerb());
            nouns.addAll(s.asNoun());
        }
        int missing = 0;
        for (String w : sa) {
            if (sb.contains(w)) continue;
            Senses s = sensesOf(w);
            if (!meets(s.asVerb(), verbs) && !meets(s.asNoun(), nouns)) missing++;
        }
        return (double) missing / sa.size();
    }

    private Senses sensesOf(String word) {
        return senses.computeIfAbsent(word, w -> new Senses(relations.senses(w, Upos.VERB), relations.senses(w, Upos.NOUN)));
    }

    private static boolean meets(Set<String> x, Set<String> y) {
        for (String s : x) if (y.contains(s)) return true;
        return false;
    }

    static double cosine(List<String> a, List<String> b, Rarity rarity) {
        Set<String> sa = new HashSet<>(a);
        Set<String> sb = new HashSet<>(b);
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (String w : sa) {
            double x = rarity.idf(w);
            na += x * x;
            if (sb.contains(w)) dot += x * x;
        }
        for (String w : sb) {
            double x = rarity.idf(w);
            nb += x * x;
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }

    private static double bigrams(List<String> a, List<String> b) {
        Set<String> ba = bigramSet(a);
        Set<String> bb = bigramSet(b);
        if (ba.isEmpty() || bb.isEmpty()) return 0;
        int both = 0;
        for (String x : ba) if (bb.contains(x)) both++;
        return (double) both / Math.min(ba.size(), bb.size());
    }

    private static Set<String> bigramSet(List<String> w) {
        Set<String> out = new HashSet<>();
        List<String> list = new ArrayList<>(w);
        for (int i = 0; i + 1 < list.size(); i++) out.add(list.get(i) + " " + list.get(i + 1));
        return out;
    }
}
