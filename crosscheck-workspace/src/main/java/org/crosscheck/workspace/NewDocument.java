package org.crosscheck.workspace;

import java.time.Instant;
import java.util.Set;
import org.crosscheck.model.DocumentFlag;
import org.crosscheck.model.SourceDocument.SourceMetadata;
import org.jspecify.annotations.Nullable;

/**
 * A document to add: its original bytes and what was extracted from them.
 *
 * @param suggestedId the id to use unless another document already has it
 * @param flags       what reading found that a reader should know
 * @param fullLength  the characters extracted before the text was cut to what is analysed
 * @param supersedes  the id of the document this is a newer version of (the same path, changed bytes), or null
 */
public record NewDocument(String suggestedId, String path, byte[] original, String sha256, String mediaType,
        Instant captured, String text, SourceMetadata meta, Set<DocumentFlag> flags, long fullLength, @Nullable String supersedes) {
    public NewDocument {
        flags = Set.copyOf(flags);
    }

    public NewDocument(String suggestedId, String path, byte[] original, String sha256, String mediaType, Instant captured, String text,
            SourceMetadata meta) {
        this(suggestedId, path, original, sha256, mediaType, captured, text, meta, Set.of(), text.length(), null);
    }

    /** This document as the newer version of {@code id}. */
    public NewDocument superseding(String id) {
        return new NewDocument(suggestedId, path, original, sha256, mediaType, captured, text, meta, flags, fullLength, id);
    }
}
