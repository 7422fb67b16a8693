package org.crosscheck.nlp;

import java.util.Locale;
import java.util.Objects;

/**
 * One token with its Universal Dependencies part of speech and its lemma (the dictionary form:
 * "said" -> "say", "memos" -> "memo"; lower case). Offsets are into the document's full text.
 */
public record Token(int start, int end, String text, Upos pos, String lemma) {
    public Token {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(pos, "pos");
        Objects.requireNonNull(lemma, "lemma");
        // a corpus holds millions of tokens but a vocabulary of thousands of words: one String per word, not per token,
        // roughly halves the memory sentences take (interned strings nobody holds are collected like any other)
        text = text.intern();
        lemma = lemma.intern();
    }

    /** A token whose lemma is not known: its text in lower case stands for it. */
    public Token(int start, int end, String text, Upos pos) {
        this(start, end, text, pos, text.toLowerCase(Locale.ROOT));
    }

    public boolean is(Upos p) {
        return pos == p;
    }

    public boolean capitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    }

    /** The same token with another part of speech (its lemma kept). */
    public Token withPos(Upos p) {
        return new Token(start, end, text, p, lemma);
    }

    @Override
    public String toString() {
        return text + "/" + pos;
    }
}
