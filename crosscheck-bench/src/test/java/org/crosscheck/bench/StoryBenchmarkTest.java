package org.crosscheck.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class StoryBenchmarkTest {
    private static final Map<String, String> TRUTH = Map.of("a1", "A", "a2", "A", "b1", "B", "c1", "C");

    @Test
    void theTrueGroupingScoresOne() {
        StoryBenchmark.Score s = StoryBenchmark.bCubed(TRUTH, TRUTH);
        assertThat(s.precision()).isEqualTo(1.0);
        assertThat(s.recall()).isEqualTo(1.0);
        assertThat(s.f1()).isEqualTo(1.0);
    }

    @Test
    void everythingInOneStoryKeepsRecallAndLosesPrecision() {
        StoryBenchmark.Score s = StoryBenchmark.bCubed(TRUTH, Map.of("a1", "x", "a2", "x", "b1", "x", "c1", "x"));
        assertThat(s.recall()).isEqualTo(1.0);
        // a1 and a2 find 2 of 4 right, b1 and c1 1 of 4
        assertThat(s.precision()).isCloseTo((0.5 + 0.5 + 0.25 + 0.25) / 4, within(1e-9));
    }

    @Test
    void splittingAStoryKeepsPrecisionAndLosesRecallOnItsArticlesOnly() {
        StoryBenchmark.Score s = StoryBenchmark.bCubed(TRUTH, Map.of("a1", "x", "a2", "y", "b1", "B", "c1", "C"));
        assertThat(s.precision()).isEqualTo(1.0);
        assertThat(s.recall()).isCloseTo((0.5 + 0.5 + 1 + 1) / 4, within(1e-9));
        assertThat(s.sharedRecall()).isCloseTo(0.5, within(1e-9));
    }
}
