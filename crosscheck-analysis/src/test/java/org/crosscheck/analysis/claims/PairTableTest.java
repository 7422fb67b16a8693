package org.crosscheck.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.analysis.claims.ClaimClusterer.Reason;
import org.junit.jupiter.api.Test;

class PairTableTest {
    /** A judge of the test's own: the probability is the pair's indices written side by side, read as a fraction, pairs with statement 7 are kept apart. */
    private static PairTable.Verdict verdict(long key) {
        int a = PairTable.first(key);
        int b = PairTable.second(key);
        return new PairTable.Verdict((a * 100 + b) / 10_000.0, a == 7 || b == 7 ? Reason.POLARITY : null);
    }

    private static PairTable table(long... keys) {
        return PairTable.judged(keys, PairTableTest::verdict);
    }

    private static String listed(PairTable t) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            long k = t.keyAt(i);
            out.add(PairTable.first(k) + "-" + PairTable.second(k) + " " + t.probabilityAt(i) + (t.reasonAt(i) == null ? "" : " " + t.reasonAt(i)));
        }
        return String.join(", ", out);
    }

    @Test
    void aPairIsOneKeyInEitherOrder() {
        assertThat(PairTable.key(3, 12)).isEqualTo(PairTable.key(12, 3));
        assertThat(PairTable.first(PairTable.key(12, 3))).isEqualTo(3);
        assertThat(PairTable.second(PairTable.key(12, 3))).isEqualTo(12);
    }

    @Test
    void keysHoldTheLargestIndices() {
        long k = PairTable.key(Integer.MAX_VALUE, Integer.MAX_VALUE - 1);
        assertThat(PairTable.first(k)).isEqualTo(Integer.MAX_VALUE - 1);
        assertThat(PairTable.second(k)).isEqualTo(Integer.MAX_VALUE);
        assertThat(k).isPositive();
    }

    @Test
    void negativeIndicesAreRefused() {
        assertThatThrownBy(() -> PairTable.key(-1, 4)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
    }

    @Test
    void pairsAreHeldOnceInKeyOrderWhateverOrderTheyCameIn() {
        PairTable t = table(PairTable.key(9, 2), PairTable.key(1, 5), PairTable.key(2, 9), PairTable.key(7, 3), PairTable.key(1, 5));
        assertThat(listed(t)).isEqualTo("1-5 0.0105, 2-9 0.0209, 3-7 0.0307 POLARITY");
    }

    @Test
    void lookupsFindAPairFromEitherSide() {
        PairTable t = table(PairTable.key(1, 5), PairTable.key(2, 9), PairTable.key(3, 7));
        assertThat(t.probability(2, 9, -1)).isEqualTo(0.0209);
        assertThat(t.probability(9, 2, -1)).isEqualTo(0.0209);
        assertThat(t.indexOf(9, 2)).isEqualTo(t.indexOf(2, 9)).isEqualTo(1);
        assertThat(t.reason(7, 3)).isEqualTo(Reason.POLARITY);
        assertThat(t.cannotLink(3, 7)).isTrue();
        assertThat(t.cannotLink(5, 1)).isFalse();
        assertThat(t.reason(1, 5)).isNull();
    }

    @Test
    void anAbsentPairHasTheDefaultProbabilityAndNoReason() {
        PairTable t = table(PairTable.key(1, 5), PairTable.key(3, 7));
        assertThat(t.contains(1, 7)).isFalse();
        assertThat(t.indexOf(1, 7)).isEqualTo(-1);
        assertThat(t.probability(1, 7, 0.0)).isEqualTo(0.0);
        assertThat(t.probability(7, 1, -2.5)).isEqualTo(-2.5);
        assertThat(t.reason(7, 1)).isNull();
        assertThat(t.cannotLink(7, 1)).isFalse();
        // keys just beside held ones
        assertThat(t.contains(1, 4)).isFalse();
        assertThat(t.contains(1, 6)).isFalse();
        assertThat(t.contains(0, 0)).isFalse();
    }

    @Test
    void anEmptyTableHoldsNothing() {
        PairTable t = table();
        assertThat(t.size()).isZero();
        assertThat(t.contains(0, 1)).isFalse();
        assertThat(t.probability(0, 1, 0.25)).isEqualTo(0.25);
    }

    @Test
    void everyReasonSurvivesTheRoundTrip() {
        long[] keys = {PairTable.key(0, 1), PairTable.key(0, 2), PairTable.key(0, 3), PairTable.key(0, 4)};
        PairTable t = PairTable.judged(keys, k -> new PairTable.Verdict(0.5, switch (PairTable.second(k)) {
            case 1 -> Reason.POLARITY;
            case 2 -> Reason.ARGUMENTS;
            case 3 -> Reason.NEGATION;
            default -> null;
        }));
        assertThat(t.reason(1, 0)).isEqualTo(Reason.POLARITY);
        assertThat(t.reason(2, 0)).isEqualTo(Reason.ARGUMENTS);
        assertThat(t.reason(3, 0)).isEqualTo(Reason.NEGATION);
        assertThat(t.reason(4, 0)).isNull();
    }

    @Test
    void theCandidatesGivenAreLeftAsTheyWere() {
        long[] keys = {PairTable.key(4, 8), PairTable.key(1, 2), PairTable.key(4, 8)};
        long[] copy = keys.clone();
        table(keys);
        assertThat(keys).isEqualTo(copy);
    }

    @Test
    void manyPairsJudgedInParallelLandAtTheirOwnPlace() {
        long[] keys = new long[20_000];
        // given from the largest to the smallest, the larger index first
        for (int i = 0; i < keys.length; i++) keys[i] = PairTable.key(2 * keys.length - i, i % 97);
        PairTable t = table(keys);
        assertThat(t.size()).isEqualTo(keys.length);
        for (int i = 0; i < keys.length; i += 37) {
            int a = 2 * keys.length - i;
            int b = i % 97;
            assertThat(t.probability(b, a, -1)).isEqualTo(verdict(PairTable.key(a, b)).probability());
        }
        for (int i = 1; i < t.size(); i++) assertThat(t.keyAt(i)).isGreaterThan(t.keyAt(i - 1));
    }
}
