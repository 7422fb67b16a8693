package org.crosscheck.analysis.independence;

import org.crosscheck.nlp.WordLists;

/**
 * The English words the independence rules look for, read once from the resource files beside this
 * class (one entry a line, {@code #} comments), so a language pack can replace them without touching
 * the rules.
 */
final class IndependenceLexicon {
    private IndependenceLexicon() {}

    /** The entries of {@code file} as the alternatives of a regex, as written and in file order. */
    static String regex(String file) {
        return String.join("|", WordLists.entries(IndependenceLexicon.class, file));
    }
}
