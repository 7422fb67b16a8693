package org.crosscheck.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.nlp.Sentence;
import org.junit.jupiter.api.Test;

/** What a reader sees as a claim's statement when the sentence splitter cut a quotation in two. */
class ClaimStatementTest {
    /** Sentences of {@code text} split after each ". " (and at blank lines), as a splitter that ignores quotation marks would. */
    private static List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        int start = 0;
        for (int k = 0; k < text.length(); k++) {
            boolean end = k + 1 == text.length() || text.startsWith(". ", k) || text.startsWith(".\n", k);
            if (!end) continue;
            out.add(new Sentence(start, k + 1, List.of()));
            start = k + 1;
            while (start < text.length() && Character.isWhitespace(text.charAt(start))) start++;
            k = start - 1;
        }
        return out;
    }

    private static String statementOf(String text, String sentenceStart) {
        List<Sentence> sentences = split(text);
        for (int i = 0; i < sentences.size(); i++) {
            if (sentences.get(i).text(text).startsWith(sentenceStart)) return ClaimClusterer.withWholeQuotation(sentences, i, text);
        }
        throw new AssertionError("no sentence starts with " + sentenceStart);
    }

    @Test
    void aSentenceThatClosesAQuotationItDidNotOpenIsShownWithItsOpening() {
        String text = "The council met on Monday. \u201CThe levee plan is a waste. It's absurd,\u201D the mayor said after the vote. She left.";
        assertThat(statementOf(text, "It's absurd"))
                .isEqualTo("\u201CThe levee plan is a waste. It's absurd,\u201D the mayor said after the vote.");
    }

    @Test
    void aSentenceThatOpensAQuotationItDoesNotCloseIsShownWithItsEnd() {
        String text = "The mayor spoke. \"The levee plan is a waste. It cost us a year,\" she said. Then she left.";
        assertThat(statementOf(text, "\"The levee"))
                .isEqualTo("\"The levee plan is a waste. It cost us a year,\" she said.");
    }

    @Test
    void aWholeSentenceIsShownAsItIs() {
        String text = "The mayor spoke. \"The plan is a waste,\" she said. Then she left.";
        assertThat(statementOf(text, "\"The plan")).isEqualTo("\"The plan is a waste,\" she said.");
    }

    @Test
    void aQuotationLeftOpenAtTheEndOfItsParagraphIsNotJoinedToTheNext() {
        String text = "\u201CThe plan is a waste. We will fight it.\n\n\u201CAnd we will win,\u201D she said.";
        assertThat(statementOf(text, "We will fight")).isEqualTo("We will fight it.");
    }

    @Test
    void marksThatNeverPairUpLeaveTheSentenceAlone() {
        String text = "One. Two. Three. Four. Five,\u201D he said.";
        assertThat(statementOf(text, "Five")).isEqualTo("Five,\u201D he said.");
    }

    @Test
    void straightMarksAreToldApartByWhatIsAroundThem() {
        assertThat(ClaimClusterer.quotationBalance("\"Open and shut,\" he said.")).isZero();
        assertThat(ClaimClusterer.quotationBalance("He called it \"insane.")).isEqualTo(1);
        assertThat(ClaimClusterer.quotationBalance("ridiculous,\" he said.")).isEqualTo(-1);
    }

    @Test
    void aDatelineIsWhereTheCopyWasFiledNotPartOfTheClaim() {
        assertThat(ClaimClusterer.withoutDateline("HARBOURTON, Northland — The council closed the old footbridge on Tuesday."))
                .isEqualTo("The council closed the old footbridge on Tuesday.");
        assertThat(ClaimClusterer.withoutDateline("HARBOURTON, May 2 (Coast Wire) - The footbridge collapsed."))
                .isEqualTo("The footbridge collapsed.");
        // a sentence that only opens with a capitalised word or an acronym keeps it
        assertThat(ClaimClusterer.withoutDateline("The council - not the port - closed it."))
                .isEqualTo("The council - not the port - closed it.");
        assertThat(ClaimClusterer.withoutDateline("NATO said the exercise was routine."))
                .isEqualTo("NATO said the exercise was routine.");
    }
}
