package org.crosscheck.nlp;

import java.util.Set;

/**
 * Which words can name the same action or thing: "release" and "publish", "publication" and
 * "publish", "detention" and "detain". Claims compare their predicates through it, so two sources
 * that report one event in different words can meet while two events that only share a topic do
 * not. Implementations are thread-safe.
 */
@FunctionalInterface
public interface WordRelations {
    /**
     * The verb lemmas a word stands for in its first senses: the word itself when it is a verb, its
     * synonyms among verbs, and for a noun of action the verbs it derives from ("publication" gives
     * "publish"). Lower case; never empty for a non-empty lemma (the lemma itself is always in).
     */
    Set<String> senses(String lemma, Upos pos);

    /** No lexicon: a word stands only for itself. */
    WordRelations NONE = (lemma, pos) -> Set.of(lemma);

    /** Whether two words share a sense. */
    default boolean related(String a, Upos aPos, String b, Upos bPos) {
        if (a.equals(b)) return true;
        Set<String> x = senses(a, aPos);
        Set<String> y = senses(b, bPos);
        for (String s : x) if (y.contains(s)) return true;
        return false;
    }
}
