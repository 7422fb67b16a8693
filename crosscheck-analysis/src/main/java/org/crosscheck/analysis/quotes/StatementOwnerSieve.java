package org.crosscheck.analysis.quotes;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * "Mayor Berg's claim that the bridge was 'never at risk' drew criticism": a quotation inside the "that" clause
 * of a noun for a statement quotes the noun's owner, whatever verb the sentence goes on with. Nothing when the
 * quotation is in no such clause or its owner cannot speak.
 */
final class StatementOwnerSieve implements Sieve {
    private final SpeakerReader speakers;
    private final ClauseReader clauses;

    StatementOwnerSieve(SpeakerReader speakers, ClauseReader clauses) {
        this.speakers = Objects.requireNonNull(speakers);
        this.clauses = Objects.requireNonNull(clauses);
    }

    @Override
    public String name() {
        return "statement-owner";
    }

    @Override
    public @Nullable Attribution attribute(QuoteContext c) {
        ClauseReader.StatementClause clause = clauses.statementHolding(c.sentence().tokens(), c.quote());
        if (clause == null) return null;
        return speakers.read(c.src(), clause.owner(), c.names(), c.sentence().tokens().get(clause.noun()).text(), 0.8);
    }
}
