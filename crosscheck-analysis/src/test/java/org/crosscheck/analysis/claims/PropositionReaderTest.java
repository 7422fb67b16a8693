package org.crosscheck.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.analysis.Docs;
import org.crosscheck.model.Modality;
import org.crosscheck.model.SourceDocument;
import org.crosscheck.nlp.Sentence;
import org.junit.jupiter.api.Test;

class PropositionReaderTest {
    private static final PropositionReader READER = new PropositionReader(ClaimLexicon.ENGLISH);

    /** The proposition of the first sentence of {@code text}, read with nothing known beyond its words. */
    static Proposition read(String text) {
        SourceDocument doc = Docs.doc("d", text);
        Sentence s = Docs.NLP.analyze(text, 0, text.length()).get(0);
        return READER.read(s, doc.span(s.start(), s.end()), PropositionReader.Context.NONE);
    }

    @Test
    void aPlainStatementIsItsSubjectPredicateAndObject() {
        assertThat(read("The city council approved the new budget on Tuesday.").toString())
                .isEqualTo("The city council / approve / the new budget");
    }

    @Test
    void aFrameOfSayingGivesTheReportedStatementAndItsSpeaker() {
        // the passive is read as the action done to its subject by an agent left unnamed
        Proposition p = read("The mayor said the bridge had been closed for repairs.");
        assertThat(p.toString()).isEqualTo("_ / close / the bridge");
        assertThat(p.framed()).isTrue();
        assertThat(read("The bridge had been closed for repairs, the mayor said.").toString())
                .isEqualTo("_ / close / The bridge");
        assertThat(read("According to the mayor, the bridge had been closed for repairs.").toString())
                .isEqualTo("_ / close / the bridge");
    }

    @Test
    void aVerbOfDenialDeniesOnlyWhatWasSaid() {
        assertThat(read("The ministry rejected the claims of forced labour.").modality()).isEqualTo(Modality.DENIED);
        assertThat(read("The ministry denied paying the fine.").modality()).isEqualTo(Modality.DENIED);
        Proposition dismissal = read("The governor dismissed the harbour director on Monday.");
        assertThat(dismissal.modality()).isEqualTo(Modality.ASSERTED);
        assertThat(dismissal.negated()).isFalse();
        assertThat(read("The council rejected the bid for the ferry line.").modality()).isEqualTo(Modality.ASSERTED);
    }

    @Test
    void negationAndDenialPutTheStatementInTheNegative() {
        assertThat(read("The company did not pay the fine.").negated()).isTrue();
        Proposition denied = read("The ministry denied that the company paid the fine.");
        assertThat(denied.toString()).isEqualTo("NOT the company / pay / the fine");
        assertThat(denied.modality()).isEqualTo(Modality.DENIED);
        assertThat(read("The company paid the fine.").negated()).isFalse();
    }

    @Test
    void modalsAndEvidentialsHedgeTheStatementButTheMonthMayDoesNot() {
        assertThat(read("The flooding may have damaged the pier.").modality()).isEqualTo(Modality.HEDGED);
        assertThat(read("The pier was reportedly damaged by the flooding.").modality()).isEqualTo(Modality.HEDGED);
        assertThat(read("The pier was damaged in May.").modality()).isEqualTo(Modality.ASSERTED);
    }

    @Test
    void aHedgeQualifiesTheStatementOnlyInItsOwnClause() {
        assertThat(read("Officials said the flooding may have damaged the pier.").modality()).isEqualTo(Modality.HEDGED);
        assertThat(read("The inspectors found that the repairs could amount to a full rebuild.").modality()).isEqualTo(Modality.HEDGED);
        assertThat(read("The levee was likely to fail before the storm.").modality()).isEqualTo(Modality.HEDGED);
        // the hedge belongs to another statement the sentence makes, which is read as a unit of its own
        assertThat(read("The mayor again attacked the ferry contract as wasteful, but said she could accept a new one.").modality())
                .isEqualTo(Modality.ASSERTED);
        assertThat(read("The mayor called the contract a betrayal, an argument that seemed to sway the council.").modality())
                .isEqualTo(Modality.ASSERTED);
    }

    @Test
    void aVerblessStatementTakesTheNounAfterTheCopulaAsItsPredicate() {
        assertThat(read("The report is 46 pages long.").predicate().lemma()).isEqualTo("page");
    }

    @Test
    void contentWordsAreLemmasAndNamesAreLowerCase() {
        assertThat(read("Inspectors from Lindqvist found cracks in the cables.").content())
                .containsExactly("inspector", "lindqvist", "find", "crack", "cable");
    }

    private static boolean statesNothing(String text) {
        return PropositionReader.statesNothing(Docs.NLP.analyze(text, 0, text.length()).get(0));
    }

    @Test
    void aPhotoCaptionStatesNothingButStatementsAndTitleCaseHeadlinesDo() {
        assertThat(statesNothing("Mayor Ana Petrova, the head of the harbour board, at a briefing in Lindqvist last March.")).isTrue();
        assertThat(statesNothing("The bridge was closed for repairs last March.")).isFalse();
        assertThat(statesNothing("The toll is six.")).isFalse();
        assertThat(statesNothing("Council Files Lawsuit Against Harbor Authority Over Bridge Collapse")).isFalse();
    }
}
