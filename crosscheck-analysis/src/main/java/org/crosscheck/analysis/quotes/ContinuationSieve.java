package org.crosscheck.analysis.quotes;

import java.util.List;
import org.crosscheck.analysis.quotes.FoundQuote.SpeakerForm;
import org.crosscheck.model.Span;
import org.crosscheck.nlp.Sentence;
import org.crosscheck.nlp.Token;
import org.crosscheck.nlp.Upos;
import org.jspecify.annotations.Nullable;

/**
 * News convention: a quotation with no verb of its own, right after someone's quotation, is theirs. A whole
 * sentence of quotation continues a speaker up to three sentences back, a fragment only the one just before; a
 * verb of saying in the quotation's own sentence whose speaker the sieves before could not read means someone
 * else speaks, and a term is nobody's.
 */
final class ContinuationSieve implements Sieve {
    @Override
    public String name() {
        return "continuation";
    }

    @Override
    public @Nullable Attribution attribute(QuoteContext c) {
        FoundQuote previous = c.previous();
        if (previous == null || previous.speakerForm() == SpeakerForm.NONE || c.termMarker()
                || hasOwnCue(c.frame(), c.sentence(), c.quote())) {
            return null;
        }
        if (!(isWholeSentence(c.sentence(), c.quote()) && isNear(c.sentences(), previous.span(), c.sentence(), 3)
                || isNear(c.sentences(), previous.span(), c.sentence(), 1))) {
            return null;
        }
        return new Attribution(previous.speakerMention(), previous.speakerForm(), previous.antecedents(), previous.cue(), 0.6);
    }

    /** A verb of saying outside the quotation, in the sentence the quotation starts in. */
    private static boolean hasOwnCue(List<Token> frame, Sentence s, Span quote) {
        return frame.stream().anyMatch(t -> t.start() >= s.start() && Cues.speech(t.text()) && t.is(Upos.VERB)
                && (t.start() >= quote.end() || t.end() <= quote.start()));
    }

    private static boolean isWholeSentence(Sentence s, Span quote) {
        return quote.length() >= 0.8 * (s.end() - s.start()) - 4;
    }

    private static boolean isNear(List<Sentence> sentences, Span previous, Sentence s, int reach) {
        int i = sentences.indexOf(s);
        for (int k = Math.max(0, i - reach); k <= i; k++) {
            Sentence p = sentences.get(k);
            if (p.start() <= previous.end() && previous.start() < p.end()) return true;
        }
        return false;
    }
}
