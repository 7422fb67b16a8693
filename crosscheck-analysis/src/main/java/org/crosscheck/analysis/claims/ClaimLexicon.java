package org.crosscheck.analysis.claims;

import java.util.List;
import java.util.Set;
import org.crosscheck.nlp.WordLists;

/**
 * The English words the claim stages read propositions by, loaded from this package's resource
 * files (one entry per line, {@code #} starts a comment). Immutable.
 *
 * @param reportingVerbs lemmas of verbs that frame what someone says ("say", "tell", "conclude")
 * @param denialVerbs    lemmas of verbs that deny what follows ("deny", "reject")
 * @param deniedThings   lemmas of nouns for what is said, that a verb of denial takes as object ("charge", "claim")
 * @param negations      words that negate the verb after them ("not", "never")
 * @param hedges         words and phrases that weaken a statement ("may", "reportedly", "appears to")
 * @param sourcePhrases  phrases that name a statement's source without a verb ("according to")
 * @param timeWords      words that say when, never who or what ("Friday", "week")
 */
record ClaimLexicon(Set<String> reportingVerbs, Set<String> denialVerbs, Set<String> deniedThings, Set<String> negations, List<List<String>> hedges,
        Set<String> sourcePhrases, Set<String> timeWords) {
    ClaimLexicon {
        reportingVerbs = Set.copyOf(reportingVerbs);
        denialVerbs = Set.copyOf(denialVerbs);
        deniedThings = Set.copyOf(deniedThings);
        negations = Set.copyOf(negations);
        hedges = hedges.stream().map(List::copyOf).toList();
        sourcePhrases = Set.copyOf(sourcePhrases);
        timeWords = Set.copyOf(timeWords);
    }

    /** The English lexicon, read once per class loader. */
    static final ClaimLexicon ENGLISH = new ClaimLexicon(list("reporting-verbs.txt"), list("denial-verbs.txt"), list("denied-things.txt"), list("negations.txt"),
            list("hedges.txt").stream().map(h -> List.of(h.split(" "))).toList(), list("source-phrases.txt"),
            list("time-words.txt"));

    private static Set<String> list(String name) {
        return WordLists.lowerCase(ClaimLexicon.class, name);
    }
}
