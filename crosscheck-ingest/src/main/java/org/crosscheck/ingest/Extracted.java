package org.crosscheck.ingest;

import java.util.Arrays;
import java.util.Objects;
import org.crosscheck.model.SourceDocument.SourceMetadata;

/**
 * A document read from an original.
 *
 * @param suggestedId the file name without its extension, made safe for a file name
 * @param original    the original bytes, to be preserved unchanged
 * @param sha256      hex SHA-256 of {@code original}
 * @param text        the full extracted text
 */
public record Extracted(String suggestedId, String path, byte[] original, String sha256, String mediaType, String text,
        SourceMetadata meta) implements IngestResult {
    public Extracted {
        Objects.requireNonNull(original);
        original = original.clone();
    }

    @Override
    public byte[] original() {
        return original.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Extracted e && e.sha256.equals(sha256) && e.path.equals(path) && e.text.equals(text)
                && Arrays.equals(e.original, original);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sha256, path);
    }

    @Override
    public String toString() {
        return "Extracted[" + path + ", " + sha256 + ", " + mediaType + ", " + text.length() + " chars]";
    }
}
