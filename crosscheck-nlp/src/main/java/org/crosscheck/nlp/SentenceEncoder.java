package org.crosscheck.nlp;

import java.util.List;

/**
 * Turns short texts into unit-length vectors whose dot product measures how alike their meanings
 * are (a sentence-embedding model). Implementations load their model once, in the constructor, and
 * must be safe to call from several threads at once.
 */
public interface SentenceEncoder {
    /** One unit-length vector per text, in order. */
    List<float[]> encode(List<String> texts);

    /** The model's name, shown in logs and reports. */
    String model();

    /** {@code encoder} with a memory of the last {@code maxEntries} texts it encoded. */
    static SentenceEncoder cached(SentenceEncoder encoder, int maxEntries) {
        return new CachingEncoder(encoder, maxEntries);
    }
}
