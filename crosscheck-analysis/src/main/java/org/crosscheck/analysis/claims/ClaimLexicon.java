package org.crosscheck.analysis.claims;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.nlp.WordLists;

/**
 * The English words the claim stages read propositions by, loaded from this package's resource
 * files (one entry per line, {@code #} starts a comment). Immutable. The static readers load the
 * lists of the stages that hold no lexicon (clause splitting, modality, quantities) the same way.
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

    /** The entries of {@code file} beside this class, as written, distinct; unmodifiable. */
    static Set<String> words(String file) {
        return Set.copyOf(WordLists.entries(ClaimLexicon.class, file));
    }

    /** The entries of {@code file} as the alternatives of a regex group, in file order and as written. */
    static String alternation(String file) {
        return String.join("|", WordLists.entries(ClaimLexicon.class, file));
    }

    /** The entries of {@code file} up to their tab, in file order. */
    static List<String> keys(String file) {
        return WordLists.entries(ClaimLexicon.class, file).stream().map(e -> e.split("\t", 2)[0].strip()).toList();
    }

    /** The entries of {@code file} to the number after their tab. */
    static Map<String, Double> values(String file) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (String e : WordLists.entries(ClaimLexicon.class, file)) {
            String[] kv = e.split("\t", 2);
            out.put(kv[0].strip(), Double.parseDouble(kv[1].strip()));
        }
        return Map.copyOf(out);
    }
}
