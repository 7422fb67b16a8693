package org.crosscheck.analysis.timeline;

import java.util.Set;
import org.crosscheck.nlp.WordLists;

/**
 * The English words the date rules look for, read once from the resource files beside this class
 * (one a line, {@code #} comments), so a language pack can replace them without touching the rules.
 */
final class TimelineLexicon {
    private TimelineLexicon() {}

    static Set<String> words(String file) {
        return Set.copyOf(WordLists.lowerCase(TimelineLexicon.class, file));
    }

    /** The entries of {@code file} as the alternatives of a regex, as written and in file order. */
    static String regex(String file) {
        return String.join("|", WordLists.entries(TimelineLexicon.class, file));
    }
}
