package org.crosscheck.nlp;

/**
 * One token with its Universal Dependencies part-of-speech tag (PROPN, NOUN, VERB, PRON, ...).
 * Offsets are into the document's full text.
 */
public record Token(int start, int end, String text, String tag) {
    public boolean is(String t) {
        return tag.equals(t);
    }

    public boolean capitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    }

    @Override
    public String toString() {
        return text + "/" + tag;
    }
}
