package org.crosscheck.analysis.quotes;

import java.util.List;
import org.crosscheck.analysis.quotes.FoundQuote.SpeakerForm;
import org.crosscheck.model.Span;
import org.jspecify.annotations.Nullable;

/**
 * A speaker found around a cue: the words that name them, how they name them, the names before them
 * that a pronoun or description may stand for, the cue, and how sure the reading is.
 */
record Attribution(@Nullable Span mention, SpeakerForm form, List<Span> antecedents, @Nullable String cue, double confidence) {
    Attribution {
        antecedents = List.copyOf(antecedents);
    }
}
