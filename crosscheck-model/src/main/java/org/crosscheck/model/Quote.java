package org.crosscheck.model;

import org.jspecify.annotations.Nullable;

/**
 * Attributed words.
 *
 * @param span       the quoted words, inside the quotation marks; for indirect speech, the reported clause
 * @param cue        the reporting verb or cue ("said", "according to", ":"), null when none
 * @param confidence how sure the attribution is, 0..1
 */
public record Quote(String id, Span span, QuoteKind kind, Speaker speaker, @Nullable String cue, double confidence) {
    public Quote withSpeaker(Speaker s, double c) {
        return new Quote(id, span, kind, s, cue, c);
    }

    public Quote withId(String newId) {
        return new Quote(newId, span, kind, speaker, cue, confidence);
    }
}
