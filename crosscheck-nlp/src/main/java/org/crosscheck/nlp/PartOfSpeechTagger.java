package org.crosscheck.nlp;

import java.util.List;

/**
 * Tags the words of one sentence with Universal Dependencies parts of speech and lemmas. Words come
 * split as the Penn Treebank splits them: clitics apart ("Trump" "'s", "had" "n't").
 * Implementations load their models once, in the constructor, and must be safe to call from several
 * threads at once.
 */
public interface PartOfSpeechTagger {
    /** One tagged word for each of {@code words}, in order. */
    List<TaggedWord> tag(List<String> words);
}
