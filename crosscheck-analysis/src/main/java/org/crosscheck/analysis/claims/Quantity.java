package org.crosscheck.analysis.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    private static final Map<String, Double> WORDS = Map.ofEntries(
            Map.entry("one", 1.0), Map.entry("two", 2.0), Map.entry("three", 3.0), Map.entry("four", 4.0),
            Map.entry("five", 5.0), Map.entry("six", 6.0), Map.entry("seven", 7.0), Map.entry("eight", 8.0),
            Map.entry("nine", 9.0), Map.entry("ten", 10.0), Map.entry("eleven", 11.0), Map.entry("twelve", 12.0),
            Map.entry("thirteen", 13.0), Map.entry("fourteen", 14.0), Map.entry("fifteen", 15.0), Map.entry("sixteen", 16.0),
            Map.entry("seventeen", 17.0), Map.entry("eighteen", 18.0), Map.entry("nineteen", 19.0), Map.entry("twenty", 20.0),
            Map.entry("thirty", 30.0), Map.entry("forty", 40.0), Map.entry("fifty", 50.0), Map.entry("sixty", 60.0),
            Map.entry("seventy", 70.0), Map.entry("eighty", 80.0), Map.entry("ninety", 90.0), Map.entry("dozen", 12.0), Map.entry("a dozen", 12.0),
            Map.entry("a hundred", 100.0), Map.entry("a thousand", 1000.0), Map.entry("a million", 1e6),
            Map.entry("a billion", 1e9), Map.entry("hundreds", 100.0), Map.entry("thousands", 1000.0),
            Map.entry("millions", 1e6));
    // thousands separated by commas, so that "2017, a year" is a year and not the number 2017 with a comma
    private static final String NUM = "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
            + "|a dozen|dozen"
            + "|a hundred|a thousand|a million|a billion|hundreds|thousands|millions";
    private static final Pattern PATTERN = Pattern.compile(
            "(?<q>about|around|nearly|almost|some|roughly|approximately|more than|over|at least|up to|fewer than|less than|"
                    + "under|as many as|an estimated|estimated)?\\s*\\b(?<n>" + NUM + ")(?:\\s*(?:or|to|-|–)\\s*(?<n2>" + NUM + "))?"
                    + "(?<scale>\\s+(?:hundred|thousand|million|billion))?(?<join>[- ])(?:other |more |additional |new )?(?<unit>\\p{L}+)"
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
            double scale = switch (m.group("scale") == null ? "" : m.group("scale").strip().toLowerCase(Locale.ROOT)) {
                case "hundred" -> 100;
                case "thousand" -> 1000;
                case "million" -> 1e6;
                case "billion" -> 1e9;
                default -> 1;
            };
            String unit = m.group("unit").toLowerCase(Locale.ROOT);
            if (Words.STOP.contains(unit) || unit.matches("\\d+")) continue;
            if (m.group("n").matches("\\d{4}") && m.group("n2") == null && m.group("q") == null) continue; // a year
            String q = m.group("q") == null ? "" : m.group("q").toLowerCase(Locale.ROOT);
            boolean approx = !q.isEmpty() || m.group("n2") != null || m.group("n").toLowerCase(Locale.ROOT).endsWith("s");
            double low = Math.min(a, b) * scale;
            double high = Math.max(a, b) * scale;
            if (q.equals("more than") || q.equals("over") || q.equals("at least")) high = Double.POSITIVE_INFINITY;
            if (q.equals("fewer than") || q.equals("less than") || q.equals("under") || q.equals("up to")) low = 0;
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
