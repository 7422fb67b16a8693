package org.crosscheck.analysis.pipeline;

/** Told as work advances; implementations must be thread-safe. */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (stage, done, total) -> { };

    /** {@code done} of {@code total} units of {@code stage} are finished. */
    void advanced(String stage, long done, long total);
}
