package org.crosscheck.ingest;

/** An input that was not read, and why, in words a user can act on. */
public record Rejected(String path, String reason) implements IngestResult {
    @Override
    public String toString() {
        return path + ": " + reason;
    }
}
