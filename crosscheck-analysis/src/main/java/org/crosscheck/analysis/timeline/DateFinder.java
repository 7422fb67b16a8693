package org.crosscheck.analysis.timeline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.analysis.pipeline.DocumentAnalysis;
import org.crosscheck.analysis.pipeline.Key;
import org.crosscheck.analysis.sentences.SentenceStage;
import org.crosscheck.model.SourceDocument;
import org.crosscheck.model.UnplacedDate;
import org.crosscheck.nlp.Sentence;
import org.jspecify.annotations.Nullable;

/**
 * Finds time expressions in the article's sentences and resolves them: absolute dates ("31 August
 * 2022", "August 31, 2022", "September 2018", "in 2019", "between 2017 and 2019"), and, against the
 * document's publication date or the run's reference date, relative ones ("on Wednesday",
 * "in May", "last September", "last week", "this week", "last month", "yesterday"). A relative
 * expression with no date to resolve it against is left out rather than guessed.
 * Stateless and thread-safe.
 */
public final class DateFinder {
    public static final Key<List<DateMention>> DATES = Key.named("dates");

    private static final String MONTHS = TimelineLexicon.regex("months.txt");
    private static final String DAYS = TimelineLexicon.regex("weekdays.txt");
    private static final Pattern PATTERN = Pattern.compile(
            "(?<range>(?:(?i:" + TimelineLexicon.regex("range-openers.txt") + ") )?(?<ra>" + MONTHS + ") (?<rd1>\\d{1,2})(?:st|nd|rd|th)?\\s*(?:-|–|—|(?i:" + TimelineLexicon.regex("range-joiners.txt") + "))\\s*"
                    + "(?:(?<rb>" + MONTHS + ") )?(?<rd2>\\d{1,2})(?:st|nd|rd|th)?\\b(?:,? (?<ry>(?:19|20)\\d\\d))?)"
                    + "|(?<between>between (?<y1>(?:19|20)\\d\\d) and (?<y2>(?:19|20)\\d\\d))"
                    + "|(?<mdy>(?:(?i:on) )?(?<m1>" + MONTHS + ") (?<d1>\\d{1,2})(?:st|nd|rd|th)?,? (?<y3>(?:19|20)\\d\\d))"
                    + "|(?<dmy>(?<d2>\\d{1,2}) (?<m2>" + MONTHS + ") (?<y4>(?:19|20)\\d\\d))"
                    + "|(?<my>(?:(?i:" + TimelineLexicon.regex("month-year-prepositions.txt") + ") )?(?<m3>" + MONTHS + ") (?<y5>(?:19|20)\\d\\d))"
                    + "|(?<md>(?:(?i:on) )?(?<m6>" + MONTHS + ") (?<d3>\\d{1,2})(?:st|nd|rd|th)?\\b)"
                    + "|(?<rm>(?<rel>(?i:" + TimelineLexicon.regex("month-qualifiers.txt") + ")) (?<m4>" + MONTHS + ")\\b(?!\\.? \\d))"
                    + "|(?<year>(?i:" + TimelineLexicon.regex("year-prepositions.txt") + ") (?<y6>(?:19|20)\\d\\d)\\b)"
                    + "|(?<day>(?:(?<dq>(?i:" + TimelineLexicon.regex("weekday-qualifiers.txt") + ")) )?(?<dn>" + DAYS + ")(?:'s|’s)?\\b)"
                    + "|(?<span>(?<sq>(?i:" + TimelineLexicon.regex("span-qualifiers.txt") + ")) (?<unit>" + TimelineLexicon.regex("span-units.txt") + ")\\b)"
                    + "|(?<deictic>\\b(?i:" + TimelineLexicon.regex("deictic-days.txt") + ")\\b)");
    private static final Set<String> PAST_FORWARD = Set.of("next");
    private static final Pattern DATELINE_AFTER = Pattern.compile("\\s*\\([^)]{2,40}\\)\\s*[-–—]");
    private static final java.util.Set<String> FORWARD = TimelineLexicon.words("forward-words.txt");
    private static final java.util.Set<String> BACKWARD = TimelineLexicon.words("backward-words.txt");
    private static final Pattern WORD = Pattern.compile("[\\p{L}'’]+");
    /** How many words before a time expression, or after it up to its verb, say which way it points. */
    private static final int TENSE_WINDOW = 4;

    private DateFinder() {}

