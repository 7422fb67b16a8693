package org.crosscheck.analysis.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the spans inside quotation marks in one paragraph: curly and straight, double and single,
 * nested quotes inside the outer one, a closing mark whose opening mark was lost in scraping (the
 * quote then runs from the paragraph's start), and a quote left open at the paragraph's end (the
 * convention for a quote that runs on into the next paragraph), and two apostrophes standing for a
 * double mark (''like this'', as some newspaper archives print them). Apostrophes are told apart
 * from single quotation marks by the letters around them.
 */
final class QuoteMarks {
    /** Inner offsets of one quotation, {@code [start, end)} in the text. */
    record Inside(int start, int end, boolean openAtEnd, boolean closeOnly) {}

    /** The closer of a quotation opened by two apostrophes; no real character. */
    /** Marks that open a quotation. */
    static final String OPENERS = "\"“‘'«";

    private static final char TWO_APOSTROPHES = '\uE000';

    private QuoteMarks() {}

    static List<Inside> find(String text, int from, int to) {
        List<Inside> out = new ArrayList<>();
        int open = -1;
        char closer = 0;
        int inner = -1;
        char innerCloser = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            char before = i > from ? text.charAt(i - 1) : ' ';
            char after = i + 1 < to ? text.charAt(i + 1) : ' ';
            boolean two = c == '\'' && after == '\'';
            if (open < 0 && two && opensStraight(before, i + 2 < to ? text.charAt(i + 2) : ' ')) {
                open = i + 2;
                closer = TWO_APOSTROPHES;
                i++;
            } else if (open >= 0 && closer == TWO_APOSTROPHES) {
                if (two) {
                    add(out, text, open, i, false, false);
                    open = -1;
                    i++;
                }
            } else if (open < 0) {
                if (c == '“' || c == '"' && opensStraight(before, after) || c == '‘' && !Character.isLetterOrDigit(before)
                        && Character.isLetter(after) || c == '\'' && opensStraight(before, after) && Character.isLetter(after)) {
                    open = i + 1;
                    closer = c == '“' ? '”' : c == '‘' ? '’' : c;
                } else if ((c == '”' || c == '"') && !Character.isWhitespace(before) && i > from && out.isEmpty()
                        && !Character.isLetterOrDigit(after)) {
                    // a closing mark with no opening one: the opening was lost, the quote starts the paragraph
                    add(out, text, from, i, false, true);
                }
            } else if (inner >= 0 && c == innerCloser && !Character.isLetter(after)) {
                // an apostrophe inside a word is not a closing mark
                add(out, text, inner, i, false, false);
                inner = -1;
            } else if (inner < 0 && (closer == '”' || closer == '"') && (c == '‘' && !Character.isLetterOrDigit(before) && Character.isLetter(after)
                    || c == '\'' && opensStraight(before, after) && Character.isLetter(after))) {
                // a single-marked quotation inside a double-marked one: what the quoted speaker quotes
                inner = i + 1;
                innerCloser = c == '‘' ? '’' : c;
            } else if (c == closer || closer == '"' && c == '”' || closer == '”' && c == '"') {
                if (closer == '\'' || closer == '’') {
                    // an apostrophe inside a word is not a closing mark
                    if (Character.isLetter(after)) continue;
                }
                add(out, text, open, i, false, false);
                open = -1;
                inner = -1;
            }
        }
        if (open >= 0 && (closer == '”' || closer == '"' || closer == TWO_APOSTROPHES)) add(out, text, open, to, true, false);
        return out;
    }

    private static boolean opensStraight(char before, char after) {
        return (Character.isWhitespace(before) || "([{—–-:;,/".indexOf(before) >= 0) && !Character.isWhitespace(after);
    }

    private static void add(List<Inside> out, String text, int s, int e, boolean openAtEnd, boolean closeOnly) {
        while (s < e && Character.isWhitespace(text.charAt(s))) s++;
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
        if (e > s) out.add(new Inside(s, e, openAtEnd, closeOnly));
    }
}
