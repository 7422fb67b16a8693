package org.crosscheck.analysis.quotes;

import java.util.List;
import java.util.Objects;
import org.crosscheck.nlp.Sentence;
import org.crosscheck.nlp.Token;
import org.jspecify.annotations.Nullable;

/** "Ana Berg said:" closing the sentence before a quote paragraph: the speaker of that verb speaks the quotation. */
final class ColonLeadSieve implements Sieve {
    private final SpeakerReader speakers;

    ColonLeadSieve(SpeakerReader speakers) {
        this.speakers = Objects.requireNonNull(speakers);
    }

    @Override
    public String name() {
        return "colon-lead";
    }

    @Override
    public @Nullable Attribution attribute(QuoteContext c) {
        int idx = c.sentences().indexOf(c.sentence());
        if (idx <= 0) return null;
        Sentence prev = c.sentences().get(idx - 1);
        if (!prev.text(c.src().text()).strip().endsWith(":")) return null;
        List<Token> t = prev.tokens();
        for (int i = t.size() - 1; i >= 0; i--) {
            if (Cues.speech(t.get(i).text())) {
                NounPhrase np = NounPhrase.before(t, i);
                if (np == null) np = NounPhrase.after(t, i + 1);
                if (np != null) return speakers.read(c.src(), np, c.names(), t.get(i).text(), 0.8);
            }
        }
        return null;
    }
}
