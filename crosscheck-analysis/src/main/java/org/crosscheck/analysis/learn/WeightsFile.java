package org.crosscheck.analysis.learn;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The text form of a logistic regression the training commands write and the judges read: {@code #} comment lines
 * saying how it was made, a {@code bias} line, the model's own settings (a threshold, a floor), then one
 * "feature weight" line per feature in the order the features are computed.
 *
 * @param features the feature names, in order
 * @param weights  one weight per feature
 * @param bias     the intercept
 * @param settings the named settings, in file order
 */
public record WeightsFile(List<String> features, double[] weights, double bias, Map<String, Double> settings) {
    public WeightsFile {
        features = List.copyOf(features);
        weights = weights.clone();
        settings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(settings));
    }

    /**
     * Reads {@code text}; {@code what} names the model in errors ("the claim judge"), and every one of
     * {@code settingNames} must be there.
     */
    public static WeightsFile read(String text, String what, String... settingNames) {
        Map<String, Double> values = new LinkedHashMap<>();
        try (BufferedReader r = new BufferedReader(new StringReader(text))) {
            for (String line; (line = r.readLine()) != null; ) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) continue;
                String[] kv = l.split("\\s+");
                if (kv.length != 2) throw new IllegalArgumentException("bad line in " + what + "'s weights: " + line);
                values.put(kv[0], Double.parseDouble(kv[1]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Double bias = values.remove("bias");
        Map<String, Double> settings = new LinkedHashMap<>();
        for (String s : settingNames) {
            Double v = values.remove(s);
            if (v != null) settings.put(s, v);
        }
        if (bias == null || settings.size() < settingNames.length) {
            throw new IllegalArgumentException(what + "'s weights need 'bias' and " + String.join(", ", settingNames) + " lines");
        }
        List<String> names = new ArrayList<>(values.keySet());
        double[] w = new double[names.size()];
        for (int i = 0; i < w.length; i++) w[i] = values.get(names.get(i));
        return new WeightsFile(names, w, bias, settings);
    }

    /** The text of the weights file {@code resource} beside {@code anchor}; {@code what} names the model in errors. */
    public static String resource(Class<?> anchor, String resource, String what) {
        try (java.io.InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException(what + "'s weights (" + resource + ") are missing from the crosscheck-analysis jar");
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + what + "'s weights", e);
        }
    }

    /**
     * Fails, naming {@code command} that makes the weights again, when {@code features} (the weights') are not
     * {@code computed} (the features this build computes).
     */
    public static void requireFeatures(List<String> features, List<String> computed, String what, String command) {
        if (!features.equals(computed)) {
            throw new IllegalStateException(what + "'s weights were trained on other features than this build computes ("
                    + features.size() + " named, " + computed.size() + " computed): run " + command + " to make them again");
        }
    }

    /** The file {@link #read} reads, after {@code comment} (each of its lines a {@code #} line). */
    public String write(String comment) {
        StringBuilder b = new StringBuilder();
        comment.lines().forEach(l -> b.append("# ").append(l).append('\n'));
        b.append(String.format(Locale.ROOT, "bias %.6f%n", bias));
        settings.forEach((k, v) -> b.append(String.format(Locale.ROOT, "%s %.4f%n", k, v)));
        for (int i = 0; i < weights.length; i++) b.append(String.format(Locale.ROOT, "%s %.6f%n", features.get(i), weights[i]));
        return b.toString();
    }

    /** The setting named {@code name}. */
    public double setting(String name) {
        return settings.get(name);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WeightsFile f && features.equals(f.features) && java.util.Arrays.equals(weights, f.weights) && bias == f.bias
                && settings.equals(f.settings);
    }

    @Override
    public int hashCode() {
        return features.hashCode() * 31 + java.util.Arrays.hashCode(weights);
    }

    @Override
    public String toString() {
        return "WeightsFile" + features + java.util.Arrays.toString(weights) + " bias " + bias + " " + settings;
    }
}
