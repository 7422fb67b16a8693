package org.crosscheck.analysis.quotes;

import java.util.Locale;
import java.util.Set;
import org.crosscheck.nlp.WordLists;

/**
 * The English words the quotation rules read clauses by, loaded from this package's resource files
 * (one entry a line, {@code #} starts a comment), so a language pack can replace them without touching
 * the rules. Immutable.
 *
 * @param subordinators  words that open a subordinate clause ("when", "although", "because")
 * @param statementNouns nouns for what someone says that take a "that" clause ("claim", "warning")
 */
record QuoteLexicon(Set<String> subordinators, Set<String> statementNouns) {
    QuoteLexicon {
        subordinators = Set.copyOf(subordinators);
        statementNouns = Set.copyOf(statementNouns);
    }

    /** The English lexicon, read once per class loader. */
    static final QuoteLexicon ENGLISH = new QuoteLexicon(list("subordinators.txt"), list("statement-nouns.txt"));

    boolean subordinator(String word) {
        return subordinators.contains(word.toLowerCase(Locale.ROOT));
    }

    boolean statementNoun(String word) {
        return statementNouns.contains(word.toLowerCase(Locale.ROOT));
    }

    private static Set<String> list(String name) {
        return WordLists.lowerCase(QuoteLexicon.class, name);
    }

    /**
     * The entries of this package's word list {@code name} as written (case kept: "Jr" is not "jr"), in file
     * order; unmodifiable. The quotation rules hold their lists through this, so the English words live in the
     * resource files beside this class rather than in code.
     */
    static Set<String> words(String name) {
        return java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(WordLists.entries(QuoteLexicon.class, name)));
    }
}
