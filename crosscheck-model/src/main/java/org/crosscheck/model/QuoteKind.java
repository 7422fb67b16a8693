package org.crosscheck.model;

import java.util.Locale;

/** How words are attributed. */
public enum QuoteKind {
    /** A whole statement inside quotation marks. */
    DIRECT,
    /** A quoted fragment inside the reporter's own sentence. */
    PARTIAL,
    /** Reported speech without quotation marks, framed by a speaker and a cue. */
    INDIRECT,
    /** Words in quotation marks that nobody says: a name, a title, a scare quote. */
    TERM;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
