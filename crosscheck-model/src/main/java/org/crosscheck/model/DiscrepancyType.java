package org.crosscheck.model;

import java.util.Locale;

/** What sources disagree on. */
public enum DiscrepancyType {
    NUMBER, DATE, ATTRIBUTION, GENDER, NAME, MODALITY, OTHER;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
