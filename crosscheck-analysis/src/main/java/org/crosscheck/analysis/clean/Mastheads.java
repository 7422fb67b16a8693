package org.crosscheck.analysis.clean;

import java.util.Locale;
import org.crosscheck.analysis.text.Words;
import org.jspecify.annotations.Nullable;

/**
 * Lines above a headline that are not the headline: a publication's masthead ("The Daily Ledger"),
 * and section labels ("World", "Politics / Asia"). A masthead names the outlet.
 */
final class Mastheads {
    private static final java.util.regex.Pattern SEPARATORS = java.util.regex.Pattern.compile("\\s*[|/·•›»>]\\s*");

    private Mastheads() {}

    /** A line that is only section names, one or a few joined by bars, slashes or arrows. */
    static boolean sectionLabel(String line) {
        String s = line.strip().replaceAll("[:>»›\\s]+$", "").toLowerCase(Locale.ROOT);
        if (s.isEmpty()) return false;
        for (String part : SEPARATORS.split(s)) {
            if (!part.isBlank() && !CleaningLexicon.SECTION_LABELS.contains(part.strip())) return false;
        }
        return true;
    }

    /**
     * A masthead: two to five words, every one capitalised (or a short joining word), no sentence
     * punctuation, and one of the words publications put in their names.
     */
    static boolean masthead(String line) {
        return outletName(line) != null;
    }

    /** The outlet a masthead line names, or null when the line is not a masthead. */
    static @Nullable String outletName(String line) {
        String s = line.strip().replaceAll("^[#*\\s]+|[*\\s]+$", "");
        int words = Words.count(s);
        if (sectionLabel(s)) return null;
        if (words < 1 || words > 5 || s.matches(".*[.!?,;:\"“”]$") || s.matches(".*[.!?;:,\"“”].*")) return null;
        boolean named = false;
        for (String w : s.split("\\s+")) {
            if (w.isEmpty()) continue;
            String lower = w.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}']", "");
            if (CleaningLexicon.MASTHEAD_CONNECTORS.contains(w)) continue;
            if (!Character.isUpperCase(w.codePointAt(0))) return null;
            if (CleaningLexicon.MASTHEAD_WORDS.contains(lower)) named = true;
        }
        if (!named) return null;
        return s.equals(s.toUpperCase(Locale.ROOT)) ? titleCase(s) : s;
    }

    /** Each word with a capital first letter and the rest in lower case ("REUTERS NEWS" -> "Reuters News"). */
    static String titleCase(String s) {
        StringBuilder sb = new StringBuilder();
        for (String w : s.toLowerCase(Locale.ROOT).split(" ")) {
            if (w.isEmpty()) continue;
            if (sb.length() > 0) sb.append(' ');
            sb.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        return sb.toString();
    }
}
