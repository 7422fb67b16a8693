package org.crosscheck.ingest;

import java.util.Objects;
import java.util.Set;
import org.crosscheck.model.DocumentFlag;
import org.crosscheck.model.SourceDocument.SourceMetadata;

/**
 * A document read from an original. A final class rather than a record because it carries the
 * original bytes, which it copies in and out so nobody can change them. Immutable.
 */
public final class Extracted implements IngestResult {
    private final String suggestedId;
    private final String path;
    private final byte[] original;
    private final String sha256;
    private final String mediaType;
    private final String text;
    private final SourceMetadata meta;
    private final Set<DocumentFlag> flags;
    private final long fullLength;

    /**
     * @param suggestedId the file name without its extension, made safe for a file name
     * @param original    the original bytes, to be preserved unchanged
     * @param sha256      hex SHA-256 of {@code original}
     * @param text        the full extracted text
     */
    public Extracted(String suggestedId, String path, byte[] original, String sha256, String mediaType, String text,
            SourceMetadata meta) {
        this(suggestedId, path, original, sha256, mediaType, text, meta, Set.of(), text.length());
    }

    /**
     * @param flags      what reading found that a reader should know (the text was cut, NUL bytes removed, encodings mixed)
     * @param fullLength the characters extracted before the text was cut to what is analysed
     */
    public Extracted(String suggestedId, String path, byte[] original, String sha256, String mediaType, String text,
            SourceMetadata meta, Set<DocumentFlag> flags, long fullLength) {
        this.suggestedId = Objects.requireNonNull(suggestedId);
        this.path = Objects.requireNonNull(path);
        this.original = original.clone();
        this.sha256 = Objects.requireNonNull(sha256);
        this.mediaType = Objects.requireNonNull(mediaType);
        this.text = Objects.requireNonNull(text);
        this.meta = Objects.requireNonNull(meta);
        this.flags = Set.copyOf(flags);
        this.fullLength = Math.max(fullLength, text.length());
    }

    public Set<DocumentFlag> flags() {
        return flags;
    }

    /** How many characters the text had before it was cut; {@code text().length()} unless flagged truncated. */
    public long fullLength() {
        return fullLength;
    }

    public String suggestedId() {
        return suggestedId;
    }

    @Override
    public String path() {
        return path;
    }

    /** A copy of the original bytes. */
    public byte[] original() {
        return original.clone();
    }

    public String sha256() {
        return sha256;
    }

    public String mediaType() {
        return mediaType;
    }

    public String text() {
        return text;
    }

    public SourceMetadata meta() {
        return meta;
    }

    @Override
    public String toString() {
        return "Extracted[" + path + ", " + sha256 + ", " + mediaType + ", " + text.length() + " chars]";
    }
}
