package org.crosscheck.analysis.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordsTest {
    @Test
    void theMonthMayIsAContentWordAndTheModalIsNot() {
        assertThat(Words.content("She visited the port in May.")).containsExactly("visit", "port", "may");
        assertThat(Words.content("The port may close.")).containsExactly("port", "close");
        assertThat(Words.content("May the port close?")).containsExactly("port", "close");
    }

    @Test
    void aDoubledConsonantBeforeAnEndingIsUndone() {
        assertThat(Words.content("committed underpinning")).containsExactly("commit", "underpin");
        assertThat(Words.content("passing falling")).containsExactly("pass", "fall");
    }
}
