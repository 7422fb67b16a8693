package org.crosscheck.analysis.quotes;

import java.util.Locale;
import java.util.Set;
import org.crosscheck.nlp.Upos;

/** Reporting verbs and the words that mark a quoted term rather than speech. */
final class Cues {
    /** Verbs of saying, writing and finding, in the forms news uses. */
    static final Set<String> SPEECH = QuoteLexicon.words("speech-verbs.txt");

    /** Cues for indirect speech: clear speech or cognition verbs only, so a framed clause is a statement. */
    static final Set<String> INDIRECT = QuoteLexicon.words("indirect-verbs.txt");

    /** Cognition verbs, which take a bare clause as readily as "said" does: "he thinks the plan will fail". */
    static final Set<String> BARE_CLAUSE = QuoteLexicon.words("bare-clause-verbs.txt");

    /** Verbs of wanting and asking whose infinitive or "for" complement is what the speaker wants. */
    static final Set<String> INTENT = QuoteLexicon.words("intent-verbs.txt");

    /**
     * Verbs of taking a position on something, whose object is what the position is about ("Ana cited the
     * figures", "the senator called the plan a mistake", "the poll shows Berg ahead"): news reports them as
     * attributions as much as what people say.
     */
    static final Set<String> STANCE = QuoteLexicon.words("stance-verbs.txt");

    /** Verbs that report an utterance itself, not a finding or a position: who says or tells it owns the words. */
    static final Set<String> UTTERANCE = QuoteLexicon.words("utterance-verbs.txt");

    /** Verbs whose object is the one spoken to, not the speaker: "told reporters", "asked the court". */
    static final Set<String> TAKES_LISTENER = QuoteLexicon.words("listener-verbs.txt");

    /** Words right before a quotation that make it a term, a title or a name rather than speech. */
    static final Set<String> TERM_MARKERS = QuoteLexicon.words("term-markers.txt");

    private Cues() {}

    static boolean speech(String w) {
        return SPEECH.contains(w.toLowerCase(Locale.ROOT));
    }

    /**
     * A verb of saying at token {@code i}, also in its base form after an auxiliary ("a reader would ask",
     * "she did not explain"): alone, a base form is too often something else ("help people find").
     */
    static boolean speechAt(java.util.List<org.crosscheck.nlp.Token> t, int i) {
        String x = t.get(i).text().toLowerCase(Locale.ROOT);
        if (SPEECH.contains(x)) return true;
        if (!baseOf(x, SPEECH)) return false;
        int k = i - 1;
        while (k >= 0 && (t.get(k).is(Upos.ADV) || t.get(k).is(Upos.PART))) k--;
        return k >= 0 && t.get(k).is(Upos.AUX);
    }

    static boolean indirect(String w) {
        String x = w.toLowerCase(Locale.ROOT);
        return INDIRECT.contains(x) || x.endsWith("ing") && participleOf(x, INDIRECT);
    }

    /**
     * Whether {@code ing} is the participle of a verb whose other forms {@code verbs} holds: "saying" (says),
     * "noting" (notes), "admitting" (admits), so the lists need not spell every participle.
     */
    static boolean participleOf(String ing, Set<String> verbs) {
        String stem = ing.substring(0, ing.length() - 3);
        if (stem.length() < 2) return false;
        java.util.List<String> bases = new java.util.ArrayList<>(java.util.List.of(stem, stem + "e"));
        int n = stem.length();
        if (n >= 3 && stem.charAt(n - 1) == stem.charAt(n - 2)) bases.add(stem.substring(0, n - 1)); // admitting, regretting
        for (String b : bases) {
            if (verbs.contains(b) || verbs.contains(b + "s") || verbs.contains(b + "es") || verbs.contains(b + "ed")
                    || verbs.contains(b + "d")) {
                return true;
            }
        }
        return false;
    }

    static boolean stance(String w) {
        String x = w.toLowerCase(Locale.ROOT);
        return STANCE.contains(x) || x.endsWith("ing") && participleOf(x, STANCE) || baseOf(x, STANCE);
    }

    /** Whether {@code w} is the base form of a verb {@code verbs} holds in -s: "support" (supports), "criticize" (criticizes). */
    static boolean baseOf(String w, Set<String> verbs) {
        return w.length() > 2 && !w.endsWith("s") && (verbs.contains(w + "s") || verbs.contains(w + "es"));
    }

    /** "and"/"but" joining a second verb to the subject of the first: "criticised the council but praised the mayor". */
    static boolean joinsVerbs(String w) {
        return w.equalsIgnoreCase("and") || w.equalsIgnoreCase("but");
    }
}
