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
}
