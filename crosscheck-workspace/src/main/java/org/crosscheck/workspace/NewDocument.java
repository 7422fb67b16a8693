package org.crosscheck.workspace;

import java.time.Instant;
import org.crosscheck.model.SourceDocument.SourceMetadata;

/**
 * A document to add: its original bytes and what was extracted from them.
 *
 * @param suggestedId the id to use unless another document already has it
 */
public record NewDocument(String suggestedId, String path, byte[] original, String sha256, String mediaType,
        Instant captured, String text, SourceMetadata meta) {}
