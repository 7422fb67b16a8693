package org.crosscheck.bench;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.crosscheck.analysis.claims.ClaimJudge;
import org.crosscheck.analysis.claims.StatementPairs;
import org.crosscheck.analysis.claims.StatementPairs.Statement;
import org.crosscheck.bench.ClaimLinkingData.EcbSplit;
import org.crosscheck.bench.ClaimLinkingData.Pair;
import org.crosscheck.nlp.SentenceEncoder;

/**
 * Trains and measures the claim judge on the public pair sets: a logistic regression (LIBLINEAR)
 * over the judge's features, trained on STS Benchmark train (pairs scored 4 or more as the same
 * statement, 3 or less as different) and ECB+ train topics, with the regularisation chosen on their
 * dev parts; then measured on MRPC test (accuracy, F1; MRPC is never trained on: its licence allows
 * measuring only), STS Benchmark test (Spearman, all and news) and ECB+ test topics (link precision,
 * recall, F1). Deterministic for a given build and data.
 */
public final class ClaimJudgeTraining {
    /** STS scores at or above this are the same statement; at or below {@link #STS_DIFFERENT}, different; between, left out. */
    static final double STS_SAME = 4.0;
    static final double STS_DIFFERENT = 3.0;
    /** ECB+ negatives kept per positive in training (most pairs of one topic are about different events). */
    static final int ECB_NEGATIVES = 3;
    static final long SEED = 20261204L;

    private final Path dir;
    private final StatementPairs pairs;
    private final SentenceEncoder encoder;
    private final PrintWriter log;
    private final Map<String, Statement> statements = new HashMap<>();
    private final Map<String, float[]> vectors = new HashMap<>();

    /**
     * @param dir     the claim-linking folder ({@code ../shared/bench/claim-linking})
     * @param log     where progress and figures go
     */
    public ClaimJudgeTraining(Path dir, StatementPairs pairs, SentenceEncoder encoder, PrintWriter log) {
        this.dir = dir;
        this.pairs = pairs;
        this.encoder = encoder;
        this.log = log;
    }

    /** A set of pairs with their features and labels. */
    public record Featured(String name, List<Pair> pairs, List<double[]> x) {
        public Featured {
            pairs = List.copyOf(pairs);
            x = List.copyOf(x);
        }
    }

    /** The figures of one judge on the benchmarks' test parts. */
    public record Figures(double mrpcAccuracy, double mrpcF1, double stsSpearman, double stsNewsSpearman, double ecbPrecision,
            double ecbRecall, double ecbF1) {}

    /** Everything read: the training, development and test sets with their features. */
    public record Sets(Featured stsTrain, Featured stsDev, Featured stsTest, Featured ecbTrain, Featured ecbDev, Featured ecbTest,
            Featured mrpcTest) {}

    /** Reads every set and computes its features (the sentences are tagged and embedded once). */
    public Sets read() {
        Path sts = dir.resolve("sts-benchmark");
        Path ecb = dir.resolve("ecb-plus");
        List<Pair> stsTrain = ClaimLinkingData.sts(sts.resolve("sts-train.csv"));
        List<Pair> stsDev = ClaimLinkingData.sts(sts.resolve("sts-dev.csv"));
        List<Pair> stsTest = ClaimLinkingData.sts(sts.resolve("sts-test.csv"));
        List<Pair> ecbTrain = ClaimLinkingData.ecb(ecb, EcbSplit.TRAIN, ECB_NEGATIVES, SEED);
        List<Pair> ecbDev = ClaimLinkingData.ecb(ecb, EcbSplit.DEV, 0, SEED);
        List<Pair> ecbTest = ClaimLinkingData.ecb(ecb, EcbSplit.TEST, 0, SEED);
        List<Pair> mrpcTest = ClaimLinkingData.mrpc(dir.resolve("mrpc").resolve("msr_paraphrase_test.txt"));
        // each corpus its own idf table: how rare a word is depends on what it is compared among
        List<Pair> allSts = concat(stsTrain, stsDev, stsTest);
        List<Pair> allEcb = concat(ecbTrain, ecbDev, ecbTest);
        prepare(allSts, "STS Benchmark");
        prepare(allEcb, "ECB+");
        prepare(mrpcTest, "MRPC test");
        saveVectors();
        StatementPairs.Rarity stsRarity = rarity(allSts);
        StatementPairs.Rarity ecbRarity = rarity(allEcb);
        StatementPairs.Rarity mrpcRarity = rarity(mrpcTest);
        return new Sets(featured("sts-train", stsTrain, stsRarity), featured("sts-dev", stsDev, stsRarity),
                featured("sts-test", stsTest, stsRarity), featured("ecb-train", ecbTrain, ecbRarity), featured("ecb-dev", ecbDev, ecbRarity),
                featured("ecb-test", ecbTest, ecbRarity), featured("mrpc-test", mrpcTest, mrpcRarity));
    }

