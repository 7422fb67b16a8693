package org.crosscheck.analysis.quotes;

import java.util.List;
import org.crosscheck.model.QuoteKind;
import org.crosscheck.model.Span;
import org.jspecify.annotations.Nullable;

/**
 * A quote as found in one document, before its speaker is linked to a corpus entity.
 *
 * @param speakerMention the words naming the speaker, or null
 * @param speakerForm    how those words name the speaker
 * @param antecedents    for a pronoun, the names before it, nearest first
 * @param cue            the reporting verb or cue, or null
 * @param sieve          the name of the rule that found the speaker ("cue-verb", "continuation", "reported-speech"), or null
 *                       when none did
 */
public record FoundQuote(
        Span span, QuoteKind kind, @Nullable Span speakerMention, SpeakerForm speakerForm, List<Span> antecedents,
        @Nullable String cue, double confidence, @Nullable String sieve) {
    public FoundQuote {
        antecedents = List.copyOf(antecedents);
    }

    /** A quote of {@code kind} whose speaker the text does not say. */
    static FoundQuote unattributed(Span span, QuoteKind kind) {
        return new FoundQuote(span, kind, null, SpeakerForm.NONE, List.of(), null, 0.0, null);
    }

    /** How a speaker is named. */
    public enum SpeakerForm {
        /** A proper name. */
        NAME,
        /** He, she, it, they. */
        PRONOUN,
        /** A description: "the report", "the ministry", "rights groups". */
        DESCRIPTION,
        /** The text does not say. */
        NONE
    }
}
