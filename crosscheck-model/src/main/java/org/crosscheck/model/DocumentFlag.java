package org.crosscheck.model;

import java.util.Locale;

/** Something a reader should know before weighing a document. */
public enum DocumentFlag {
    /** Visible signs of machine translation or garbling. */
    MACHINE_TRANSLATED,
    /** The extractor found little or no article prose. */
    NO_BODY,
    /** The text is longer than what is analysed: only its first characters were read (see the document's full length). */
    TRUNCATED,
    /** The original held NUL bytes, which were removed from the text. */
    NUL_REMOVED,
    /** The original mixes character encodings (UTF-8 with Windows-1252 or UTF-16, say); it was decoded line by line. */
    MIXED_ENCODING;

    /** Flags that reading the original sets, before any analysis: the source carries them. */
    public boolean fromReading() {
        return this == TRUNCATED || this == NUL_REMOVED || this == MIXED_ENCODING;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
