package org.crosscheck.analysis.pipeline;

/** A stage failed on one document; names both so the user knows where to look. */
public final class StageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StageException(String stage, String doc, Throwable cause) {
        super("stage '" + stage + "' failed on document '" + doc + "': " + cause.getMessage(), cause);
    }
}
