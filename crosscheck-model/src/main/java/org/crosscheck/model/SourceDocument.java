package org.crosscheck.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One ingested source: the preserved original's identity and the full text extracted from it.
 * Every span of every finding points into {@link #text()}.
 *
 * @param id        stable id: the file name without its extension (made unique within a workspace)
 * @param path      where the original was read from, as the user gave it
 * @param sha256    hex SHA-256 of the original bytes; the original is stored under this name
 * @param mediaType detected media type of the original
 * @param captured  when crosscheck first read the original
 * @param text      the full extracted text, before any cleaning
 * @param meta      what the format itself declared (HTML meta tags, PDF properties, mail headers)
 * @param flags     what reading the original found that a reader should know (only flags {@link DocumentFlag#fromReading})
 * @param fullLength how many characters the extracted text had before it was cut to the length analysed; the length of
 *                  {@code text} unless the document is {@link DocumentFlag#TRUNCATED} (and then too when the reader
 *                  stopped without knowing the rest)
 * @param overrides facts a user set by hand, by field name ({@link FactOverride#FIELDS}); they win over the text
 */
public record SourceDocument(
        String id, String path, String sha256, String mediaType, Instant captured, String text, SourceMetadata meta,
        Set<DocumentFlag> flags, long fullLength, java.util.Map<String, FactOverride> overrides) {
    public SourceDocument(String id, String path, String sha256, String mediaType, Instant captured, String text, SourceMetadata meta,
            Set<DocumentFlag> flags, long fullLength) {
        this(id, path, sha256, mediaType, captured, text, meta, flags, fullLength, java.util.Map.of());
    }

    public SourceDocument {
        overrides = java.util.Map.copyOf(overrides);
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(captured, "captured");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(meta, "meta");
        flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
        if (fullLength < text.length()) fullLength = text.length();
    }

    /** A source read whole, with nothing to flag. */
    public SourceDocument(String id, String path, String sha256, String mediaType, Instant captured, String text, SourceMetadata meta) {
        this(id, path, sha256, mediaType, captured, text, meta, Set.of(), text.length());
    }

    /** Whether only the first part of the text is analysed. */
    public boolean truncated() {
        return flags.contains(DocumentFlag.TRUNCATED);
    }

    /** What a reader must know about how much of the text was analysed, or null when all of it was. */
    public @Nullable String truncationNote() {
        if (!truncated()) return null;
        return fullLength > text.length()
                ? String.format(java.util.Locale.ROOT, "analysed the first %,d of %,d characters", text.length(), fullLength)
                : String.format(java.util.Locale.ROOT, "analysed the first %,d characters (the rest was not read)", text.length());
    }

    /** The same source with these overrides instead of its own. */
    public SourceDocument withOverrides(java.util.Map<String, FactOverride> set) {
        return new SourceDocument(id, path, sha256, mediaType, captured, text, meta, flags, fullLength, set);
    }

    /** The value a user set for {@code field}, or null. */
    public @Nullable String override(String field) {
        FactOverride o = overrides.get(field);
        return o == null ? null : o.value();
    }

    /** The span {@code [start, end)} of this document's text. */
    public Span span(int start, int end) {
        return Span.of(id, text, start, end);
    }

    /**
     * Metadata declared by the original's format, each null when the format did not say.
     *
     * @param title     declared title (HTML {@code og:title}/{@code <title>}, PDF title, mail subject)
     * @param outlet    declared site or publisher name
     * @param author    declared author
     * @param published declared publication date
     * @param url       where the page was read from (a WARC record's target, a saved page's canonical address), or null
     */
    public record SourceMetadata(@Nullable String title, @Nullable String outlet, @Nullable String author,
            @Nullable LocalDate published, @Nullable String url) {
        public static final SourceMetadata NONE = new SourceMetadata(null, null, null, null, null);

        public SourceMetadata(@Nullable String title, @Nullable String outlet, @Nullable String author, @Nullable LocalDate published) {
            this(title, outlet, author, published, null);
        }
    }
}
