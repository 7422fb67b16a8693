package org.crosscheck.analysis.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.crosscheck.analysis.Docs;
import org.crosscheck.model.CleanedDocument;
import org.crosscheck.model.SourceDocument;
import org.junit.jupiter.api.Test;

/** A source's headline, outlet, origin and date read from plain text, each shape with invented copy. */
class SourceFactsTest {
    private static final String LEDE = "The harbour council approved the ferry budget on Monday after a long debate that ran late into the night.\n\n"
            + "Members voted nine to four in favour of the plan, which now goes to the mayor for her signature.\n";

    private static CleanedDocument clean(String text) {
        return new BoilerplateFilter().clean(Docs.doc("d", text));
    }

    private static DocumentFacts.Facts facts(String text) {
        SourceDocument doc = Docs.doc("d", text);
        return DocumentFacts.facts(doc, new BoilerplateFilter().clean(doc));
    }

    @Test
    void aHeadlineEndingInAFullStopIsStillTheHeadline() {
        assertThat(clean("Council approves ferry budget after late-night debate.\n\n" + LEDE).title().text())
                .isEqualTo("Council approves ferry budget after late-night debate.");
        assertThat(clean("Ferry budget passes: 'we had no choice', says mayor!\n\n" + LEDE).title().text())
                .isEqualTo("Ferry budget passes: 'we had no choice', says mayor!");
    }

    @Test
    void aMastheadANavigationTrailAndASectionLabelAreNeverTheHeadline() {
        CleanedDocument c = clean("The Northfold Ledger\n\nHome | World | Business | Sport\n\nPolitics\n\n"
                + "Council approves ferry budget after late-night debate\n\n" + LEDE);
        assertThat(c.title().text()).isEqualTo("Council approves ferry budget after late-night debate");
        assertThat(c.removed()).extracting(r -> r.span().text())
                .contains("The Northfold Ledger", "Home | World | Business | Sport", "Politics");
        assertThat(facts("The Northfold Ledger\n\nCouncil approves ferry budget after late-night debate\n\n" + LEDE).outlet())
                .isEqualTo("The Northfold Ledger");
    }

    @Test
    void aTextThatOpensWithItsDatelineHasNoHeadline() {
        assertThat(clean("NORTHFOLD — The harbour council approved the ferry budget on Monday after a long debate.\n\n" + LEDE).title())
                .isNull();
    }

    @Test
    void aWireDatelineMakesTheAgencyTheOriginAndNeverTheOutlet() {
        for (String dateline : new String[] {"NORTHFOLD (Reuters) - ", "NORTHFOLD, Maine (AP) — ", "PARIS, March 3 (AFP) - ", "(Reuters) - ",
            "Northfold (AFP) – "}) {
            DocumentFacts.Facts f = facts("Council approves ferry budget\n\n" + dateline + LEDE);
            assertThat(f.outlet()).as(dateline).isNull();
            assertThat(f.wire()).as(dateline).isIn("Reuters", "Associated Press", "Agence France-Presse");
        }
        assertThat(facts("Council approves ferry budget\n\nPARIS, March 3 (AFP) - " + LEDE).wire()).isEqualTo("Agence France-Presse");
        assertThat(facts("Council approves ferry budget\n\nNORTHFOLD, Maine (AP) — " + LEDE).wire()).isEqualTo("Associated Press");
    }

    @Test
    void aCreditLineNamesTheOriginToo() {
        assertThat(facts("Council approves ferry budget\n\n" + LEDE + "\n— Agence France-Presse\n").wire()).isEqualTo("Agence France-Presse");
        assertThat(facts("Council approves ferry budget\n\n" + LEDE + "\nThis story was originally published by The Northfold Ledger.\n").wire())
                .isEqualTo("The Northfold Ledger");
        assertThat(facts("Council approves ferry budget\n\n" + LEDE + "\nThis piece first appeared on Harbour Risk Insights.\n").wire())
                .isEqualTo("Harbour Risk Insights");
    }

    @Test
    void aStoryNamingWhereOthersFirstPublishedSomethingKeepsItsOwnOrigin() {
        assertThat(facts("Council approves ferry budget\n\n" + LEDE + "\nThe figures, which were first published by The Northfold Ledger "
                + "last spring, have since been confirmed by two other papers and by the harbour authority itself.\n\n" + LEDE).wire()).isNull();
    }

    @Test
    void aDatedBylineGivesThePublicationDate() {
        DocumentFacts.Facts f = facts("Council approves ferry budget\n\nUpdated 3:41 PM EDT, Tue May 1, 2018\n\n" + LEDE);
        assertThat(f.published()).isEqualTo(LocalDate.of(2018, 5, 1));
        assertThat(f.publishedBasis()).isEqualTo(DocumentFacts.STATED);
    }

    @Test
    void withoutAStatedDateTheTextsOwnDateAndItsWeekdayGiveAnInferredOne() {
        DocumentFacts.Facts f = facts("Council approves ferry budget\n\nThe harbour council approved the ferry budget on Wednesday, "
                + "12 March 2025, after a long debate that ran late into the night.\n\nThe old budget dated from 14 June 2019.\n");
        assertThat(f.published()).isEqualTo(LocalDate.of(2025, 3, 12));
        assertThat(f.publishedBasis()).isEqualTo(DocumentFacts.INFERRED);
    }

    @Test
    void aDateTheTextRecallsIsNotItsPublicationDate() {
        // 14 June 2019 was a Friday, and the text speaks of a Friday, but of a later year too
        DocumentFacts.Facts f = facts("Council approves ferry budget\n\nThe council met on Friday to plan the 2026 budget; the old one "
                + "dated from 14 June 2019, when the ferry still ran twice a day.\n");
        assertThat(f.published()).isNull();
    }

    @Test
    void whatStandsBetweenTheHeadlineAndTheDatelineIsNotTheStory() {
        CleanedDocument c = clean("Council approves ferry budget\n\nA photograph shows the council chamber during the vote on Monday night.\n\n"
                + "NORTHFOLD — " + LEDE);
        assertThat(c.body()).startsWith("NORTHFOLD — The harbour council").doesNotContain("photograph");
    }

    @Test
    void aShortSummaryUnderACopiedHeadlineIsNotTheLede() {
        CleanedDocument c = clean("Council approves ferry budget.\n\nMayor signs off on the plan.\n\n" + LEDE);
        assertThat(c.body()).startsWith("The harbour council").doesNotContain("Mayor signs off");
    }

    @Test
    void aPullQuoteThatRepeatsAQuotationIsSetApart() {
        CleanedDocument c = clean("Council approves ferry budget\n\n" + LEDE + "\n'The ferry is the lifeline of this harbour and we will keep it "
                + "running.'\n\n\"The ferry is the lifeline of this harbour and we will keep it running,\" the mayor said after the vote.\n");
        assertThat(c.removed()).extracting(r -> r.span().text()).containsExactly(
                "'The ferry is the lifeline of this harbour and we will keep it running.'");
        assertThat(c.body()).contains("the mayor said after the vote");
    }
}
