package org.crosscheck.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WordListsTest {
    @Test
    void entriesAreTheLinesWithoutCommentsOrBlanksInFileOrder() {
        assertThat(WordLists.entries(WordListsTest.class, "test-words.txt")).containsExactly("Harbour", "Ferry", "harbour", "Pier");
    }

    @Test
    void lowerCaseEntriesAreDistinct() {
        assertThat(WordLists.lowerCase(WordListsTest.class, "test-words.txt")).containsExactly("harbour", "ferry", "pier");
    }

    @Test
    void aMissingListIsNamed() {
        assertThatThrownBy(() -> WordLists.entries(WordListsTest.class, "no-such-list.txt"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no-such-list.txt");
    }
}
