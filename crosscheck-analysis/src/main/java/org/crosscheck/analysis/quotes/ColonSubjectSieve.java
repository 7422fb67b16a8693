package org.crosscheck.analysis.quotes;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** "The mayor's answer: '...'": with no verb of saying, the phrase opening the sentence before a colon speaks. */
final class ColonSubjectSieve implements Sieve {
    private final SpeakerReader speakers;

    ColonSubjectSieve(SpeakerReader speakers) {
        this.speakers = Objects.requireNonNull(speakers);
    }

    @Override
    public String name() {
        return "colon-subject";
    }

    @Override
    public @Nullable Attribution attribute(QuoteContext c) {
        if (!c.before().endsWith(":")) return null;
        NounPhrase subject = NounPhrase.after(c.frame(), 0);
        if (subject == null || subject.end() > c.quote().start()) return null;
        return speakers.read(c.src(), subject, c.names(), ":", 0.75);
    }
}
