package org.crosscheck.analysis.quotes;

import java.util.List;
import org.crosscheck.model.SourceDocument;
import org.crosscheck.model.Span;
import org.crosscheck.nlp.Token;
import org.crosscheck.nlp.Upos;

/** Reading a sentence's tokens: where a verb is, which token starts at an offset, a span without its closing punctuation. */
final class Tokens {
    private Tokens() {}


    /** The span without trailing sentence punctuation and white space. */
    static Span trimmed(SourceDocument src, int start, int end) {
        String text = src.text();
        while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || ".;".indexOf(text.charAt(end - 1)) >= 0)) end--;
        return src.span(start, end);
    }

    /** The index of the first token that starts at or after {@code offset}, or -1. */
    static int indexAt(List<Token> t, int offset) {
        for (int i = 0; i < t.size(); i++) if (t.get(i).start() >= offset) return i;
        return -1;
    }

    static boolean hasVerb(List<Token> tokens) {
        return tokens.stream().anyMatch(t -> t.is(Upos.VERB) || t.is(Upos.AUX));
    }

    static int indexOf(List<Token> t, String text, int from) {
        for (int i = from; i < t.size(); i++) if (t.get(i).text().equals(text)) return i;
        return -1;
    }
}
