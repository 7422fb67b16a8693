package org.crosscheck.nlp.opennlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.nlp.Sentence;
import org.junit.jupiter.api.Test;

class OpenNlpAnalyzerTest {
    private static final OpenNlpAnalyzer NLP = new OpenNlpAnalyzer();

    @Test
    void offsetsPointIntoTheWholeTextNotTheRegion() {
        String text = "HEADER\nMayor Ana Duarte said the bridge will open. It cost 12 million.";
        List<Sentence> s = NLP.analyze(text, 7, text.length());
        assertThat(s).extracting(x -> x.text(text))
                .containsExactly("Mayor Ana Duarte said the bridge will open.", "It cost 12 million.");
        assertThat(s.get(0).tokens()).allSatisfy(t -> assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text()));
    }

    @Test
    void tagsAreUniversalDependencies() {
        String text = "Ana Duarte opened the bridge in Porto.";
        assertThat(NLP.analyze(text, 0, text.length()).get(0).tokens().toString())
                .isEqualTo("[Ana/PROPN, Duarte/PROPN, opened/VERB, the/DET, bridge/NOUN, in/ADP, Porto/PROPN, ./PUNCT]");
    }

    @Test
    void splitsParagraphsGluedWithoutASpace() {
        String text = "The council voted on Monday.Despite protests the plan passed.";
        assertThat(NLP.analyze(text, 0, text.length())).extracting(x -> x.text(text))
                .containsExactly("The council voted on Monday.", "Despite protests the plan passed.");
    }

    @Test
    void linesAreSentenceBoundaries() {
        String text = "Budget Approved\nThe council approved the budget";
        assertThat(NLP.analyze(text, 0, text.length())).hasSize(2);
    }

    @Test
    void aPossessiveIsItsOwnToken() {
        String text = "The mayor's office said so.";
        assertThat(NLP.analyze(text, 0, text.length()).get(0).tokens().toString())
                .startsWith("[The/DET, mayor/NOUN, 's/PART, office/NOUN");
    }

    @Test
    void aCliticTheTaggerDidNotSeeIsSplitOffAndTaggedAgain() {
        String text = "Dana’s plan hadn't worked.";
        assertThat(NLP.analyze(text, 0, text.length()).get(0).tokens().toString())
                .contains("’s/PART", "had/AUX", "n't/PART").doesNotContain("hadn't");
    }

    @Test
    void abbreviationsDoNotEndSentences() {
        String text = "The bridge fell shortly after 6 p.m. as commuters crossed it. The injured went to St. Aurelia Hospital.";
        assertThat(NLP.analyze(text, 0, text.length())).extracting(x -> x.text(text)).containsExactly(
                "The bridge fell shortly after 6 p.m. as commuters crossed it.", "The injured went to St. Aurelia Hospital.");
    }

    @Test
    void aDottedAcronymIsOneWordSoANameItStartsIsNotBroken() {
        String text = "The U.N. Office of Ports wrote to the E.U. on Monday, then to the U.S.";
        assertThat(NLP.analyze(text, 0, text.length()).get(0).tokens()).extracting(t -> t.text())
                .containsSubsequence("The", "U.N.", "Office", "of", "Ports", "wrote").contains("E.U.").endsWith("U.S.");
    }

    @Test
    void dashesWithoutSpacesAreTokensOfTheirOwn() {
        String text = "Beijing sent no figures—the office said—on request.";
        assertThat(NLP.analyze(text, 0, text.length()).get(0).tokens()).extracting(t -> t.text())
                .containsSubsequence("figures", "—", "the", "office", "said", "—", "on");
    }

    @Test
    void aMiddleInitialKeepsItsDot() {
        String text = "Ms. Lind asked whether her deputy, Paul G. Marsh, had a problem, and President Ivan K. Petrov of Latvia agreed.";
        List<Sentence> s = NLP.analyze(text, 0, text.length());
        assertThat(s).hasSize(1);
        assertThat(s.get(0).tokens()).extracting(t -> t.text()).contains("G.", "K.").doesNotContain("G", "K");
    }

    @Test
    void anAbbreviatedTitleKeepsItsDot() {
        String text = "He asked why Mrs. Lind had not been charged, and the inquiry into Mrs. Lind’s server went on.";
        assertThat(NLP.analyze(text, 0, text.length()).get(0).tokens()).extracting(t -> t.text()).contains("Mrs.").doesNotContain("Mrs");
    }

    @Test
    void aCapitalLetterEndingASentenceKeepsItsFullStopApart() {
        String text = "The council chose Plan B.";
        assertThat(NLP.analyze(text, 0, text.length()).get(0).tokens()).extracting(t -> t.text()).endsWith("B", ".");
    }

    @Test
    void aClockTimeFollowedByItsZoneOrDayDoesNotEndTheSentence() {
        String text = "The vote ended at 9 p.m. EDT on Friday, Lind said. Counting began at 7 a.m. Sunday EST, officials said.";
        assertThat(NLP.analyze(text, 0, text.length())).extracting(x -> x.text(text)).containsExactly(
                "The vote ended at 9 p.m. EDT on Friday, Lind said.", "Counting began at 7 a.m. Sunday EST, officials said.");
    }

    @Test
    void aClockTimeStillEndsASentenceBeforeANewClause() {
        String text = "The polls closed at 8 p.m. Voters went home. The count ended at 6 a.m. Eastern Europe waited.";
        assertThat(NLP.analyze(text, 0, text.length())).extracting(x -> x.text(text)).containsExactly(
                "The polls closed at 8 p.m.", "Voters went home.", "The count ended at 6 a.m.", "Eastern Europe waited.");
    }

    @Test
    void aQuotationAndTheWordsThatAttributeItAreOneSentence() {
        String text = "“Will the bridge hold?” Mayor Lind asked. “We did it!” Dana Ortiz shouted, and the crowd cheered. "
                + "“Never again!” Ortiz said in a statement.";
        assertThat(NLP.analyze(text, 0, text.length())).extracting(x -> x.text(text)).containsExactly(
                "“Will the bridge hold?” Mayor Lind asked.", "“We did it!” Dana Ortiz shouted, and the crowd cheered.",
                "“Never again!” Ortiz said in a statement.");
    }

    @Test
    void aQuotationFollowedByAStatementOfItsOwnStaysApart() {
        String text = "“Will the bridge hold?” Engineers said the steel was sound. “We did it!” The crowd cheered.";
        assertThat(NLP.analyze(text, 0, text.length())).extracting(x -> x.text(text)).containsExactly(
                "“Will the bridge hold?”", "Engineers said the steel was sound.", "“We did it!”", "The crowd cheered.");
    }

    @Test
    void noSentenceStartsWithTheClosingMarkOfAQuotation() {
        // the detector cuts before a closing mark set off by a space: the mark goes back to its quotation
        String text = "He read the sign \"Keep out! \" and turned back. “Stop it! ” the guard yelled at the boys.";
        assertThat(NLP.analyze(text, 0, text.length())).extracting(x -> x.text(text)).allSatisfy(s -> assertThat(s).doesNotStartWith("”").doesNotStartWith("\" "))
                .containsExactly("He read the sign \"Keep out! \" and turned back.", "“Stop it! ” the guard yelled at the boys.");
    }

    @Test
    void theOpeningMarkOfTheNextQuotationStaysWithIt() {
        String text = "\"The bridge will open in May. Trams come later,\" Lind said. \"It will carry buses first.\"";
        assertThat(NLP.analyze(text, 0, text.length())).extracting(x -> x.text(text)).containsExactly(
                "\"The bridge will open in May.", "Trams come later,\" Lind said.", "\"It will carry buses first.\"");
    }

    @Test
    void aCueThatIntroducesTheNextQuotationOrAClauseIsNotATail() {
        String text = "She called it a “bold plan.” She adds, “Who will pay for it?” I was joking.\" To which she said, \"Fine.\" "
                + "“Build it now!” Lind says engineers disagree.";
        assertThat(NLP.analyze(text, 0, text.length())).extracting(x -> x.text(text)).containsExactly(
                "She called it a “bold plan.”", "She adds, “Who will pay for it?”", "I was joking.\"", "To which she said, \"Fine.\"",
                "“Build it now!”", "Lind says engineers disagree.");
    }

    @Test
    void anOrdinalIsNotAnAbbreviation() {
        String text = "Crews have worked on the bridge since June 1st. Thousands of rivets.";
        assertThat(NLP.analyze(text, 0, text.length())).extracting(x -> x.text(text)).containsExactly(
                "Crews have worked on the bridge since June 1st.", "Thousands of rivets.");
    }

    @Test
    void aQuotationThatGoesOnAfterAnExclamationOrAQuestionEndsItsSentenceOnlyWhereItCloses() {
        String text = "Crowds chanted “No more! No more!” as the council met. \"Is the bridge safe? Probably not,\" Ms. Reyes said. "
                + "\"We will see.\" \"Is it late? Not at all,\" Lind told reporters on the bus.";
        assertThat(NLP.analyze(text, 0, text.length())).extracting(x -> x.text(text)).containsExactly(
                "Crowds chanted “No more! No more!” as the council met.", "\"Is the bridge safe? Probably not,\" Ms. Reyes said.",
                "\"We will see.\"", "\"Is it late? Not at all,\" Lind told reporters on the bus.");
    }
}
