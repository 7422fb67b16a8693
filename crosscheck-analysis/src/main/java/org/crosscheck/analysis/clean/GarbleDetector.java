package org.crosscheck.analysis.clean;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.model.Span;

/**
 * Signs that a text went through machine translation or rewriting: a word doubled ("of of"), a
 * copula jammed against a modal ("is can"), a full stop followed by a comma. Each alone is a typo;
 * two or more in one article mark the copy as one to weigh differently.
 */
final class GarbleDetector {
    private static final Pattern DOUBLED = Pattern.compile("\\b(\\p{L}+) \\1\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern COPULA_MODAL = Pattern.compile(
            "\\b(" + CleaningLexicon.regex("copulas.txt") + ") (" + CleaningLexicon.regex("modals.txt") + ")\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern STOP_COMMA = Pattern.compile("[.!?] ,");
    /** Doubling that English allows. */
    private static final List<String> ALLOWED = CleaningLexicon.entries("allowed-doublings.txt");

    private GarbleDetector() {}

    static boolean looksGarbled(List<Span> paragraphs) {
        int signs = 0;
        for (Span p : paragraphs) {
            Matcher m = DOUBLED.matcher(p.text());
            while (m.find()) {
                if (!ALLOWED.contains(m.group().toLowerCase(java.util.Locale.ROOT))) signs++;
            }
            signs += count(COPULA_MODAL, p.text()) + count(STOP_COMMA, p.text());
        }
        return signs >= 2;
    }

    private static int count(Pattern p, String s) {
        int n = 0;
        Matcher m = p.matcher(s);
        while (m.find()) n++;
        return n;
    }
}