    /** Dates in one document; {@code reference} resolves relative expressions, or null. */
    static List<DateMention> find(DocumentAnalysis doc, @Nullable LocalDate reference) {
        SourceDocument src = doc.source();
        List<DateMention> out = new ArrayList<>();
        eachExpression(doc, (s, m, future) -> {
            String when = resolve(m, reference, future);
            if (when == null) return;
            boolean relative = m.group("range") != null && m.group("ry") == null || m.group("rm") != null || m.group("day") != null || m.group("span") != null
                    || m.group("deictic") != null || m.group("md") != null;
            out.add(new DateMention(src.span(m.start(), m.end()), when, relative, src.span(s.start(), s.end())));
        });
        return out;
    }

    /** What {@link #eachExpression} hands over: the sentence, the match, and whether it points forward. */
    private interface Expression {
        void at(Sentence sentence, Matcher match, boolean future);
    }

    /** Every time expression of the document's sentences, in order, but those of a dateline. */
    private static void eachExpression(DocumentAnalysis doc, Expression f) {
        String text = doc.source().text();
        for (Sentence s : doc.get(SentenceStage.SENTENCES)) {
            Matcher m = PATTERN.matcher(text).region(s.start(), s.end());
            while (m.find()) {
                // "PARIS, May 2 (Agency) -": a dateline dates the copy, not an event
                if (DATELINE_AFTER.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 60)).lookingAt()) continue;
                f.at(s, m, forward(text, s.start(), m.start(), m.end(), s.end()));
            }
        }
    }

    /**
     * Any date at all, to tell an expression that needs a reference date ("on Friday") from one that is
     * no date whatever the reference ("30 February"); a leap year, so "February 29" counts as a date.
     */
    private static final LocalDate ANY_DAY = LocalDate.of(2000, 6, 15);

    /**
     * The relative expressions of a document that has no date to resolve them against ("on Friday",
     * "April 21", "last week"): what {@link #find} leaves out, for a report to say so.
     */
    static List<UnplacedDate> unplaced(DocumentAnalysis doc) {
        SourceDocument src = doc.source();
        List<UnplacedDate> out = new ArrayList<>();
        eachExpression(doc, (s, m, future) -> {
            if (resolve(m, null, future) != null || resolve(m, ANY_DAY, future) == null) return;
            out.add(new UnplacedDate(src.span(m.start(), m.end()), src.span(s.start(), s.end()), UnplacedDate.Reason.NO_REFERENCE_DATE));
        });
        return out;
    }

    /**
     * Whether a time expression points forward from the source's date: a word of what is to come just
     * before it ("will expire Tuesday", "until June 1", "set to vote on Friday"), or as the verb right
     * after it ("On Friday the council will vote"), and no word of the past right before it.
     */
    static boolean forward(String text, int sentenceStart, int start, int end, int sentenceEnd) {
        List<String> own = words(text.substring(start, end));
        if (!own.isEmpty() && FORWARD.contains(own.get(0))) return true; // "until June 1", "through Friday"
        List<String> before = words(text.substring(sentenceStart, start));
        List<String> near = before.subList(Math.max(0, before.size() - TENSE_WINDOW), before.size());
        for (String w : near.subList(Math.max(0, near.size() - 1), near.size())) if (BACKWARD.contains(w)) return false;
        for (String w : near) if (FORWARD.contains(w)) return true;
        if (near.stream().anyMatch(BACKWARD::contains)) return false;
        String after = text.substring(end, sentenceEnd);
        if (after.strip().startsWith(",") || before.isEmpty() || before.size() <= 1) {
            // a time expression that opens the sentence: its verb follows ("On Friday, the council will vote")
            List<String> next = words(after);
            for (String w : next.subList(0, Math.min(TENSE_WINDOW, next.size()))) if (FORWARD.contains(w)) return true;
        }
        return false;
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        Matcher w = WORD.matcher(s.toLowerCase(Locale.ROOT));
        while (w.find()) out.add(w.group());
        return out;
    }

    private static @Nullable String resolve(Matcher m, @Nullable LocalDate ref, boolean future) {
        if (m.group("range") != null) {
            Month a = month(m.group("ra"));
            Month b = m.group("rb") == null ? a : month(m.group("rb"));
            if (a == null || b == null) return null;
            int d1 = Integer.parseInt(m.group("rd1"));
            int d2 = Integer.parseInt(m.group("rd2"));
            if (d1 < 1 || d1 > a.maxLength() || d2 < 1 || d2 > b.maxLength()) return null;
            int year;
            if (m.group("ry") != null) {
                year = Integer.parseInt(m.group("ry"));
            } else if (ref == null) {
                return null;
            } else {
                LocalDate start = dayOf(ref, a, d1, future);
                year = start.getYear();
            }
            try {
                LocalDate from = LocalDate.of(year, a, d1);
                LocalDate to = LocalDate.of(b.getValue() < a.getValue() ? year + 1 : year, b, d2);
                return to.isBefore(from) ? null : from + "/" + to;
            } catch (java.time.DateTimeException e) {
                return null; // 30 February: not a range of days
            }
        }
        if (m.group("between") != null) return m.group("y1") + "/" + m.group("y2");
        if (m.group("mdy") != null) return date(m.group("y3"), m.group("m1"), m.group("d1"));
        if (m.group("dmy") != null) return date(m.group("y4"), m.group("m2"), m.group("d2"));
        if (m.group("my") != null) {
            Month mo = month(m.group("m3"));
            return mo == null ? null : YearMonth.of(Integer.parseInt(m.group("y5")), mo).toString();
        }
        if (m.group("year") != null) return m.group("y6");
        if (ref == null) return null;
        if (m.group("md") != null) {
            Month mo = month(m.group("m6"));
            if (mo == null) return null;
            int day = Integer.parseInt(m.group("d3"));
            if (day < 1 || day > mo.maxLength()) return null;
            return dayOf(ref, mo, day, future).toString();
        }
        if (m.group("rm") != null) {
            Month mo = month(m.group("m4"));
            if (mo == null) return null;
            String rel = m.group("rel").toLowerCase(Locale.ROOT);
            int year = ref.getYear();
            // news speaks of the past: a month after the reference month is last year's, unless "next"
            if (PAST_FORWARD.contains(rel) || future && !rel.equals("last")) {
                if (mo.getValue() <= ref.getMonthValue()) year++;
            } else if (rel.equals("last") ? mo.getValue() >= ref.getMonthValue() : mo.getValue() > ref.getMonthValue()) {
                year--;
            }
            return YearMonth.of(year, mo).toString();
        }
        if (m.group("day") != null) {
            DayOfWeek dow = DayOfWeek.valueOf(m.group("dn").toUpperCase(Locale.ROOT));
            String q = m.group("dq") == null ? "" : m.group("dq").toLowerCase(Locale.ROOT);
            LocalDate d = switch (q) {
                case "next" -> ref.with(TemporalAdjusters.next(dow));
                case "last" -> ref.with(TemporalAdjusters.previous(dow));
                default -> future ? ref.with(TemporalAdjusters.nextOrSame(dow)) : ref.with(TemporalAdjusters.previousOrSame(dow));
            };
            return d.toString();
        }
        if (m.group("span") != null) {
            String q = m.group("sq").toLowerCase(Locale.ROOT);
            int shift = q.equals("last") || q.equals("past") ? -1 : q.equals("next") ? 1 : 0;
            return switch (m.group("unit").toLowerCase(Locale.ROOT)) {
                case "week" -> {
                    LocalDate monday = ref.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(shift);
                    yield monday + "/" + monday.plusDays(6);
                }
                case "month" -> YearMonth.from(ref).plusMonths(shift).toString();
                default -> String.valueOf(ref.getYear() + shift);
            };
        }
        String w = m.group("deictic").toLowerCase(Locale.ROOT);
        return (w.equals("yesterday") ? ref.minusDays(1) : w.equals("tomorrow") ? ref.plusDays(1) : ref).toString();
    }

    /**
     * A day of the month without a year, against the source's date: the coming one when the words point
     * forward, else the last one (a week's grace for a day just ahead that the copy already speaks of).
     */
    private static LocalDate dayOf(LocalDate ref, Month mo, int day, boolean future) {
        LocalDate d = LocalDate.of(ref.getYear(), mo, Math.min(day, YearMonth.of(ref.getYear(), mo).lengthOfMonth()));
        if (future) return d.isBefore(ref) ? LocalDate.of(ref.getYear() + 1, mo, Math.min(day, YearMonth.of(ref.getYear() + 1, mo).lengthOfMonth())) : d;
        return d.isAfter(ref.plusDays(7)) ? LocalDate.of(ref.getYear() - 1, mo, Math.min(day, YearMonth.of(ref.getYear() - 1, mo).lengthOfMonth())) : d;
    }

    private static @Nullable String date(String y, String mo, String d) {
        Month month = month(mo);
        int day = Integer.parseInt(d);
        if (month == null || day < 1 || day > month.maxLength()) return null;
        try {
            return LocalDate.of(Integer.parseInt(y), month, day).toString();
        } catch (java.time.DateTimeException e) {
            return null; // 29 February of a common year: not a date
        }
    }

    private static @Nullable Month month(String name) {
        String n = name.replace(".", "").toLowerCase(Locale.ROOT);
        for (Month mo : Month.values()) {
            String full = mo.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
            if (full.equals(n) || n.length() >= 3 && full.startsWith(n)) return mo;
        }
        return null;
    }
}
