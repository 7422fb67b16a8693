package org.crosscheck.analysis.claims;

import java.util.List;
import java.util.Map;
import org.crosscheck.analysis.learn.WeightsFile;

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
        return read(WeightsFile.resource(ClaimJudge.class, RESOURCE, "the claim judge")).checked();
    }

    /**
     * This judge, when its weights are for the features this build computes.
     *
     * @throws IllegalStateException naming the command that makes them again, when they are not
     */
    public ClaimJudge checked() {
        WeightsFile.requireFeatures(features, PairFeatures.NAMES, "the claim judge", "crosscheck bench train-claims");
        return this;
    }

    /** A judge that gives every pair the same probability: for reading candidate pairs before any judge is trained. */
    public static ClaimJudge neutral() {
        return new ClaimJudge(PairFeatures.NAMES, new double[PairFeatures.NAMES.size()], 0, 0.5);
    }

    /** Reads weights written by {@link #write}: "name value" lines, {@code #} comments. */
    public static ClaimJudge read(String text) {
        WeightsFile f = WeightsFile.read(text, "the claim judge", "threshold");
        return new ClaimJudge(f.features(), f.weights(), f.bias(), f.setting("threshold"));
    }

    /** The weights as {@link #read} reads them, after a comment saying where they come from. */
    public String write(String comment) {
        return new WeightsFile(features, weights, bias, Map.of("threshold", threshold)).write(comment);
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
