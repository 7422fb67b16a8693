package org.crosscheck.analysis.clean;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.crosscheck.nlp.WordLists;

/**
 * The English words the cleaning rules look for, read once from the resource files beside this
 * class (one entry a line, {@code #} comments), so a language pack can replace them without touching
 * the rules. Entries are lower case unless the file says otherwise; a tab separates an entry from
 * its value where a file has one.
 */
final class CleaningLexicon {
    static final Set<String> SHARE_NETWORKS = words("share-networks.txt");
    /** Counted thing to the junk kind label a line of such counts is. */
    static final Map<String, String> COUNTED_THINGS = pairs("counted-things.txt", true);
    static final Set<String> LIST_LABELS = words("list-labels.txt");
    static final Set<String> CREDIT_ROLES = words("credit-roles.txt");
    static final Set<String> FORM_WORDS = words("form-words.txt");
    static final Set<String> READER_WORDS = words("reader-words.txt");
    static final Set<String> STANDARDS_LABELS = words("standards-labels.txt");
    static final Set<String> TEASER_LEADS = words("teaser-leads.txt");
    static final Set<String> EDITOR_NOTES = words("editor-notes.txt");
    static final Set<String> SECTION_LABELS = words("section-labels.txt");
    static final Set<String> MASTHEAD_WORDS = words("masthead-words.txt");
    /** Lower-case words an outlet's name may hold between its capitalised words; case as written. */
    static final Set<String> MASTHEAD_CONNECTORS = Set.copyOf(entries("masthead-connectors.txt"));
    static final Set<String> ORIGIN_CREDITS = words("origin-credits.txt");
    /** A wire agency as datelines print it to the name to report; case as written. */
    static final Map<String, String> WIRE_AGENCIES = pairs("wire-agencies.txt", false);

    private CleaningLexicon() {}

    /**
     * An alternation of the entries, longest first (then in alphabetical order, so the pattern is the same on every
     * run whatever order the set iterates in), each quoted, for a case-insensitive pattern.
     */
    static String alternation(Set<String> entries) {
        java.util.Comparator<String> longestFirst = java.util.Comparator.comparingInt(String::length).reversed();
        return entries.stream().sorted(longestFirst.thenComparing(java.util.Comparator.naturalOrder()))
                .map(Pattern::quote).collect(Collectors.joining("|"));
    }

    /** The entries of {@code file} beside this class, as written and in file order. */
    static java.util.List<String> entries(String file) {
        return WordLists.entries(CleaningLexicon.class, file);
    }

    /** The entries of {@code file} as the alternatives of a regex, as written and in file order (not quoted). */
    static String regex(String file) {
        return String.join("|", entries(file));
    }

    /** The entries of {@code file}, lower case, distinct. */
    static Set<String> words(String file) {
        return Set.copyOf(pairs(file, true).keySet());
    }

    private static Map<String, String> pairs(String file, boolean lowerCase) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : WordLists.entries(CleaningLexicon.class, file)) {
            String[] parts = line.split("\t", 2);
            String key = lowerCase ? parts[0].strip().toLowerCase(Locale.ROOT) : parts[0].strip();
            out.put(key, parts.length > 1 ? parts[1].strip() : key);
        }
        return Map.copyOf(out);
    }
}
