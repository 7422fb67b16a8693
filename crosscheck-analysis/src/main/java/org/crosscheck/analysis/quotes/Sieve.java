package org.crosscheck.analysis.quotes;

import org.jspecify.annotations.Nullable;

/**
 * One way of reading who speaks a quotation, after CoreNLP's quote-attribution sieves: {@link QuoteFinder} runs
 * its sieves in one declared order and the first that finds a speaker wins, so each sieve only has to say what its
 * own evidence shows and may leave the rest to those after it. The winner's {@link #name()} goes with the quote as
 * its evidence ({@link FoundQuote#sieve()}), which is how {@code bench attribution --sieves} scores each one.
 * Implementations are immutable and thread-safe.
 */
sealed interface Sieve permits TranscriptLabelSieve, SignatureSieve, StatementOwnerSieve, CueVerbSieve, ContinuationSieve,
        ColonSubjectSieve, ColonLeadSieve, SentenceSubjectSieve {
    /** A short stable name, such as "cue-verb", shown in reports and benchmarks. */
    String name();

    /** The speaker this sieve reads for the quotation in {@code c}, or null when its evidence is not there. */
    @Nullable Attribution attribute(QuoteContext c);
}
