package org.crosscheck.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction benchmark's own metric (shared/bench/article-extraction/README.md): tokens
 * are {@code \w+} runs (Unicode), shingles are runs of four tokens counted as multisets, and each
 * page's true positives, false positives and false negatives are divided by their sum so every page
 * weighs the same.
 */
public final class ShingleScore {
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final int N = 4;

    /** One page's normalised counts. */
    public record Page(double tp, double fp, double fn, boolean exact) {}

    private ShingleScore() {}

    static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(s);
        while (m.find()) out.add(m.group());
        return out;
    }

    private static Map<String, Integer> shingles(List<String> tokens) {
        Map<String, Integer> out = new HashMap<>();
        if (tokens.isEmpty()) return out;
        if (tokens.size() < N) {
            out.put(String.join(" ", tokens), 1);
            return out;
        }
        for (int i = 0; i + N <= tokens.size(); i++) out.merge(String.join(" ", tokens.subList(i, i + N)), 1, Integer::sum);
        return out;
    }

    public static Page page(String truth, String prediction) {
        List<String> t = tokens(truth);
        List<String> p = tokens(prediction);
        Map<String, Integer> st = shingles(t);
        Map<String, Integer> sp = shingles(p);
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (var e : sp.entrySet()) {
            int inTruth = st.getOrDefault(e.getKey(), 0);
            tp += Math.min(inTruth, e.getValue());
            fp += Math.max(0, e.getValue() - inTruth);
        }
        for (var e : st.entrySet()) fn += Math.max(0, e.getValue() - sp.getOrDefault(e.getKey(), 0));
        double sum = tp + fp + fn;
        if (sum == 0) return new Page(0, 0, 0, t.equals(p));
        return new Page(tp / sum, fp / sum, fn / sum, t.equals(p));
    }

    /** Mean precision, mean recall, F1 of the means, and accuracy over pages. */
    public record Summary(double precision, double recall, double f1, double accuracy) {}

    public static Summary summarize(List<Page> pages) {
        double p = 0;
        int np = 0;
        double r = 0;
        int nr = 0;
        int exact = 0;
        for (Page x : pages) {
            if (x.exact()) exact++;
            if (x.tp() + x.fp() > 0) {
                p += x.fp() == 0 && x.fn() == 0 ? 1 : x.tp() / (x.tp() + x.fp());
                np++;
            }
            if (x.tp() + x.fn() > 0) {
                r += x.fp() == 0 && x.fn() == 0 ? 1 : x.tp() / (x.tp() + x.fn());
                nr++;
            }
        }
        double mp = np == 0 ? 0 : p / np;
        double mr = nr == 0 ? 0 : r / nr;
        double f1 = mp + mr == 0 ? 0 : 2 * mp * mr / (mp + mr);
        return new Summary(mp, mr, f1, pages.isEmpty() ? 0 : (double) exact / pages.size());
    }
}
