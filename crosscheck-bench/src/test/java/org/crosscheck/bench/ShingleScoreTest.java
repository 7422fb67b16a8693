package org.crosscheck.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShingleScoreTest {
    @Test
    void aPerfectPredictionScoresOne() {
        ShingleScore.Page p = ShingleScore.page("one two three four five", "one, two three four five!");
        assertThat(p.exact()).isTrue();
        ShingleScore.Summary s = ShingleScore.summarize(List.of(p));
        assertThat(s.f1()).isEqualTo(1.0);
        assertThat(s.accuracy()).isEqualTo(1.0);
    }

    @Test
    void extraTextLowersPrecisionMissingTextLowersRecall() {
        // truth has 2 shingles; the prediction has them and 2 more
        ShingleScore.Page extra = ShingleScore.page("a b c d e", "a b c d e f g");
        assertThat(extra.tp()).isCloseTo(0.5, within(1e-9));
        assertThat(extra.fp()).isCloseTo(0.5, within(1e-9));
        ShingleScore.Summary s = ShingleScore.summarize(List.of(extra));
        assertThat(s.precision()).isCloseTo(0.5, within(1e-9));
        assertThat(s.recall()).isEqualTo(1.0);
    }

    @Test
    void tokensAreUnicodeWordRuns() {
        assertThat(ShingleScore.tokens("Ça va? Oui—très bien_2")).containsExactly("Ça", "va", "Oui", "très", "bien_2");
    }

    @Test
    void anEmptyPredictionHasNoPrecisionToAverage() {
        ShingleScore.Summary s = ShingleScore.summarize(List.of(ShingleScore.page("a b c d e", "")));
        assertThat(s.recall()).isEqualTo(0.0);
        assertThat(s.precision()).isEqualTo(0.0);
    }
}
