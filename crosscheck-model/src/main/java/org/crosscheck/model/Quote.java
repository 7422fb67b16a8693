package org.crosscheck.model;

import org.jspecify.annotations.Nullable;

/**
 * Attributed words.
 *
 * @param span       the quoted words, inside the quotation marks; for indirect speech, the reported clause
 * @param cue        the reporting verb or cue ("said", "according to", ":"), null when none
 * @param confidence how sure the attribution is, 0..1
 * @param sieve      the name of the rule that found the speaker ("cue-verb", "continuation", "reported-speech"),
 *                   null when none did or the extractor does not say
 */
public record Quote(String id, Span span, QuoteKind kind, Speaker speaker, @Nullable String cue, double confidence,
        @Nullable String sieve) {
    /** A quote whose extractor does not say which rule found its speaker. */
    public Quote(String id, Span span, QuoteKind kind, Speaker speaker, @Nullable String cue, double confidence) {
        this(id, span, kind, speaker, cue, confidence, null);
    }

    public Quote withSpeaker(Speaker s, double c) {
        return new Quote(id, span, kind, s, cue, c, sieve);
    }

    public Quote withId(String newId) {
        return new Quote(newId, span, kind, speaker, cue, confidence, sieve);
    }
}
