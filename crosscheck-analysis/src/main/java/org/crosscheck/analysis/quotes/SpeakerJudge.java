package org.crosscheck.analysis.quotes;

import java.util.List;
import java.util.Map;
import org.crosscheck.analysis.learn.WeightsFile;

/**
 * How likely a linked speaker is the one who spoke: a logistic regression over {@link SpeakerFeatures}, its
 * weights read from a resource that {@code crosscheck bench train-speakers} writes from PolNeAR train. Below
 * {@link #floor} a quote keeps its words but gets no speaker: a wrong speaker is worse than none. Immutable
 * and thread-safe.
 *
 * @param features the feature names, in {@link SpeakerFeatures#NAMES}' order
 * @param weights  one weight per feature
 * @param bias     the intercept
 * @param floor    the probability under which the speaker is dropped
 */
public record SpeakerJudge(List<String> features, double[] weights, double bias, double floor) {
    /** The resource the shipped weights live in, beside this class. */
    public static final String RESOURCE = "speaker-judge.txt";

    public SpeakerJudge {
        features = List.copyOf(features);
        weights = weights.clone();
        if (features.size() != weights.length) throw new IllegalArgumentException(features.size() + " features but " + weights.length + " weights");
    }

    /** The names of the features this build computes, in order. */
    public static List<String> featureNames() {
        return SpeakerFeatures.NAMES;
    }

    /** The probability that the speaker with these features is right. */
    public double probability(List<Double> x) {
        double z = bias;
        for (int i = 0; i < weights.length; i++) z += weights[i] * x.get(i);
        return 1 / (1 + Math.exp(-z));
    }

    /** The shipped judge. */
    public static SpeakerJudge shipped() {
        return read(WeightsFile.resource(SpeakerJudge.class, RESOURCE, "the speaker judge")).checked();
    }

    /**
     * This judge, when its weights are for the features this build computes.
     *
     * @throws IllegalStateException naming the command that makes them again, when they are not
     */
    public SpeakerJudge checked() {
        WeightsFile.requireFeatures(features, SpeakerFeatures.NAMES, "the speaker judge", "crosscheck bench train-speakers ../shared/corpora/polnear/train --out <file>");
        return this;
    }

    /** A judge that keeps every speaker, at probability one half: for reading candidates before any judge is trained. */
    public static SpeakerJudge neutral() {
        return new SpeakerJudge(SpeakerFeatures.NAMES, new double[SpeakerFeatures.NAMES.size()], 0, 0);
    }

    /** This judge with another floor. */
    public SpeakerJudge withFloor(double floor) {
        return new SpeakerJudge(features, weights, bias, floor);
    }

    /** Reads weights written by {@link #write}: "name value" lines, {@code #} comments. */
    public static SpeakerJudge read(String text) {
        WeightsFile f = WeightsFile.read(text, "the speaker judge", "floor");
        return new SpeakerJudge(f.features(), f.weights(), f.bias(), f.setting("floor"));
    }

    /** The weights as {@link #read} reads them, after a comment saying where they come from. */
    public String write(String comment) {
        return new WeightsFile(features, weights, bias, Map.of("floor", floor)).write(comment);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SpeakerJudge j && features.equals(j.features) && java.util.Arrays.equals(weights, j.weights) && bias == j.bias
                && floor == j.floor;
    }

    @Override
    public int hashCode() {
        return features.hashCode() * 31 + java.util.Arrays.hashCode(weights);
    }

    @Override
    public String toString() {
        return "SpeakerJudge" + features + java.util.Arrays.toString(weights) + " floor " + floor;
    }
}
