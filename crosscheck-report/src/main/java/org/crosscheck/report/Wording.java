package org.crosscheck.report;

import java.util.Locale;
import org.crosscheck.model.DiscrepancyType;
import org.crosscheck.model.DocumentReport;
import org.crosscheck.model.Modality;
import org.crosscheck.model.QuoteKind;

/**
 * The words every view uses for the report's facts, so the web view, report.html and report.md
 * name a source, a modality or a count the same way: a source by its outlet, else the wire it
 * carries, else its headline, else its short id; "says it may" for a hedge; "1 document", "2
 * documents". Stateless.
 */
public final class Wording {
    /** Matrix headers and other tight places cut a name to this many characters. */
    static final int SHORT = 18;

    private Wording() {}

    /** How a reader knows a source: its outlet, else the wire origin it carries, else its headline, else its id. */
    public static String sourceName(DocumentReport d) {
        if (present(d.outlet())) return d.outlet().strip();
        if (present(d.origin())) return d.origin().strip();
        if (present(d.title())) return d.title().strip();
        return d.source().id();
    }

    /** {@link #sourceName} cut to fit a column header. */
    public static String shortSourceName(DocumentReport d) {
        String s = sourceName(d);
        return s.length() > SHORT ? s.substring(0, SHORT - 1).stripTrailing() + "…" : s;
    }

    /**
     * What a source does with a claim, as a verb a reader knows: "asserts", "says it may", "reports a
     * denial". A denial is nearly always someone's the source reports ("the ministry denied it"), so the
     * source is not said to deny.
     */
    public static String says(Modality m) {
        return switch (m) {
            case ASSERTED -> "asserts";
            case HEDGED -> "says it may";
            case DENIED -> "reports a denial";
        };
    }

    /** How many sources carry a claim one way: "1 asserts", "3 assert", "2 say it may", "1 reports a denial". */
    public static String sources(Modality m, long n) {
        String verb = switch (m) {
            case ASSERTED -> n == 1 ? "asserts" : "assert";
            case HEDGED -> n == 1 ? "says it may" : "say it may";
            case DENIED -> n == 1 ? "reports a denial" : "report a denial";
        };
        return n + " " + verb;
    }

    /** A date as a reader writes it: "11 March 2025". */
    public static String date(java.time.LocalDate d) {
        return d.format(DATE);
    }

    /** The day an instant falls on in UTC, as {@link #date(java.time.LocalDate)}. */
    public static String date(java.time.Instant i) {
        return date(i.atZone(java.time.ZoneOffset.UTC).toLocalDate());
    }

    private static final java.time.format.DateTimeFormatter DATE = java.time.format.DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    /** A timeline's date as a reader writes it: "2025-03-11" is "11 March 2025", "2025-03" "March 2025"; anything else as it is. */
    public static String when(String iso) {
        try {
            if (iso.matches("\\d{4}-\\d{2}-\\d{2}")) return date(java.time.LocalDate.parse(iso));
            if (iso.matches("\\d{4}-\\d{2}")) {
                return java.time.YearMonth.parse(iso).format(java.time.format.DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH));
            }
        } catch (java.time.format.DateTimeParseException e) {
            // not a calendar date after all ("2025-13"): shown as the sources' words gave it
        }
        return iso;
    }

    /** How words are attributed, in plain words. */
    public static String kind(QuoteKind k) {
        return switch (k) {
            case DIRECT -> "quoted in full";
            case PARTIAL -> "quoted in part";
            case INDIRECT -> "reported speech";
            case TERM -> "a term in quotation marks";
        };
    }

    /** What sources disagree on, as a heading word. */
    public static String disagreement(DiscrepancyType t) {
        return switch (t) {
            case NUMBER -> "Figures differ";
            case DATE -> "Dates differ";
            case ATTRIBUTION -> "Who said it differs";
            case GENDER -> "Gender differs";
            case NAME -> "Names differ";
            case MODALITY -> "How firmly it is said differs";
            case OTHER -> "Accounts differ";
        };
    }

    /** A count with its noun made to agree: "1 document", "2 documents", "0 claims". */
    public static String count(long n, String singular, String plural) {
        return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? singular : plural);
    }

    /** {@link #count(long, String, String)} for nouns that take an s. */
    public static String count(long n, String singular) {
        return count(n, singular, singular + "s");
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
