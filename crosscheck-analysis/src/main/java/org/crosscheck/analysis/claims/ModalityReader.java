package org.crosscheck.analysis.claims;

import java.util.regex.Pattern;
import org.crosscheck.model.Modality;

/**
 * How firmly a sentence puts its claim: denied when it reports a denial or rejection, hedged when a
 * modal or an evidential qualifies it ("may constitute", "allegedly", "credible indications"),
 * otherwise asserted.
 */
final class ModalityReader {
    private static final Pattern DENIED = Pattern.compile("\\b(" + ClaimLexicon.alternation("denial-patterns.txt") + ")\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HEDGED = Pattern.compile("\\b(" + ClaimLexicon.alternation("hedge-patterns.txt") + ")\\b",
            Pattern.CASE_INSENSITIVE);

    private static final java.util.Set<String> HEDGE_FILLERS = ClaimLexicon.words("hedge-fillers.txt");

    private ModalityReader() {}

    /** The hedges that make the same claim weaker: modals and evidentials, not nouns like "allegations". */
    private static final Pattern STRONG_HEDGE = Pattern.compile("\\b(" + ClaimLexicon.alternation("strong-hedge-patterns.txt") + ")\\b",
            Pattern.CASE_INSENSITIVE);

    /** The hedge words of a sentence, or "" when it has none that weakens a claim. */
    static String hedge(String sentence) {
        java.util.regex.Matcher m = STRONG_HEDGE.matcher(sentence);
        return m.find() ? m.group() : "";
    }

    /**
     * The stemmed content word a hedge qualifies: the first word after it that is not an auxiliary
     * or an adverb ("may have caused" gives "caus", "may constitute" gives "constitute"), or "".
     */
    static String hedgedPredicate(String sentence) {
        java.util.regex.Matcher m = STRONG_HEDGE.matcher(sentence);
        if (!m.find()) return "";
        for (String w : org.crosscheck.analysis.text.Words.tokens(sentence.substring(m.end()))) {
            if (HEDGE_FILLERS.contains(w) && !w.equals("amount")) continue;
            return org.crosscheck.analysis.text.Words.stem(w);
        }
        return "";
    }

    /**
     * The two content words after the hedged predicate ("may constitute crimes against humanity" gives
     * "crime humanity"), stemmed and joined by a space, or "" when there are not two.
     */
    static String hedgedObject(String sentence) {
        java.util.regex.Matcher m = STRONG_HEDGE.matcher(sentence);
        if (!m.find()) return "";
        java.util.List<String> rest = org.crosscheck.analysis.text.Words.content(sentence.substring(m.end()));
        // skip the predicate itself ("constitute", "caused"); a negated hedge ("may never") states nothing to compare
        if (rest.size() < 3 || rest.get(0).equals("never")) return "";
        String a = rest.get(1);
        String b = rest.get(2);
        // short words ("made", "said") are too common to say what is being claimed
        return a.length() >= 5 && b.length() >= 5 ? a + " " + b : "";
    }

    /** Where the hedge starts in the sentence, or -1. */
    static int hedgeStart(String sentence) {
        java.util.regex.Matcher m = STRONG_HEDGE.matcher(sentence);
        return m.find() ? m.start() : -1;
    }

    static Modality read(String sentence) {
        if (DENIED.matcher(sentence).find()) return Modality.DENIED;
        if (HEDGED.matcher(sentence).find()) return Modality.HEDGED;
        return Modality.ASSERTED;
    }
}
