package org.crosscheck.model;

import java.util.Locale;

/** Something a reader should know before weighing a document. */
public enum DocumentFlag {
    /** Visible signs of machine translation or garbling. */
    MACHINE_TRANSLATED,
    /** The extractor found little or no article prose. */
    NO_BODY;

    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
