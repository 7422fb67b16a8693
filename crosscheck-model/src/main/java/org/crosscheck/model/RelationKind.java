package org.crosscheck.model;

import java.util.Locale;

/** How two documents share an origin. */
public enum RelationKind {
    /** One is a copy of the other, or both copy one story. */
    SYNDICATED,
    /** Both carry the same wire story, edited. */
    SAME_WIRE,
    /** Both reuse the same long quotation. */
    QUOTE_REUSE;

    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
