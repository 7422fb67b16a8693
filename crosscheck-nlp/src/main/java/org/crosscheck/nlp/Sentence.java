package org.crosscheck.nlp;

import java.util.List;

/** A sentence and its tokens; offsets are into the document's full text. */
public record Sentence(int start, int end, List<Token> tokens) {
    public Sentence {
        tokens = List.copyOf(tokens);
    }

    /** This sentence's characters of {@code fullText}. */
    public String text(String fullText) {
        return fullText.substring(start, end);
    }
}
