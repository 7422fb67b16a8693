package org.crosscheck.analysis.clean;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.analysis.pipeline.DocumentAnalysis;
import org.crosscheck.analysis.pipeline.DocumentStage;
import org.crosscheck.analysis.pipeline.Key;
import org.crosscheck.model.CleanedDocument;
import org.crosscheck.model.JunkKind;
import org.crosscheck.model.Removed;
import org.crosscheck.model.SourceDocument;
import org.crosscheck.model.Span;
import org.jspecify.annotations.Nullable;

/**
 * Who published a document, who first wrote it, and when: what a user set by hand, else what the
 * format declared, else what the text and its page furniture show (a masthead, "© 2024 X", a
 * newsletter line, the page's address; a wire dateline "PARIS (Agency) -", a "— Agency" credit or an
 * "originally published by X" line for the origin; a "Published"/"Updated" line or a dated dateline
 * for the date), else a date inferred from the text's own dates. A wire credit makes the agency the
 * origin, never the outlet. Stateless and thread-safe.
 */
public final class DocumentFacts implements DocumentStage {
    public static final Key<Facts> FACTS = Key.named("facts");

    /** How a publication date was found. */
    public static final String STATED = "stated";
    public static final String INFERRED = "inferred";
    public static final String SET = "set";

    /**
     * @param outlet         the publisher, or null
     * @param published      the publication date, or null
     * @param wire           the agency or outlet the text credits as the story's origin, or null
     * @param author         who wrote it, from the format's metadata or a byline, or null
     * @param publishedBasis {@link #STATED}, {@link #INFERRED} or {@link #SET}; null when the date is unknown
     * @param standfirst     the line under the headline, or null
     * @param dateline       the dateline the story opens with, or null
     * @param url            where the page was read from, or null
     * @param datelineDay    the day a dateline gives without its year ("PARIS, May 2 (Agency) -"), for the corpus to date
     */
    public record Facts(@Nullable String outlet, @Nullable LocalDate published, @Nullable String wire, @Nullable String author,
            @Nullable String publishedBasis, @Nullable String standfirst, @Nullable String dateline, @Nullable String url,
            java.time.@Nullable MonthDay datelineDay) {
        public Facts(@Nullable String outlet, @Nullable LocalDate published, @Nullable String wire, @Nullable String author) {
            this(outlet, published, wire, author, published == null ? null : STATED, null, null, null, null);
        }

        /** The same facts with a date the corpus gave them. */
        public Facts dated(LocalDate date, String basis) {
            return new Facts(outlet, date, wire, author, basis, standfirst, dateline, url, datelineDay);
        }
    }

    private static final Pattern BYLINE = Pattern.compile("^\\W*[Bb]y\\s+(\\p{Lu}[\\p{L}.'-]+(?:\\s+\\p{Lu}[\\p{L}.'-]+){0,3}"
            + "(?:\\s*(?:,|and)\\s*\\p{Lu}[\\p{L}.'-]+(?:\\s+\\p{Lu}[\\p{L}.'-]+){0,3})?)\\W*$");

    /** A wire dateline: "CITY, Month D (Agency) -", "CITY, State (Agency) —" or "(Agency) -" at the start of a paragraph. */
    private static final Pattern WIRE_DATELINE = Pattern.compile(
            "^(?:\\p{Lu}[\\p{Lu} .'’-]{1,40}(?:,\\s*[\\p{L}.' ]{2,25}\\d{0,2}){0,2}\\s*)?\\(([\\p{Lu}][\\p{L}&.' -]{1,40})\\)\\s*[-–—―]{1,2}");
    /** A dateline whose place is not in capitals ("Cleveland (AFP) –"): only a known agency makes it one. */
    private static final Pattern KNOWN_WIRE_DATELINE = Pattern.compile("^\\p{Lu}[\\p{L} .'’-]{1,40}(?:,\\s*[\\p{L}.' ]{2,25}\\d{0,2}){0,2}\\s*\\(("
            + CleaningLexicon.alternation(CleaningLexicon.WIRE_AGENCIES.keySet()) + ")\\)\\s*[-–—―]{1,2}");
    /** A credit line naming the agency after a dash: "— Agence France-Presse", "-AFP". */
    private static final Pattern DASH_CREDIT = Pattern.compile("(?:^|\\s)[-–—―]{1,2}\\s*(" + CleaningLexicon.alternation(
            CleaningLexicon.WIRE_AGENCIES.keySet()) + ")\\.?\\s*$");
    /** "This story was originally published by X", "Originally appeared in X": the credit opens the line (within its first words). */
    private static final Pattern ORIGIN_CREDIT = Pattern.compile("^\\W*(?:\\S+\\s+){0,3}?(?i:" + CleaningLexicon.alternation(CleaningLexicon.ORIGIN_CREDITS)
            + ")\\b(?:\\s+\\p{Ll}+){0,3}?\\s+(?i:" + CleaningLexicon.regex("origin-credit-prepositions.txt") + ")\\s+((?:(?i:the) )?\\p{Lu}[\\p{L}&.'’-]*(?:\\s+(?:of\\s+)?\\p{Lu}[\\p{L}&.'’-]*){0,4})");

