package org.crosscheck.evaluate;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The normalisation and overlap METRICS.md defines for every comparison, shared with the other
 * scorers (PolNeAR's "token overlap of half the shorter" is the same measure). Thread-safe.
 */
public final class Text {
    private static final Pattern TOKEN = Pattern.compile("[a-z0-9]+");

    private Text() {}

    static String norm(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC)
                .replaceAll("[‘’‚‛′`]", "'").replaceAll("[“”„‟″]", "\"")
                .replaceAll("[‐‑‒–—―−]", "-").replace("…", "...").replaceAll("\\s+", " ");
        return n.strip().toLowerCase(Locale.ROOT);
    }

    static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(norm(s));
        while (m.find()) out.add(m.group());
        return out;
    }

    /** How much two texts overlap: 1 when one contains the other, else shared tokens over the shorter's count. */
    public static double score(String a, String b) {
        String na = norm(a);
        String nb = norm(b);
        if (na.isEmpty() || nb.isEmpty()) return 0;
        if (na.contains(nb) || nb.contains(na)) return 1;
        List<String> ta = tokens(a);
        List<String> tb = tokens(b);
        if (ta.isEmpty() || tb.isEmpty()) return 0;
        Map<String, Integer> count = new HashMap<>();
        for (String t : ta) count.merge(t, 1, Integer::sum);
        int shared = 0;
        for (String t : tb) {
            Integer c = count.get(t);
            if (c != null && c > 0) {
                shared++;
                count.put(t, c - 1);
            }
        }
        return (double) shared / Math.min(ta.size(), tb.size());
    }

    static boolean overlap(String a, String b, double t) {
        return score(a, b) >= t;
    }
}