    @SafeVarargs
    private static List<Pair> concat(List<Pair>... lists) {
        List<Pair> out = new ArrayList<>();
        for (List<Pair> l : lists) out.addAll(l);
        return out;
    }

    /**
     * Keeps sentence vectors in {@code file} between runs (they take most of a run's time and do not
     * change while the features are worked on): read now when the file exists, written by {@link #saveVectors}.
     */
    public void useVectors(Path file) {
        this.vectorFile = file;
        if (!Files.isRegularFile(file)) return;
        try (var in = new java.io.DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(file)))) {
            int n = in.readInt();
            for (int i = 0; i < n; i++) {
                String t = in.readUTF();
                float[] v = new float[in.readInt()];
                for (int k = 0; k < v.length; k++) v[k] = in.readFloat();
                vectors.put(t, v);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the vectors in " + file + " (delete it to embed again)", e);
        }
    }

    private Path vectorFile;

    /** Writes the vectors to the file {@link #useVectors} named, if any. */
    public void saveVectors() {
        if (vectorFile == null) return;
        try (var out = new java.io.DataOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(vectorFile)))) {
            out.writeInt(vectors.size());
            for (var e : vectors.entrySet()) {
                out.writeUTF(e.getKey());
                out.writeInt(e.getValue().length);
                for (float f : e.getValue()) out.writeFloat(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the vectors to " + vectorFile, e);
        }
    }

    private void prepare(List<Pair> set, String name) {
        Set<String> texts = new LinkedHashSet<>();
        for (Pair p : set) {
            texts.add(p.a());
            texts.add(p.b());
        }
        texts.removeAll(statements.keySet());
        log.printf("%s: %,d pairs, %,d new sentences to read%n", name, set.size(), texts.size());
        log.flush();
        List<String> list = new ArrayList<>(texts);
        for (String t : list) statements.put(t, pairs.read(t));
        list.removeIf(vectors::containsKey);
        for (int i = 0; i < list.size(); i += 256) {
            List<String> batch = list.subList(i, Math.min(list.size(), i + 256));
            List<float[]> v = encoder.encode(batch);
            for (int k = 0; k < batch.size(); k++) vectors.put(batch.get(k), v.get(k));
        }
    }

    private StatementPairs.Rarity rarity(List<Pair> set) {
        Set<String> texts = new LinkedHashSet<>();
        for (Pair p : set) {
            texts.add(p.a());
            texts.add(p.b());
        }
        return pairs.rarity(texts.stream().map(statements::get).toList());
    }

    private Featured featured(String name, List<Pair> set, StatementPairs.Rarity rarity) {
        List<double[]> x = new ArrayList<>(set.size());
        for (Pair p : set) x.add(pairs.features(statements.get(p.a()), statements.get(p.b()), rarity, cosine(vectors.get(p.a()), vectors.get(p.b()))));
        return new Featured(name, set, x);
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) dot += a[i] * b[i];
        return dot;
    }

    /**
     * Trains on STS train, ECB+ train and the candidate pairs of the given golds (each pair of a gold
     * counted {@link #GOLD_WEIGHT} times: they are the decision the judge makes in use), with the
     * regularisation that does best on the public sets' dev parts; the threshold is the one that gives
     * the golds' pairs links right nine times in ten ({@link #withThreshold}), or 0.5 without golds.
     */
    public ClaimJudge train(Sets s, List<List<GoldPairs.Labelled>> golds) {
        List<double[]> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        addSts(s.stsTrain(), x, y);
        add(s.ecbTrain(), x, y);
        // only pairs whose both statements the gold annotates: the others' labels rest on the gold being complete
        List<GoldPairs.Labelled> goldPairs = golds.stream().flatMap(List::stream).filter(GoldPairs.Labelled::annotated).toList();
        for (int k = 0; k < GOLD_WEIGHT; k++) {
            for (GoldPairs.Labelled l : goldPairs) {
                x.add(l.pair().features());
                y.add(l.same() ? 1.0 : 0.0);
            }
        }
        ClaimJudge best = null;
        double bestScore = -1;
        for (double c : new double[] {0.01, 0.1, 1, 10, 100}) {
            ClaimJudge j = fit(x, y, c);
            double score = ecbF1(j, s.ecbDev()) + spearman(j, s.stsDev(), null);
            log.printf(Locale.ROOT, "C=%-6s dev: ECB+ F1 %.3f, STS Spearman %.3f%n", c, ecbF1(j, s.ecbDev()), spearman(j, s.stsDev(), null));
            if (score > bestScore) {
                bestScore = score;
                best = j;
            }
        }
        return goldPairs.isEmpty() ? best : withThreshold(best, goldPairs);
    }

    /** How many times each gold pair counts in training. */
    static final int GOLD_WEIGHT = 10;

    /**
     * The precision a link the judge makes must have on the golds' pairs: what users are told is
     * corroboration must be right nine times in ten (a wrong "4 independent sources" is worse than none).
     */
    static final double TARGET_PRECISION = 0.90;

    /**
     * {@code j} with the lowest threshold among 0.30, 0.35, ..., 0.90 at which its links on {@code pairs}
     * reach {@link #TARGET_PRECISION} (the most recall that precision allows); when none does, the
     * threshold of the best F0.5.
     */
    static ClaimJudge withThreshold(ClaimJudge j, List<GoldPairs.Labelled> pairs) {
        double bestT = 0.5;
        double bestF = -1;
        double precise = Double.NaN;
        for (int i = 6; i <= 18; i++) {
            double t = i * 0.05;
            int tp = 0;
            int fp = 0;
            int fn = 0;
            for (GoldPairs.Labelled l : pairs) {
                boolean said = !l.pair().cannotLink() && j.probability(l.pair().features()) >= t;
                if (said && l.same()) tp++;
                if (said && !l.same()) fp++;
                if (!said && l.same()) fn++;
            }
            double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
            double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
            double f = p + r == 0 ? 0 : 1.25 * p * r / (0.25 * p + r);
            if (Double.isNaN(precise) && tp > 0 && p >= TARGET_PRECISION) precise = t;
            if (f > bestF) {
                bestF = f;
                bestT = t;
            }
        }
        if (!Double.isNaN(precise)) bestT = precise;
        return new ClaimJudge(j.features(), j.weights(), j.bias(), bestT);
    }

    private static void addSts(Featured f, List<double[]> x, List<Double> y) {
        for (int i = 0; i < f.pairs().size(); i++) {
            double label = f.pairs().get(i).label();
            if (label > STS_DIFFERENT && label < STS_SAME) continue;
            x.add(f.x().get(i));
            y.add(label >= STS_SAME ? 1.0 : 0.0);
        }
    }

    private static void add(Featured f, List<double[]> x, List<Double> y) {
        for (int i = 0; i < f.pairs().size(); i++) {
            x.add(f.x().get(i));
            y.add(f.pairs().get(i).label());
        }
    }

    /** An L2-regularised logistic regression; the threshold is 0.5 until a caller chooses another. */
    public static ClaimJudge fit(List<double[]> x, List<Double> y, double c) {
        Problem p = new Problem();
        p.l = x.size();
        p.n = StatementPairs.featureNames().size() + 1;
        p.bias = 1;
        p.x = new Feature[x.size()][];
        p.y = new double[x.size()];
        for (int i = 0; i < x.size(); i++) {
            double[] v = x.get(i);
            Feature[] row = new Feature[v.length + 1];
            for (int k = 0; k < v.length; k++) row[k] = new FeatureNode(k + 1, v[k]);
            row[v.length] = new FeatureNode(v.length + 1, 1);
            p.x[i] = row;
            p.y[i] = y.get(i);
        }
        Linear.disableDebugOutput();
        Linear.resetRandom();
        Model m = Linear.train(p, new Parameter(SolverType.L2R_LR, c, 1e-4));
        double[] w = m.getFeatureWeights();
        // LIBLINEAR's weights are for its first label; make them the weights of "same claim" (label 1)
        double sign = m.getLabels()[0] == 1 ? 1 : -1;
        double[] weights = new double[StatementPairs.featureNames().size()];
        for (int k = 0; k < weights.length; k++) weights[k] = sign * w[k];
        double bias = sign * w[weights.length];
        return new ClaimJudge(StatementPairs.featureNames(), weights, bias, 0.5);
    }

    /** The judge's figures on the test parts. */
    public Figures measure(ClaimJudge j, Sets s) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int right = 0;
        Featured m = s.mrpcTest();
        for (int i = 0; i < m.pairs().size(); i++) {
            boolean said = j.probability(m.x().get(i)) >= j.threshold();
            boolean gold = m.pairs().get(i).label() == 1;
            if (said == gold) right++;
            if (said && gold) tp++;
            if (said && !gold) fp++;
            if (!said && gold) fn++;
        }
        double acc = (double) right / m.pairs().size();
        double f1 = 2.0 * tp / (2.0 * tp + fp + fn);
        double[] ecb = ecbPrf(j, s.ecbTest());
        return new Figures(acc, f1, spearman(j, s.stsTest(), null), spearman(j, s.stsTest(), "main-news"), ecb[0], ecb[1], ecb[2]);
    }

    static double ecbF1(ClaimJudge j, Featured f) {
        return ecbPrf(j, f)[2];
    }

    static double[] ecbPrf(ClaimJudge j, Featured f) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int i = 0; i < f.pairs().size(); i++) {
            boolean said = j.probability(f.x().get(i)) >= j.threshold();
            boolean gold = f.pairs().get(i).label() == 1;
            if (said && gold) tp++;
            if (said && !gold) fp++;
            if (!said && gold) fn++;
        }
        double p = tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        double r = tp + fn == 0 ? 1 : (double) tp / (tp + fn);
        return new double[] {p, r, p + r == 0 ? 0 : 2 * p * r / (p + r)};
    }

    /** Spearman's rank correlation of the judge's probability with the STS score, over one genre or all. */
    static double spearman(ClaimJudge j, Featured f, String genre) {
        List<double[]> xy = new ArrayList<>();
        for (int i = 0; i < f.pairs().size(); i++) {
            if (genre != null && !f.pairs().get(i).group().equals(genre)) continue;
            xy.add(new double[] {j.probability(f.x().get(i)), f.pairs().get(i).label()});
        }
        double[] rx = ranks(xy.stream().mapToDouble(v -> v[0]).toArray());
        double[] ry = ranks(xy.stream().mapToDouble(v -> v[1]).toArray());
        return pearson(rx, ry);
    }

    private static double[] ranks(double[] v) {
        Integer[] idx = new Integer[v.length];
        for (int i = 0; i < v.length; i++) idx[i] = i;
        java.util.Arrays.sort(idx, (a, b) -> Double.compare(v[a], v[b]));
        double[] r = new double[v.length];
        for (int i = 0; i < v.length; ) {
            int k = i;
            while (k + 1 < v.length && v[idx[k + 1]] == v[idx[i]]) k++;
            double avg = (i + k) / 2.0 + 1;
            for (int q = i; q <= k; q++) r[idx[q]] = avg;
            i = k + 1;
        }
        return r;
    }

    private static double pearson(double[] a, double[] b) {
        int n = a.length;
        double ma = java.util.Arrays.stream(a).average().orElse(0);
        double mb = java.util.Arrays.stream(b).average().orElse(0);
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int i = 0; i < n; i++) {
            sab += (a[i] - ma) * (b[i] - mb);
            saa += (a[i] - ma) * (a[i] - ma);
            sbb += (b[i] - mb) * (b[i] - mb);
        }
        return saa == 0 || sbb == 0 ? 0 : sab / Math.sqrt(saa * sbb);
    }

    /** Writes a gold's candidate pairs with their labels and features as tab-separated values. */
    public static void dump(String name, List<GoldPairs.Labelled> pairs, Path out) {
        StringBuilder b = new StringBuilder("label\tcannot\tannotated\t" + String.join("\t", StatementPairs.featureNames()) + "\ta\tb\n");
        for (GoldPairs.Labelled l : pairs) {
            b.append(l.same() ? 1 : 0).append('\t').append(l.pair().cannotLink() ? 1 : 0).append('\t').append(l.annotated() ? 1 : 0);
            for (double v : l.pair().features()) b.append('\t').append(String.format(Locale.ROOT, "%.5f", v));
            b.append('\t').append(l.pair().a().text().replaceAll("\\s+", " ")).append('\t').append(l.pair().b().text().replaceAll("\\s+", " "));
            b.append('\n');
        }
        try {
            Files.createDirectories(out);
            Files.writeString(out.resolve(name + ".tsv"), b.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the features to " + out, e);
        }
    }

    /** Writes each set's labels and features as tab-separated values, for looking at them with other tools. */
    public static void dump(Sets s, Path out) {
        try {
            Files.createDirectories(out);
            for (Featured f : List.of(s.stsTrain(), s.stsDev(), s.stsTest(), s.ecbTrain(), s.ecbDev(), s.ecbTest(), s.mrpcTest())) {
                StringBuilder b = new StringBuilder("label\tgroup\t" + String.join("\t", StatementPairs.featureNames()) + "\n");
                for (int i = 0; i < f.pairs().size(); i++) {
                    b.append(f.pairs().get(i).label()).append('\t').append(f.pairs().get(i).group());
                    for (double v : f.x().get(i)) b.append('\t').append(String.format(Locale.ROOT, "%.5f", v));
                    b.append('\n');
                }
                Files.writeString(out.resolve(f.name() + ".tsv"), b.toString(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the features to " + out, e);
        }
    }

    /** The figures as lines of "name value". */
    public static Map<String, Double> lines(Figures f) {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("mrpc_test_accuracy", f.mrpcAccuracy());
        m.put("mrpc_test_f1", f.mrpcF1());
        m.put("sts_test_spearman", f.stsSpearman());
        m.put("sts_test_news_spearman", f.stsNewsSpearman());
        m.put("ecb_test_link_precision", f.ecbPrecision());
        m.put("ecb_test_link_recall", f.ecbRecall());
        m.put("ecb_test_link_f1", f.ecbF1());
        return m;
    }
}
