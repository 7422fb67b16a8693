package org.crosscheck.nlp;

import java.util.Locale;

/**
 * The seventeen Universal Dependencies parts of speech (universaldependencies.org/u/pos). Taggers
 * of any tag set map to these, so the analysis compares an enum, never a tag string.
 */
public enum Upos {
    ADJ, ADP, ADV, AUX, CCONJ, DET, INTJ, NOUN, NUM, PART, PRON, PROPN, PUNCT, SCONJ, SYM, VERB, X;

    /** The part of speech named {@code tag} ("NOUN", "propn"); {@link #X} for a name outside the set. */
    public static Upos of(String tag) {
        try {
            return valueOf(tag.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return X;
        }
    }

    /** A noun or a proper noun: the head of a noun phrase. */
    public boolean nominal() {
        return this == NOUN || this == PROPN;
    }
}
