package org.crosscheck.analysis.quotes;

import java.util.List;
import org.crosscheck.analysis.quotes.FoundQuote.SpeakerForm;
import org.crosscheck.model.QuoteKind;
import org.crosscheck.model.Span;
import org.jspecify.annotations.Nullable;

/**
 * A speaker found around a cue: the words that name them, how they name them, the names before them
 * that a pronoun or description may stand for, the cue, how sure the reading is, and the name of the
 * {@link Sieve} (or other rule) that read it, null until one claims it.
 */
record Attribution(@Nullable Span mention, SpeakerForm form, List<Span> antecedents, @Nullable String cue, double confidence,
        @Nullable String sieve) {
    Attribution {
        antecedents = List.copyOf(antecedents);
    }

    /** A reading no rule has claimed yet. */
    Attribution(@Nullable Span mention, SpeakerForm form, List<Span> antecedents, @Nullable String cue, double confidence) {
        this(mention, form, antecedents, cue, confidence, null);
    }

    /** This reading, as the evidence of the rule named {@code rule}. */
    Attribution by(String rule) {
        return new Attribution(mention, form, antecedents, cue, confidence, rule);
    }

    /** The quote {@code span} of {@code kind} this reading attributes. */
    FoundQuote quote(Span span, QuoteKind kind) {
        return new FoundQuote(span, kind, mention, form, antecedents, cue, confidence, sieve);
    }
}