    private static final Pattern OUTLET = Pattern.compile(
            CleaningLexicon.regex("outlet-patterns.txt"));
    /** A line that states when the copy was published or updated. */
    private static final Pattern STATED_DATE = Pattern.compile("^\\W*(?i:" + CleaningLexicon.regex("stated-date-labels.txt") + ")\\b");
    private static final Set<String> NOT_OUTLETS = CleaningLexicon.words("not-outlets.txt");

    @Override
    public String name() {
        return "facts";
    }

    @Override
    public Set<Key<?>> requires() {
        return Set.of(BoilerplateFilter.CLEANED);
    }

    @Override
    public Set<Key<?>> provides() {
        return Set.of(FACTS);
    }

    @Override
    public DocumentAnalysis apply(DocumentAnalysis doc) {
        return doc.with(FACTS, facts(doc.source(), doc.get(BoilerplateFilter.CLEANED)));
    }

    static Facts facts(SourceDocument src, CleanedDocument cleaned) {
        List<Span> opening = cleaned.paragraphs().subList(0, Math.min(3, cleaned.paragraphs().size()));
        String dateline = null;
        String wire = null;
        if (!cleaned.paragraphs().isEmpty()) {
            Matcher d = BoilerplateFilter.DATELINE_START.matcher(cleaned.paragraphs().get(0).text());
            if (d.find()) dateline = d.group().strip();
        }
        for (Span p : opening) {
            Matcher m = WIRE_DATELINE.matcher(p.text());
            if (!m.find()) m = KNOWN_WIRE_DATELINE.matcher(p.text());
            else m = WIRE_DATELINE.matcher(p.text());
            if (m.find() && !m.group(1).matches("\\d.*")) {
                wire = agency(m.group(1).strip());
                if (dateline == null) dateline = m.group().strip();
                break;
            }
        }
        if (wire == null) wire = creditedOrigin(src, cleaned);

        String url = src.override("url") != null ? src.override("url") : src.meta().url();
        String outlet = src.override("outlet");
        if (outlet == null) outlet = src.meta().outlet();
        if (outlet == null) outlet = masthead(src, cleaned);
        for (Removed r : cleaned.removed()) {
            if (outlet != null) break;
            outlet = outlet(r.span().text());
        }
        if (outlet == null) outlet = host(url);
        if (outlet != null && wire != null && sameName(outlet, wire)) wire = null; // the agency's own copy: it is the outlet

        LocalDate published = null;
        String basis = null;
        if (src.override("published") != null) {
            published = LocalDate.parse(src.override("published"));
            basis = SET;
        } else if (src.meta().published() != null) {
            published = src.meta().published();
            basis = STATED;
        } else {
            published = statedDate(cleaned, opening);
            if (published != null) {
                basis = STATED;
            } else {
                published = PublicationDates.inferred(cleaned.paragraphs());
                if (published != null) basis = INFERRED;
            }
        }

        String author = src.meta().author();
        for (Removed r : cleaned.removed()) {
            if (author != null) break;
            Matcher m = BYLINE.matcher(r.span().text());
            if (r.kind() == JunkKind.BYLINE && m.find()) author = m.group(1);
        }
        java.time.MonthDay day = published == null && dateline != null ? PublicationDates.monthDay(dateline) : null;
        return new Facts(outlet, published, wire, author, basis, standfirst(src, cleaned), dateline, url, day);
    }

