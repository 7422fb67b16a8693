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
 */
public record DocumentReport(
        SourceDocument source, CleanedDocument cleaned, @Nullable String outlet, @Nullable String origin,
        @Nullable LocalDate published, @Nullable String title, @Nullable String author) {}
