package org.crosscheck.analysis.quotes;

import java.util.List;
import org.crosscheck.analysis.entities.NameMention;
import org.crosscheck.model.SourceDocument;
import org.crosscheck.model.Span;
import org.crosscheck.nlp.Sentence;
import org.crosscheck.nlp.Token;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link Sieve} may read about one quotation.
 *
 * @param src        the document
 * @param sentence   the sentence the quotation starts in
 * @param sentences  all the document's sentences
 * @param names      the names outside every quotation, which may speak
 * @param quote      the words inside the marks
 * @param frame      the tokens outside every quotation in the sentences the quotation runs through (and in a short
 *                   attribution sentence after it), which carry the attribution
 * @param before     the sentence's text before the opening mark, stripped
 * @param termMarker whether the words before name a term ("so-called", "known as"), not a speaker
 * @param words      the number of words quoted
 * @param previous   the last quotation before this one that is not a term, or null
 */
record QuoteContext(SourceDocument src, Sentence sentence, List<Sentence> sentences, List<NameMention> names, Span quote,
        List<Token> frame, String before, boolean termMarker, int words, @Nullable FoundQuote previous) {
    QuoteContext {
        sentences = List.copyOf(sentences);
        names = List.copyOf(names);
        frame = List.copyOf(frame);
    }
}
