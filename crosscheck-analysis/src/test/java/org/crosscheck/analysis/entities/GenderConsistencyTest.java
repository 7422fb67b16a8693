package org.crosscheck.analysis.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.crosscheck.analysis.Docs;
import org.crosscheck.analysis.claims.DiscrepancyFinder;
import org.crosscheck.analysis.pipeline.CorpusAnalysis;
import org.crosscheck.model.Gender;
import org.junit.jupiter.api.Test;

class GenderConsistencyTest {
    private static final String A = "Mayor Ana Duarte opened the new bridge on Monday. She said it would carry ferries. "
            + "She thanked the engineers.\n";
    private static final String B = "Ana Duarte cut the ribbon on Monday. She spoke of the harbour. "
            + "Her speech was short.\n";
    private static final String FLIPPED = "Ana Duarte opened the bridge on Monday. He said it would carry ferries. "
            + "He thanked his engineers.\n";

    @Test
    void aSourceThatFlipsAPersonsGenderIsFound() {
        CorpusAnalysis c = Docs.analyze(LocalDate.of(2025, 3, 12), "a", A, "b", B, "c", FLIPPED);
        List<GenderConsistency.Flip> flips = c.get(GenderConsistency.GENDER_FLIPS);
        assertThat(flips).singleElement().satisfies(f -> {
            assertThat(f.doc()).isEqualTo("c");
            assertThat(f.expected()).isEqualTo(Gender.FEMALE);
            assertThat(f.flipped()).extracting(s -> s.text()).containsExactly("He", "He", "his");
        });
        assertThat(c.get(DiscrepancyFinder.DISCREPANCIES)).anySatisfy(d ->
                assertThat(d.description()).isEqualTo("One source refers to Ana Duarte as male, the others as female"));
    }

    @Test
    void sourcesThatAgreeAreNotFlips() {
        CorpusAnalysis c = Docs.analyze(LocalDate.of(2025, 3, 12), "a", A, "b", B);
        assertThat(c.get(GenderConsistency.GENDER_FLIPS)).isEmpty();
    }
}
