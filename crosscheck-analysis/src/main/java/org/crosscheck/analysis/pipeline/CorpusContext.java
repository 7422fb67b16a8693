package org.crosscheck.analysis.pipeline;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What a run knows beyond its documents.
 *
 * @param name          the corpus name shown in reports
 * @param referenceDate the date relative expressions resolve against when a document has none, or null
 */
public record CorpusContext(String name, @Nullable LocalDate referenceDate) {}
