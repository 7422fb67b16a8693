package org.crosscheck.model;

import java.util.Locale;

/** How firmly a claim is put. */
public enum Modality {
    ASSERTED, HEDGED, DENIED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
