package org.crosscheck.analysis.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.crosscheck.analysis.quotes.FoundQuote.SpeakerForm;
import org.crosscheck.nlp.Sentence;
import org.crosscheck.nlp.Token;
import org.jspecify.annotations.Nullable;

/**
 * No verb of saying: the quotation sits in what the sentence's subject does ("Reid called him a 'spoiled brat'",
 * "Blige sings to Clinton before asking her, '...'"), so a named subject before it owns it. Never a pronoun, a
 * description or a dateline in capitals, and never a term or a single word.
 */
final class SentenceSubjectSieve implements Sieve {
    private final SpeakerReader speakers;
    private final ClauseReader clauses;

    SentenceSubjectSieve(SpeakerReader speakers, ClauseReader clauses) {
        this.speakers = Objects.requireNonNull(speakers);
        this.clauses = Objects.requireNonNull(clauses);
    }

    @Override
    public String name() {
        return "sentence-subject";
    }

    @Override
    public @Nullable Attribution attribute(QuoteContext c) {
        if (c.termMarker() || c.words() < 2) return null;
        NounPhrase subject = NounPhrase.after(c.frame(), mainClauseStart(c.frame(), c.sentence()));
        if (subject == null || subject.end() > c.quote().start() || subject.pronoun()) return null;
        String words = c.src().text().substring(subject.start(), subject.end());
        if (words.equals(words.toUpperCase(Locale.ROOT))) return null;
        Attribution a = speakers.read(c.src(), subject, c.names(), null, 0.5);
        return a != null && a.form() == SpeakerForm.NAME ? a : null;
    }

    /** Where the main clause of {@code s} starts in {@code frame}: past a subordinate clause that opens the sentence, or at 0. */
    private int mainClauseStart(List<Token> frame, Sentence s) {
        int opening = clauses.openingClauseEnd(s.tokens());
        if (opening < 0) return 0;
        int comma = s.tokens().get(opening).end();
        for (int k = 0; k < frame.size(); k++) if (frame.get(k).start() >= comma) return k;
        return 0;
    }
}
