package org.crosscheck.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.crosscheck.model.Report;
import org.junit.jupiter.api.Test;

class ReportReaderTest {
    @Test
    void aReportReadBackIsTheReportThatWasWritten() {
        Report r = Reports.small();
        Report back = ReportReader.read(ReportJson.write(r));
        assertThat(back.claims()).isEqualTo(r.claims());
        assertThat(back.quotes()).isEqualTo(r.quotes());
        assertThat(back.entities()).isEqualTo(r.entities());
        assertThat(back.discrepancies()).isEqualTo(r.discrepancies());
        assertThat(back.relations()).isEqualTo(r.relations());
        assertThat(back.timeline()).isEqualTo(r.timeline());
        assertThat(back.documents().get(0).cleaned()).isEqualTo(r.documents().get(0).cleaned());
        assertThat(back.documents().get(1).cleaned().flags()).isEqualTo(r.documents().get(1).cleaned().flags());
        assertThat(ReportJson.write(back)).isEqualTo(ReportJson.write(r));
    }

    @Test
    void anOlderReportWithoutParagraphsHasThemFoundAgainInTheText() {
        String json = new String(ReportJson.write(Reports.small()), StandardCharsets.UTF_8)
                .replaceAll("(?s)\"paragraphs\" : \\[.*?\\],", "");
        assertThat(json).doesNotContain("\"paragraphs\"");
        Report back = ReportReader.read(json.getBytes(StandardCharsets.UTF_8));
        assertThat(back.documents().get(0).cleaned().paragraphs()).isEqualTo(Reports.small().documents().get(0).cleaned().paragraphs());
    }

    @Test
    void aSpanThatDoesNotFitItsTextIsRefusedNamingWhatIsWrong() {
        String json = new String(ReportJson.write(Reports.small()), StandardCharsets.UTF_8).replace("\"text\" : \"30 homes\"",
                "\"text\" : \"99 homes\"");
        assertThatThrownBy(() -> ReportReader.read(json.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ReportReader.BadReportException.class).hasMessageContaining("says '99 homes' but the text there is '30 homes'");
    }

    @Test
    void somethingElseThanAReportIsRefused() {
        assertThatThrownBy(() -> ReportReader.read("{\"schema\": \"other/2\"}".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("not a crosscheck.report/1 report");
        assertThatThrownBy(() -> ReportReader.read("not json".getBytes(StandardCharsets.UTF_8))).hasMessageStartingWith("not JSON");
    }

    @Test
    void unplacedDatesAreWrittenWithTheirSentenceAndReasonAndReadBack() {
        Report r = Reports.withUnplaced(Reports.small(), "b", "on Monday");
        String json = new String(ReportJson.write(r), StandardCharsets.UTF_8);
        assertThat(json).contains("\"unplaced_dates\"", "\"reason\" : \"no-reference-date\"");
        Report back = ReportReader.read(ReportJson.write(r));
        assertThat(back.unplacedDates()).isEqualTo(r.unplacedDates());
        assertThat(back.unplacedDates().get(0).sentence().text()).isEqualTo("The dam broke on Monday and flooded 35 homes, officials said.");
    }

    @Test
    void aReportWrittenBeforeUnplacedDatesExistedReadsAsHavingNone() {
        String json = new String(ReportJson.write(Reports.small()), StandardCharsets.UTF_8).replaceAll("(?s),\\s*\"unplaced_dates\" : \\[ \\]", "");
        assertThat(json).doesNotContain("unplaced_dates");
        assertThat(ReportReader.read(json.getBytes(StandardCharsets.UTF_8)).unplacedDates()).isEmpty();
    }
}
