package org.crosscheck.analysis.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.analysis.text.Words;
import org.crosscheck.model.Span;
import org.jspecify.annotations.Nullable;

/**
 * A number a sentence gives, with what it counts: "48-page report" (unit page, of a report),
 * "about 40 other states" (approximately 40 states), "40 or 50 countries" (40 to 50 countries),
 * "more than a million" (a lower bound).
 *
 * @param span   the words that give the number
 * @param low    the smallest value the words allow
 * @param high   the largest value the words allow
 * @param approx true when the words hedge the number ("about", "more than", a range)
 * @param unit   the counted noun, stemmed ("page", "state"), or "" when none follows
 * @param head   for a compound modifier ("48-page report"), the noun it describes, stemmed; else null
 */
record Quantity(Span span, String value, double low, double high, boolean approx, String unit, @Nullable String head) {
    private static final Map<String, Double> WORDS = ClaimLexicon.values("number-words.txt");
    private static final Map<String, Double> SCALES = ClaimLexicon.values("scale-words.txt");
    private static final Set<String> OPEN_ABOVE = ClaimLexicon.words("upper-bound-qualifiers.txt");
    private static final Set<String> FROM_ZERO = ClaimLexicon.words("lower-bound-qualifiers.txt");
    // thousands separated by commas, so that "2017, a year" is a year and not the number 2017 with a comma
    private static final String NUM = "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|"
            + String.join("|", ClaimLexicon.keys("number-words.txt"));
    private static final Pattern PATTERN = Pattern.compile(
            "(?<q>" + ClaimLexicon.alternation("quantity-qualifiers.txt") + ")?\\s*\\b(?<n>" + NUM + ")(?:\\s*(?:or|to|-|–)\\s*(?<n2>" + NUM + "))?"
                    + "(?<scale>\\s+(?:" + String.join("|", ClaimLexicon.keys("scale-words.txt")) + "))?(?<join>[- ])(?:"
                    + String.join(" |", ClaimLexicon.keys("count-fillers.txt")) + " )?"
                    + "(?<unit>\\p{L}+)"
                    + "(?:\\s+(?<head>(?-i:\\p{Lu}\\p{L}*(?:\\s+\\p{Lu}\\p{L}*){0,3})|\\p{L}+))?",
            Pattern.CASE_INSENSITIVE);

    /** Every quantity with a counted noun in {@code sentence}. */
    static List<Quantity> find(Span sentence) {
        List<Quantity> out = new ArrayList<>();
        Matcher m = PATTERN.matcher(sentence.text());
        while (m.find()) {
            Double a = value(m.group("n"));
            if (a == null) continue;
            Double b = m.group("n2") == null ? a : value(m.group("n2"));
            if (b == null) b = a;
            double scale = SCALES.getOrDefault(m.group("scale") == null ? "" : m.group("scale").strip().toLowerCase(Locale.ROOT), 1.0);
            String unit = m.group("unit").toLowerCase(Locale.ROOT);
            if (Words.STOP.contains(unit) || unit.matches("\\d+")) continue;
            if (m.group("n").matches("\\d{4}") && m.group("n2") == null && m.group("q") == null) continue; // a year
            String q = m.group("q") == null ? "" : m.group("q").toLowerCase(Locale.ROOT);
            boolean approx = !q.isEmpty() || m.group("n2") != null || m.group("n").toLowerCase(Locale.ROOT).endsWith("s");
            double low = Math.min(a, b) * scale;
            double high = Math.max(a, b) * scale;
            if (OPEN_ABOVE.contains(q)) high = Double.POSITIVE_INFINITY;
            if (FROM_ZERO.contains(q)) low = 0;
            // the head of a compound is its last word: "the 120-metre Saltmarsh Bridge" measures a bridge
            String headWords = m.group("head");
            String head = m.group("join").equals("-") && headWords != null
                    ? Words.stem(headWords.substring(headWords.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT)) : null;
            int start = sentence.start() + m.start() + (m.group().length() - m.group().stripLeading().length());
            int end = sentence.start() + m.end();
            if (head == null && m.group("head") != null) end = sentence.start() + m.end("unit");
            String text = sentence.text().substring(start - sentence.start(), end - sentence.start());
            String value = String.join(" ", java.util.stream.Stream.of(m.group("q"), m.group("n"),
                    m.group("n2") == null ? null : "or " + m.group("n2"), m.group("scale") == null ? null : m.group("scale").strip())
                    .filter(x -> x != null && !x.isBlank()).toList());
            out.add(new Quantity(new Span(sentence.doc(), start, end, text), value, low, high, approx, Words.stem(unit), head));
        }
        return out;
    }

    private static @Nullable Double value(String s) {
        String n = s.toLowerCase(Locale.ROOT);
        if (WORDS.containsKey(n)) return WORDS.get(n);
        try {
            return Double.parseDouble(n.replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Whether two quantities can both be right (overlapping ranges, or one approximates the other). */
    boolean compatible(Quantity o) {
        double slack = approx || o.approx ? 0.1 : 0;
        return low * (1 - slack) <= o.high && o.low * (1 - slack) <= high;
    }

    boolean sameValue(Quantity o) {
        return low == o.low && high == o.high;
    }
}
