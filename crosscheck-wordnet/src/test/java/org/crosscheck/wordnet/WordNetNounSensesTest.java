package org.crosscheck.wordnet;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.nlp.NounSenses;
import org.crosscheck.nlp.NounSenses.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordNetNounSensesTest {
    private static final WordNetNounSenses SENSES = new WordNetNounSenses();

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "announcer, PERSON", "widows, PERSON", "ministry, GROUP", "letter, DOCUMENT",
        "evidence, OTHER", "water, OTHER", "xqzvblorth, UNKNOWN", "' ', UNKNOWN"})
    void aNounsFirstSenseSaysWhatItNames(String noun, Kind kind) {
        assertThat(SENSES.kind(noun)).isEqualTo(kind);
        assertThat(NounSenses.canSpeak(SENSES.kind(noun))).isEqualTo(kind != Kind.OTHER && kind != Kind.UNKNOWN);
    }
}
