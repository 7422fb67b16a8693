package org.crosscheck.nlp;

import java.util.Objects;

/** What a tagger says of one word: its part of speech and its lemma (lower case). */
public record TaggedWord(Upos pos, String lemma) {
    public TaggedWord {
        Objects.requireNonNull(pos, "pos");
        Objects.requireNonNull(lemma, "lemma");
    }
}
