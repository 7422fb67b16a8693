package org.crosscheck.model;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the report says of one source.
 *
 * @param outlet    who published it, when known
 * @param origin    the wire or outlet this is a copy of, when detected
 * @param published publication date, when known
 * @param title     the headline, when found
 * @param author    who wrote it, when known
 * @param details   how each fact was found, the standfirst and dateline, and the user's overrides
 */
public record DocumentReport(
        SourceDocument source, CleanedDocument cleaned, @Nullable String outlet, @Nullable String origin,
        @Nullable LocalDate published, @Nullable String title, @Nullable String author, Details details) {
    public DocumentReport(SourceDocument source, CleanedDocument cleaned, @Nullable String outlet, @Nullable String origin,
            @Nullable LocalDate published, @Nullable String title, @Nullable String author) {
        this(source, cleaned, outlet, origin, published, title, author, Details.NONE);
    }

    /**
     * What the report adds about a source's facts beside their values.
     *
     * @param standfirst     the line under the headline that sums the story up, or null
     * @param dateline       the dateline that opens the story ("WASHINGTON (Reuters) -"), or null
     * @param url            where the page was read from, or null
     * @param publishedBasis how the date was found: {@code stated} (the page or text gives it), {@code inferred} (from the
     *                       text's own dates and weekdays), {@code set} (a user set it), or null when unknown
     * @param overrides      for each fact a user set ({@code title}, {@code outlet}, {@code published}, {@code url}), the override
     */
    public record Details(@Nullable String standfirst, @Nullable String dateline, @Nullable String url,
            @Nullable String publishedBasis, java.util.Map<String, FactOverride> overrides) {
        public static final Details NONE = new Details(null, null, null, null, java.util.Map.of());

        public Details {
            overrides = java.util.Map.copyOf(overrides);
        }
    }
}
