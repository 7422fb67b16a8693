package org.crosscheck.ingest;

import java.time.Duration;

/**
 * Bounds on what one input may cost.
 *
 * @param maxBytes     the largest original read; larger files are rejected unread
 * @param maxChars     the most text kept and analysed from one document; a longer text is cut there and flagged. A million
 *                     characters (about 500 pages) keeps one document's analysis near a minute on two cores, so an
 *                     upload cannot hold the server's worker for long
 * @param maxDepth     how deep folders are walked, and how deeply containers may nest
 * @param timeout      the longest one document's extraction may take
 * @param maxWarcRecords the most pages taken from one web archive
 */
public record IngestLimits(long maxBytes, int maxChars, int maxDepth, Duration timeout, int maxWarcRecords) {
    public static final IngestLimits DEFAULTS = new IngestLimits(50L << 20, 1_000_000, 16, Duration.ofSeconds(60), 10_000);

    public IngestLimits withMaxBytes(long bytes) {
        return new IngestLimits(bytes, maxChars, maxDepth, timeout, maxWarcRecords);
    }

    public IngestLimits withMaxChars(int chars) {
        return new IngestLimits(maxBytes, chars, maxDepth, timeout, maxWarcRecords);
    }

    public IngestLimits withTimeout(Duration t) {
        return new IngestLimits(maxBytes, maxChars, maxDepth, t, maxWarcRecords);
    }
}