    /** The lines between the headline and the first paragraph that are neither prose nor junk: the standfirst. */
    private static @Nullable String standfirst(SourceDocument src, CleanedDocument cleaned) {
        if (cleaned.title() == null || cleaned.paragraphs().isEmpty()) return null;
        int from = cleaned.title().end();
        int to = cleaned.paragraphs().get(0).start();
        if (to <= from) return null;
        StringBuilder sb = new StringBuilder();
        for (String line : src.text().substring(from, to).split("\n")) {
            String s = line.strip();
            if (s.isEmpty()) continue;
            boolean junk = false;
            for (Removed r : cleaned.removed()) if (r.span().text().strip().equals(s)) junk = true;
            if (!junk) sb.append(sb.length() > 0 ? " " : "").append(LineRules.strip(s));
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    /** The masthead above the headline, which the cleaning removed. */
    private static @Nullable String masthead(SourceDocument src, CleanedDocument cleaned) {
        int limit = cleaned.title() != null ? cleaned.title().start()
                : cleaned.paragraphs().isEmpty() ? src.text().length() : cleaned.paragraphs().get(0).start();
        for (Removed r : cleaned.removed()) {
            if (r.span().start() >= limit) break;
            String name = Mastheads.outletName(LineRules.strip(r.span().text()));
            if (name != null && !Mastheads.sectionLabel(name)) return name;
        }
        return null;
    }

    /** An agency credited after a dash, or an outlet credited as where the story was first published. */
    private static @Nullable String creditedOrigin(SourceDocument src, CleanedDocument cleaned) {
        // a credit stands at either end of the story or among the removed lines, never inside its prose
        List<Span> paragraphs = cleaned.paragraphs();
        List<Span> all = new ArrayList<>(paragraphs.subList(0, Math.min(2, paragraphs.size())));
        if (paragraphs.size() > 2) all.addAll(paragraphs.subList(Math.max(2, paragraphs.size() - 2), paragraphs.size()));
        for (Removed r : cleaned.removed()) all.add(r.span());
        for (Span s : all) {
            String t = s.text().strip();
            if (org.crosscheck.analysis.text.Words.count(t) > 25) continue;
            Matcher m = DASH_CREDIT.matcher(t);
            if (m.find()) return agency(m.group(1));
            Matcher o = ORIGIN_CREDIT.matcher(t);
            if (o.find()) return agency(o.group(1).strip().replaceAll("[.,;:]+$", ""));
        }
        return null;
    }

    /** An agency by the name reports give it ("AP" is the Associated Press). */
    private static String agency(String name) {
        String n = CleaningLexicon.WIRE_AGENCIES.get(name);
        return n != null ? n : name;
    }

    private static boolean sameName(String a, String b) {
        return norm(a).equals(norm(b)) || norm(a).contains(norm(b)) || norm(b).contains(norm(a));
    }

    private static String norm(String s) {
        return s.toLowerCase(Locale.ROOT).replaceFirst("^the ", "").replaceAll("[^\\p{L}\\p{N}]+", "");
    }

    /** The page's host without "www.", as the outlet when nothing names it. */
    static @Nullable String host(@Nullable String url) {
        if (url == null || url.isBlank()) return null;
        try {
            String h = URI.create(url.strip()).getHost();
            if (h == null || h.isBlank()) return null;
            return h.toLowerCase(Locale.ROOT).replaceFirst("^www\\d?\\.", "");
        } catch (IllegalArgumentException e) {
            return null; // not an address: no outlet from it
        }
    }

    /** A date the page states: a "Published"/"Updated" line or a dated byline among the removed pieces or above the story. */
    private static @Nullable LocalDate statedDate(CleanedDocument cleaned, List<Span> opening) {
        for (Removed r : cleaned.removed()) {
            String t = r.span().text();
            if (org.crosscheck.analysis.text.Words.count(t) > 25) continue;
            if (STATED_DATE.matcher(t).find() || r.kind() == JunkKind.BYLINE || PublicationDates.onlyADate(t)) {
                LocalDate d = PublicationDates.firstFullDate(t);
                if (d != null) return d;
            }
        }
        for (Span p : opening) {
            Matcher m = WIRE_DATELINE.matcher(p.text());
            Matcher d = BoilerplateFilter.DATELINE_START.matcher(p.text());
            String head = m.find() ? m.group() : d.find() ? d.group() : null;
            if (head != null) {
                LocalDate date = PublicationDates.firstFullDate(head);
                if (date != null) return date;
            }
        }
        return null;
    }

    static @Nullable String outlet(String line) {
        Matcher m = OUTLET.matcher(line.replace("*", "").replace("#", "").strip());
        if (!m.find()) return null;
        String name = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
        name = name.strip();
        if (NOT_OUTLETS.contains(name.toLowerCase(Locale.ROOT))) return null;
        if (name.equals(name.toUpperCase(Locale.ROOT))) name = Mastheads.titleCase(name);
        return name;
    }


    /** A publication date stated on one line ("Published: March 3, 2024"), or null. */
    static @Nullable LocalDate published(String line) {
        return STATED_DATE.matcher(line).find() ? PublicationDates.firstFullDate(line) : null;
    }
}
