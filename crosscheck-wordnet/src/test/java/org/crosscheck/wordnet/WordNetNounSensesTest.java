package org.crosscheck.wordnet;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.nlp.NounSenses.Kind;
import org.junit.jupiter.api.Test;

class WordNetNounSensesTest {
    private static final WordNetNounSenses SENSES = new WordNetNounSenses();

    @Test
    void peopleByRoleGroupsAndDocumentsCanSpeak() {
        assertThat(SENSES.kind("announcer")).isEqualTo(Kind.PERSON);
        assertThat(SENSES.kind("widows")).isEqualTo(Kind.PERSON);
        assertThat(SENSES.kind("ministry")).isEqualTo(Kind.GROUP);
        assertThat(SENSES.kind("letter")).isEqualTo(Kind.DOCUMENT);
    }

    @Test
    void thingsAndUnknownWordsCannot() {
        assertThat(SENSES.kind("evidence")).isEqualTo(Kind.OTHER);
        assertThat(SENSES.kind("water")).isEqualTo(Kind.OTHER);
        assertThat(SENSES.kind("xqzvblorth")).isEqualTo(Kind.UNKNOWN);
        assertThat(SENSES.kind(" ")).isEqualTo(Kind.UNKNOWN);
    }
}
