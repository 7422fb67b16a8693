package org.crosscheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.crosscheck.model.DocumentReport;
import org.crosscheck.model.Modality;
import org.junit.jupiter.api.Test;

class WordingTest {
    @Test
    void aSourceIsNamedByItsOutletElseItsWireElseItsHeadlineElseItsId() {
        DocumentReport a = Reports.small().documents().get(0);
        DocumentReport b = Reports.small().documents().get(1);
        assertThat(Wording.sourceName(a)).isEqualTo("Valley Post");
        assertThat(Wording.sourceName(b)).isEqualTo("Flood in the valley");
        DocumentReport wire = new DocumentReport(b.source(), b.cleaned(), null, "Reuters", null, "Flood in the valley", null);
        assertThat(Wording.sourceName(wire)).isEqualTo("Reuters");
        DocumentReport bare = new DocumentReport(b.source(), b.cleaned(), " ", null, null, null, null);
        assertThat(Wording.sourceName(bare)).isEqualTo("b");
        assertThat(Wording.shortSourceName(b)).isEqualTo("Flood in the vall…");
    }

    @Test
    void countsAgreeWithTheirNounAndModalitiesAreVerbs() {
        assertThat(Wording.count(1, "document")).isEqualTo("1 document");
        assertThat(Wording.count(2, "document")).isEqualTo("2 documents");
        assertThat(Wording.count(0, "claim")).isEqualTo("0 claims");
        assertThat(Wording.says(Modality.HEDGED)).isEqualTo("says it may");
        assertThat(Wording.says(Modality.DENIED)).isEqualTo("reports a denial");
        assertThat(Wording.sources(Modality.HEDGED, 2)).isEqualTo("2 say it may");
        assertThat(Wording.sources(Modality.DENIED, 1)).isEqualTo("1 reports a denial");
        assertThat(Wording.sources(Modality.DENIED, 2)).isEqualTo("2 report a denial");
        assertThat(Wording.date(java.time.LocalDate.of(2025, 3, 11))).isEqualTo("11 March 2025");
        assertThat(Wording.when("2025-03-11")).isEqualTo("11 March 2025");
        assertThat(Wording.when("2025-03")).isEqualTo("March 2025");
        assertThat(Wording.when("1987")).isEqualTo("1987");
        assertThat(Wording.when("2025-13")).isEqualTo("2025-13");
    }

    @Test
    void theBriefNamesOutletsTitlesAndDatesAndNeverAQuestionMark() {
        String md = new String(MarkdownBrief.write(Reports.small()), StandardCharsets.UTF_8);
        assertThat(md).doesNotContain("?").contains("| a | Valley Post | 2 January 2026 | Dam breaks |")
                .contains("(2 independent sources: Valley Post, Flood in the valley; 2 assert)")
                .contains("  - 35: Flood in the valley").contains("Ada Moss: 1 statement").contains("2 sources, 1 claim, ");
    }

    @Test
    void theBriefSaysHowManyDatesTheTimelineCouldNotPlaceAndWhatWouldPlaceThem() {
        String md = new String(MarkdownBrief.write(Reports.withUnplaced(Reports.small(), "b", "on Monday")), StandardCharsets.UTF_8);
        assertThat(md).contains("1 date mention could not be placed: the sources that give them have no publication date; "
                + "pass --reference-date YYYY-MM-DD to place them.");
        assertThat(new String(MarkdownBrief.write(Reports.small()), StandardCharsets.UTF_8)).doesNotContain("could not be placed");
    }
}
