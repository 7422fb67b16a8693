package org.crosscheck.wordnet;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.nlp.Upos;
import org.crosscheck.nlp.WordRelations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordNetRelationsTest {
    private static final WordRelations WORDNET = WordNet.load().relations();

    @ParameterizedTest(name = "{0}/{1} and {2}/{3} name one action")
    @CsvSource({
            "release, VERB, publish, VERB",
            "publication, NOUN, publish, VERB",
            "detention, NOUN, detain, VERB",
            "release, NOUN, release, VERB",
            "say, VERB, state, VERB"})
    void wordsForOneActionAreRelated(String a, Upos aPos, String b, Upos bPos) {
        assertThat(WORDNET.related(a, aPos, b, bPos)).isTrue();
    }

    @ParameterizedTest(name = "{0}/{1} and {2}/{3} name different actions")
    @CsvSource({
            "release, VERB, arrest, VERB",
            "visit, VERB, sue, VERB",
            "deny, VERB, confirm, VERB",
            "memo, NOUN, publish, VERB"})
    void wordsForDifferentActionsAreNot(String a, Upos aPos, String b, Upos bPos) {
        assertThat(WORDNET.related(a, aPos, b, bPos)).isFalse();
    }

    @Test
    void aWordStandsForItselfEvenWhenWordNetDoesNotKnowIt() {
        assertThat(WORDNET.senses("blorptastic", Upos.VERB)).containsExactly("blorptastic");
        assertThat(WordRelations.NONE.related("say", Upos.VERB, "state", Upos.VERB)).isFalse();
    }
}
