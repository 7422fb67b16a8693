package org.crosscheck.analysis.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.analysis.Docs;
import org.crosscheck.analysis.pipeline.CorpusAnalysis;
import org.crosscheck.model.TimelineEntry;
import org.junit.jupiter.api.Test;

class TimelineBuilderTest {
    /** One corpus for the class: a dated source, an undated one, and a wire copy whose dateline has no year. */
    private static final CorpusAnalysis C = Docs.analyze(null,
            "dated", "Published: March 12, 2025\n\nThe harbour bridge collapsed on Tuesday evening, officials said.\n\n"
                    + "The bridge was opened in 1987 and last inspected in 2021.\n",
            "undated", "The old harbour bridge collapsed on Tuesday evening during the rush hour.\n",
            "wire", "Bridge falls in harbour\n\nNORTHFOLD, March 12 (Example Wire) - The harbour bridge collapsed on Tuesday evening, "
                    + "injuring 14 people, and the ferry will replace it until June 1, the city said.\n");

    @Test
    void aDatelineDayWithoutItsYearTakesTheYearOfTheCoverageAndIsMarkedInferred() {
        var wire = C.document("wire").orElseThrow().get(TimelineBuilder.DATED_FACTS);
        assertThat(wire.published()).isEqualTo(java.time.LocalDate.of(2025, 3, 12));
        assertThat(wire.publishedBasis()).isEqualTo("inferred");
        assertThat(wire.wire()).isEqualTo("Example Wire");
    }

    @Test
    void theEventsOwnDaysComeFirstAndTheBackgroundYearsAfterThem() {
        var timeline = C.get(TimelineBuilder.TIMELINE);
        assertThat(timeline).extracting(TimelineEntry::when).containsSubsequence("2025-03-11", "2025-06-01", "1987", "2021");
        assertThat(timeline).filteredOn(e -> e.when().equals("1987")).allMatch(TimelineEntry::background);
        assertThat(timeline).filteredOn(e -> e.when().equals("2025-03-11")).noneMatch(TimelineEntry::background);
    }

    @Test
    void anUndatedSourceIsReadAgainstTheDateTheDatedSourcesShare() {
        CorpusAnalysis c = C;
        assertThat(c.get(TimelineBuilder.TIMELINE)).anySatisfy((TimelineEntry e) -> {
            assertThat(e.when()).isEqualTo("2025-03-11");
            assertThat(e.mentions()).extracting(m -> m.doc()).contains("dated", "undated", "wire");
        });
    }

    @Test
    void withoutAnyDateToCountFromARelativeDayIsListedAsUnplacedWithItsSentence() {
        CorpusAnalysis c = Docs.analyze(null,
                "first", "The old harbour bridge collapsed on Friday evening, officials said. It was built in 1987.\n",
                "second", "Divers searched the river on April 21 for the missing ferry.\n");
        assertThat(c.get(TimelineBuilder.TIMELINE)).extracting(TimelineEntry::when).containsExactly("1987");
        assertThat(c.get(TimelineBuilder.UNPLACED)).extracting(u -> u.mention().doc() + ": " + u.mention().text() + " | "
                + u.sentence().text() + " | " + u.reason().label()).containsExactly(
                "first: on Friday | The old harbour bridge collapsed on Friday evening, officials said. | no-reference-date",
                "second: on April 21 | Divers searched the river on April 21 for the missing ferry. | no-reference-date");
    }

    @Test
    void aReferenceDatePlacesWhatWouldOtherwiseBeUnplaced() {
        CorpusAnalysis c = Docs.analyze(java.time.LocalDate.of(2025, 4, 23),
                "first", "The old harbour bridge collapsed on Friday evening, officials said.\n");
        assertThat(c.get(TimelineBuilder.UNPLACED)).isEmpty();
        assertThat(c.get(TimelineBuilder.TIMELINE)).extracting(TimelineEntry::when).containsExactly("2025-04-18");
    }

    @Test
    void aCorpusWhoseSourcesShareADateLeavesNothingUnplaced() {
        assertThat(C.get(TimelineBuilder.UNPLACED)).isEmpty();
    }
}
