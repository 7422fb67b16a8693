package org.crosscheck.analysis.pipeline;

/** A stage failed on one document; names both so the user knows where to look. */
public final class StageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String stage;
    private final String doc;

    StageException(String stage, String doc, Throwable cause) {
        super("stage '" + stage + "' failed on document '" + doc + "': " + cause.getMessage(), cause);
        this.stage = stage;
        this.doc = doc;
    }

    /** The stage that failed. */
    public String stage() {
        return stage;
    }

    /** The id of the document it failed on. */
    public String doc() {
        return doc;
    }
}
