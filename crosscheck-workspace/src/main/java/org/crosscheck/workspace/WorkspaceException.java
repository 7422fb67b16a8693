package org.crosscheck.workspace;

/** The workspace cannot be opened, read or written; the message says which file and what to do. */
public final class WorkspaceException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public WorkspaceException(String message, Throwable cause) {
        super(message, cause);
    }

    public WorkspaceException(String message) {
        super(message);
    }
}
