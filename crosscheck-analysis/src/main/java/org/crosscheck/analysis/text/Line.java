package org.crosscheck.analysis.text;

import java.util.ArrayList;
import java.util.List;

/** One line of a text, without its line break, with its offsets in the text. */
public record Line(int number, int start, int end, String text) {
    /** Every line of {@code text}, numbered from 1, split on {@code \n} (a trailing {@code \r} is left out). */
    public static List<Line> split(String text) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        int n = 1;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                int end = i > start && text.charAt(i - 1) == '\r' ? i - 1 : i;
                lines.add(new Line(n++, start, end, text.substring(start, end)));
                start = i + 1;
            }
        }
        return lines;
    }

    public boolean blank() {
        return text.isBlank();
    }

    /** Offsets of the line without leading and trailing white space. */
    public int trimmedStart() {
        int s = 0;
        while (s < text.length() && Character.isWhitespace(text.charAt(s))) s++;
        return start + s;
    }

    public int trimmedEnd() {
        int e = text.length();
        while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) e--;
        return start + e;
    }

    public String trimmed() {
        return text.strip();
    }
}
