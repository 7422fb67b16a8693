package org.crosscheck.model;

import org.jspecify.annotations.Nullable;

/**
 * A piece of the text left out of the article's prose, with why.
 *
 * @param note what the piece is when it is not junk but kept apart, such as {@link #EDITOR_NOTE}; null for junk
 */
public record Removed(Span span, JunkKind kind, @Nullable String note) {
    /** An editor's note: not the article's prose, but not junk either; reports show it as a note. */
    public static final String EDITOR_NOTE = "editor's note";

    public Removed(Span span, JunkKind kind) {
        this(span, kind, null);
    }
}
