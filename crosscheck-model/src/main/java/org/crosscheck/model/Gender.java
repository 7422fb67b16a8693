package org.crosscheck.model;

import java.util.Locale;

/** Grammatical gender the texts show for a person; UNKNOWN when they do not. */
public enum Gender {
    FEMALE, MALE, UNKNOWN;

    /** The contract's spelling, or null for unknown. */
    public @org.jspecify.annotations.Nullable String label() {
        return this == UNKNOWN ? null : name().toLowerCase(Locale.ROOT);
    }
}
