package org.crosscheck.analysis.claims;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Whether two statements make the same claim: a logistic regression over {@link PairFeatures},
 * its weights read from a resource that {@code crosscheck bench train-claims} writes from public
 * data (ECB+, STS Benchmark) and the project's own golds. Immutable and thread-safe.
 *
 * @param weights   one weight per feature, in {@link PairFeatures#NAMES}' order
 * @param bias      the intercept
 * @param threshold the probability from which a pair is the same claim
 */
public record ClaimJudge(List<String> features, double[] weights, double bias, double threshold) {
    /** The resource the shipped weights live in, beside this class. */
    public static final String RESOURCE = "claim-judge.txt";

    public ClaimJudge {
        features = List.copyOf(features);
        weights = weights.clone();
        if (features.size() != weights.length) throw new IllegalArgumentException(features.size() + " features but " + weights.length + " weights");
    }

    /** The probability that the pair with these features is one claim. */
    public double probability(double[] x) {
        double z = bias;
        for (int i = 0; i < weights.length; i++) z += weights[i] * x[i];
        return 1 / (1 + Math.exp(-z));
    }

    /** The shipped judge. */
    public static ClaimJudge shipped() {
        try (InputStream in = ClaimJudge.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("the claim judge's weights (" + RESOURCE + ") are missing from the crosscheck-analysis jar");
            return read(new String(in.readAllBytes(), StandardCharsets.UTF_8)).checked();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the claim judge's weights", e);
        }
    }

    /**
     * This judge, when its weights are for the features this build computes.
     *
     * @throws IllegalStateException naming the command that makes them again, when they are not
     */
    public ClaimJudge checked() {
        if (!features.equals(PairFeatures.NAMES)) {
            throw new IllegalStateException("the claim judge's weights were trained on other features than this build computes "
                    + "(" + features.size() + " named, " + PairFeatures.NAMES.size() + " computed): run crosscheck bench train-claims "
                    + "to make them again");
        }
        return this;
    }

    /** A judge that gives every pair the same probability: for reading candidate pairs before any judge is trained. */
    public static ClaimJudge neutral() {
        return new ClaimJudge(PairFeatures.NAMES, new double[PairFeatures.NAMES.size()], 0, 0.5);
    }

    /** Reads weights written by {@link #write}: "name value" lines, {@code #} comments. */
    public static ClaimJudge read(String text) {
        Map<String, Double> values = new LinkedHashMap<>();
        try (BufferedReader r = new BufferedReader(new java.io.StringReader(text))) {
            for (String line; (line = r.readLine()) != null; ) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) continue;
                String[] kv = l.split("\\s+");
                if (kv.length != 2) throw new IllegalArgumentException("bad line in the claim judge's weights: " + line);
                values.put(kv[0], Double.parseDouble(kv[1]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Double bias = values.remove("bias");
        Double threshold = values.remove("threshold");
        if (bias == null || threshold == null) throw new IllegalArgumentException("the claim judge's weights need 'bias' and 'threshold' lines");
        List<String> names = new ArrayList<>(values.keySet());
        double[] w = new double[names.size()];
        for (int i = 0; i < w.length; i++) w[i] = values.get(names.get(i));
        return new ClaimJudge(names, w, bias, threshold);
    }

    /** The weights as {@link #read} reads them, after a comment saying where they come from. */
    public String write(String comment) {
        StringBuilder b = new StringBuilder();
        comment.lines().forEach(l -> b.append("# ").append(l).append('\n'));
        b.append(String.format(Locale.ROOT, "bias %.6f%nthreshold %.4f%n", bias, threshold));
        for (int i = 0; i < weights.length; i++) b.append(String.format(Locale.ROOT, "%s %.6f%n", features.get(i), weights[i]));
        return b.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ClaimJudge j && features.equals(j.features) && java.util.Arrays.equals(weights, j.weights) && bias == j.bias
                && threshold == j.threshold;
    }

    @Override
    public int hashCode() {
        return features.hashCode() * 31 + java.util.Arrays.hashCode(weights);
    }

    @Override
    public String toString() {
        return "ClaimJudge" + features + java.util.Arrays.toString(weights);
    }
}
