package org.crosscheck.analysis.clean;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.analysis.pipeline.DocumentAnalysis;
import org.crosscheck.analysis.pipeline.DocumentStage;
import org.crosscheck.analysis.pipeline.Key;
import org.crosscheck.model.CleanedDocument;
import org.crosscheck.model.Removed;
import org.crosscheck.model.SourceDocument;
import org.jspecify.annotations.Nullable;

/**
 * Who published a document and when: what its format declared, else what its page furniture
 * shows ("Subscribe to ... by X", "X SUBSCRIPTION OFFERS", "© 2024 X", "Published: March 3, 2024").
 * Stateless and thread-safe.
 */
public final class DocumentFacts implements DocumentStage {
    public static final Key<Facts> FACTS = Key.named("facts");

    /**
     * @param outlet    the publisher, or null
     * @param published the publication date, or null
     * @param wire      the agency a dateline credits ("PARIS, May 2 (Agence X) -"), or null
     * @param author    who wrote it, from the format's metadata or a byline, or null
     */
    public record Facts(@Nullable String outlet, @Nullable LocalDate published, @Nullable String wire, @Nullable String author) {}

    private static final Pattern BYLINE = Pattern.compile("^\\W*[Bb]y\\s+(\\p{Lu}[\\p{L}.'-]+(?:\\s+\\p{Lu}[\\p{L}.'-]+){0,3}"
            + "(?:\\s*(?:,|and)\\s*\\p{Lu}[\\p{L}.'-]+(?:\\s+\\p{Lu}[\\p{L}.'-]+){0,3})?)\\W*$");

    /** A wire dateline: "CITY, Month D (Agency) -" or "CITY (Agency) -" at the start of a paragraph. */
    private static final Pattern DATELINE = Pattern.compile(
            "^\\p{Lu}[\\p{Lu} .'-]{1,40}(?:, (\\p{L}{3,9}\\.? \\d{1,2}))? \\(([\\p{L}][\\p{L}&.' -]{1,40})\\) ?[-–—]");

    private static final Pattern OUTLET = Pattern.compile(
            "(?i:subscribe to|newsletter from|updates (?:by|from))\\b.*?\\b(?:by|from) ((?:The )?\\p{Lu}[\\p{L}&.'-]*(?: \\p{Lu}[\\p{L}&.'-]*){0,3})"
                    + "|(?i:subscribe to) (?:the |our )?(\\p{Lu}[\\p{L}&.'-]*(?: \\p{Lu}[\\p{L}&.'-]*){0,3}) (?i:newsletter|daily|updates)"
                    + "|^\\W*(\\p{Lu}[\\p{Lu}&.' -]{2,30}?) (?:SUBSCRIPTION|NEWSLETTER)"
                    + "|(?:©|(?i:copyright))\\s*(?:\\d{4}\\s*)?((?:The )?\\p{Lu}[\\p{L}&.'-]*(?: \\p{Lu}[\\p{L}&.'-]*){0,3})");
    private static final Pattern PUBLISHED = Pattern.compile(
            "(?i:published|posted|updated|first published)\\s*(?:on)?\\s*:?\\s*((?:\\w+ \\d{1,2}, \\d{4})|(?:\\d{1,2} \\w+ \\d{4})|(?:\\d{4}-\\d{2}-\\d{2}))");
    private static final Set<String> NOT_OUTLETS = Set.of("the", "email", "full name", "our");

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
        SourceDocument src = doc.source();
        CleanedDocument cleaned = doc.get(BoilerplateFilter.CLEANED);
        String outlet = src.meta().outlet();
        LocalDate published = src.meta().published();
        for (Removed r : cleaned.removed()) {
            if (outlet == null) outlet = outlet(r.span().text());
            if (published == null) published = published(r.span().text());
        }
        String wire = null;
        for (var p : cleaned.paragraphs().subList(0, Math.min(3, cleaned.paragraphs().size()))) {
            if (published == null) published = published(p.text());
            Matcher m = DATELINE.matcher(p.text());
            if (m.find()) {
                wire = m.group(2).strip();
                break;
            }
        }
        String author = src.meta().author();
        for (Removed r : cleaned.removed()) {
            if (author != null) break;
            Matcher m = BYLINE.matcher(r.span().text());
            if (r.kind() == org.crosscheck.model.JunkKind.BYLINE && m.find()) author = m.group(1);
        }
        return doc.with(FACTS, new Facts(outlet != null ? outlet : wire, published, wire, author));
    }

    static @Nullable String outlet(String line) {
        Matcher m = OUTLET.matcher(line.replace("*", "").replace("#", "").strip());
        if (!m.find()) return null;
        String name = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
        name = name.strip();
        if (NOT_OUTLETS.contains(name.toLowerCase(Locale.ROOT))) return null;
        if (name.equals(name.toUpperCase(Locale.ROOT))) name = titleCase(name);
        return name;
    }

    private static String titleCase(String s) {
        StringBuilder sb = new StringBuilder();
        for (String w : s.toLowerCase(Locale.ROOT).split(" ")) {
            if (w.isEmpty()) continue;
            if (sb.length() > 0) sb.append(' ');
            sb.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        return sb.toString();
    }

    static @Nullable LocalDate published(String line) {
        Matcher m = PUBLISHED.matcher(line);
        if (!m.find()) return null;
        for (String f : new String[] {"MMMM d, yyyy", "MMM d, yyyy", "d MMMM yyyy", "d MMM yyyy", "yyyy-MM-dd"}) {
            try {
                return LocalDate.parse(m.group(1), DateTimeFormatter.ofPattern(f, Locale.ENGLISH));
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        return null;
    }
}
