package org.crosscheck.analysis.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.nlp.WordLists;

/** Word-level normalisation shared by the stages that compare texts. */
public final class Words {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?");

    /** English function words that carry no content when comparing sentences. */
    public static final Set<String> STOP = Set.copyOf(WordLists.entries(Words.class, "stop-words.txt"));

    private Words() {}

    /**
     * The normal form every comparison uses: NFKC, curly quotes and apostrophes straight, dashes to
     * '-', ellipsis to '...', white space folded, trimmed, lower-cased.
     */
    public static String normalize(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC)
                .replaceAll("[‘’‚‛′]", "'")
                .replaceAll("[“”„‟″]", "\"")
                .replaceAll("[‐‑‒–—―−]", "-")
                .replace("…", "...")
                .replaceAll("\\s+", " ");
        return n.strip().toLowerCase(Locale.ROOT);
    }

    /** Lower-cased word tokens of {@code s}. */
    public static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(s);
        while (m.find()) out.add(m.group().toLowerCase(Locale.ROOT).replace('’', '\''));
        return out;
    }

    /** Content words: tokens that are not stop words, with a plural 's' folded. */
    public static List<String> content(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(s);
        boolean first = true;
        while (m.find()) {
            String t = m.group().toLowerCase(Locale.ROOT).replace('’', '\'');
            // "May" inside a sentence is the month, which says when; the modal "may" is a function word
            boolean month = !first && m.group().equals("May");
            if (!STOP.contains(t) || month) out.add(stem(t));
            first = false;
        }
        return out;
    }

    /** A light stem: enough to meet "reports" with "report" and "detained" with "detain". */
    public static String stem(String w) {
        if (w.length() > 4 && w.endsWith("ies")) return w.substring(0, w.length() - 3) + "y";
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")) return w.substring(0, w.length() - 1);
        if (w.length() > 5 && w.endsWith("ed")) return undouble(w.substring(0, w.length() - 2));
        if (w.length() > 5 && w.endsWith("ing")) return undouble(w.substring(0, w.length() - 3));
        return w;
    }

    /** "committ" (from "committed") to "commit", "underpinn" to "underpin"; "fall" and "pass" keep theirs. */
    private static String undouble(String w) {
        int n = w.length();
        if (n < 4) return w;
        char last = w.charAt(n - 1);
        boolean consonant = "bdgkmnprt".indexOf(last) >= 0;
        return consonant && w.charAt(n - 2) == last ? w.substring(0, n - 1) : w;
    }

    /** Number of words in {@code s}. */
    public static int count(String s) {
        return tokens(s).size();
    }
}
