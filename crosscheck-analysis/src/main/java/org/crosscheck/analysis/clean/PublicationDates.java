package org.crosscheck.analysis.clean;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.crosscheck.model.Span;
import org.jspecify.annotations.Nullable;

/**
 * Full dates in a line ("Tue May 1, 2018", "31 August 2022", "2022-08-31"), and a publication date
 * inferred from a text's own dates: the latest full date the text gives, when the text also names
 * that date's weekday ("on Wednesday" beside "31 August 2022", a Wednesday), for coverage speaks of
 * the day it reports by its weekday, and when no later year is mentioned. Month and weekday names come from the JDK's English locale data.
 */
final class PublicationDates {
    private static final String MONTH = Stream.of(Month.values())
            .flatMap(m -> Stream.of(m.getDisplayName(TextStyle.FULL, Locale.ENGLISH), m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH)))
            .distinct().sorted((a, b) -> b.length() - a.length()).collect(Collectors.joining("|")) + "|Sept";
    private static final String WEEKDAY = Stream.of(DayOfWeek.values()).map(d -> d.getDisplayName(TextStyle.FULL, Locale.ENGLISH))
            .collect(Collectors.joining("|"));
    private static final Pattern FULL_DATE = Pattern.compile(
            "\\b(?:(?<m1>" + MONTH + ")\\.?\\s+(?<d1>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<y1>(?:19|20)\\d\\d)"
                    + "|(?<d2>\\d{1,2})(?:st|nd|rd|th)?\\s+(?<m2>" + MONTH + ")\\.?,?\\s+(?<y2>(?:19|20)\\d\\d)"
                    + "|(?<y3>(?:19|20)\\d\\d)-(?<m3>\\d\\d)-(?<d3>\\d\\d))\\b");
    private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d\\d\\b");
    private static final Pattern WEEKDAY_NAME = Pattern.compile("\\b(" + WEEKDAY + ")\\b");

    private PublicationDates() {}

    /** The first full date in {@code line}, or null. */
    static @Nullable LocalDate firstFullDate(String line) {
        Matcher m = FULL_DATE.matcher(line);
        while (m.find()) {
            LocalDate d = date(m);
            if (d != null) return d;
        }
        return null;
    }

    private static final Pattern MONTH_DAY = Pattern.compile("\\b(?<m>" + MONTH + ")\\.?\\s+(?<d>\\d{1,2})\\b(?!,?\\s*\\d{4})");

    /** The month and day a dateline gives without a year ("HEMPSTEAD, N.Y., Sept. 26 (Agency) —"), or null. */
    static java.time.@Nullable MonthDay monthDay(String dateline) {
        Matcher m = MONTH_DAY.matcher(dateline);
        if (!m.find()) return null;
        try {
            return java.time.MonthDay.of(month(m.group("m")), Integer.parseInt(m.group("d")));
        } catch (DateTimeException | IllegalArgumentException e) {
            return null; // "Feb. 31": not a day
        }
    }

    /** Whether a short line holds a full date and little else. */
    static boolean onlyADate(String line) {
        Matcher m = FULL_DATE.matcher(line);
        if (!m.find()) return false;
        String rest = (line.substring(0, m.start()) + " " + line.substring(m.end())).strip();
        return org.crosscheck.analysis.text.Words.count(rest) <= 5;
    }

    /** The publication date the paragraphs' own dates and weekdays point to, or null when they do not agree on one. */
    static @Nullable LocalDate inferred(List<Span> paragraphs) {
        LocalDate latest = null;
        int latestYear = 0;
        Set<DayOfWeek> weekdays = new HashSet<>();
        for (Span p : paragraphs) {
            Matcher y = YEAR.matcher(p.text());
            while (y.find()) latestYear = Math.max(latestYear, Integer.parseInt(y.group()));
            Matcher m = FULL_DATE.matcher(p.text());
            while (m.find()) {
                LocalDate d = date(m);
                if (d != null && (latest == null || d.isAfter(latest))) latest = d;
            }
            Matcher w = WEEKDAY_NAME.matcher(p.text());
            while (w.find()) weekdays.add(DayOfWeek.valueOf(w.group(1).toUpperCase(Locale.ROOT)));
        }
        // a year later than the date ("the 2020 election") means the date is background, not the day of writing
        return latest != null && latest.getYear() >= latestYear && weekdays.contains(latest.getDayOfWeek()) ? latest : null;
    }

    private static @Nullable LocalDate date(Matcher m) {
        try {
            if (m.group("y1") != null) return LocalDate.of(Integer.parseInt(m.group("y1")), month(m.group("m1")), Integer.parseInt(m.group("d1")));
            if (m.group("y2") != null) return LocalDate.of(Integer.parseInt(m.group("y2")), month(m.group("m2")), Integer.parseInt(m.group("d2")));
            return LocalDate.of(Integer.parseInt(m.group("y3")), Integer.parseInt(m.group("m3")), Integer.parseInt(m.group("d3")));
        } catch (DateTimeException | IllegalArgumentException e) {
            return null; // "31 February": not a date
        }
    }

    private static Month month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (Month m : Month.values()) {
            if (m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT).startsWith(n.substring(0, 3))) return m;
        }
        throw new IllegalArgumentException(name);
    }
}
