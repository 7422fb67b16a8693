package org.crosscheck.analysis.claims;

import java.util.Arrays;
import java.util.function.LongFunction;
import java.util.stream.IntStream;
import org.crosscheck.analysis.claims.ClaimClusterer.Reason;
import org.jspecify.annotations.Nullable;

/**
 * The judge's verdict on every candidate pair of statements, held as primitive arrays: a corpus of
 * thousands of articles has millions of candidate pairs, and maps of boxed pair keys and boxed
 * probabilities took some 70 bytes a pair where these arrays take 17. A pair of statements
 * {@code (a, b)} is one key whichever comes first: the two indices packed into a {@code long}, the
 * smaller in the high half. Keys are sorted, so lookups are binary searches and iteration runs in key
 * order. Immutable once built (the arrays are not shared); thread-safe.
 */
final class PairTable {
    private static final byte NO_REASON = -1;
    private static final Reason[] REASONS = Reason.values();

    private final long[] keys;
    private final double[] probability;
    private final byte[] reason;

    /** What the judge says of one pair: the probability that it is one claim, and why structure keeps it apart (or null). */
    record Verdict(double probability, @Nullable Reason reason) {}

    private PairTable(long[] keys, double[] probability, byte[] reason) {
        this.keys = keys;
        this.probability = probability;
        this.reason = reason;
    }

    /**
     * The table of the pairs {@code candidates} holds (in any order, a pair any number of times), each
     * with {@code judge}'s verdict. Pairs are judged on their own, so they are shared among the cores;
     * the verdicts land at their pair's place, so the table does not depend on the order they finish in.
     * {@code candidates} is left as it was.
     */
    static PairTable judged(long[] candidates, LongFunction<Verdict> judge) {
        long[] keys = sortedDistinct(candidates);
        double[] probability = new double[keys.length];
        byte[] reason = new byte[keys.length];
        IntStream.range(0, keys.length).parallel().forEach(i -> {
            Verdict v = judge.apply(keys[i]);
            probability[i] = v.probability();
            reason[i] = v.reason() == null ? NO_REASON : (byte) v.reason().ordinal();
        });
        return new PairTable(keys, probability, reason);
    }

    /** The key of the pair of statements {@code a} and {@code b} (non-negative indices), the same for {@code (b, a)}. */
    static long key(int a, int b) {
        if (a < 0 || b < 0) throw new IllegalArgumentException("statement indices are not negative: " + a + ", " + b);
        return a < b ? ((long) a << 32) | b : ((long) b << 32) | a;
    }

    /** The smaller statement index of a pair key. */
    static int first(long key) {
        return (int) (key >>> 32);
    }

    /** The larger statement index of a pair key. */
    static int second(long key) {
        return (int) key;
    }

    /** {@code keys} sorted, each once: a copy, {@code keys} is left as it was. */
    private static long[] sortedDistinct(long[] keys) {
        long[] sorted = keys.clone();
        Arrays.parallelSort(sorted);
        int n = 0;
        for (int i = 0; i < sorted.length; i++) if (n == 0 || sorted[n - 1] != sorted[i]) sorted[n++] = sorted[i];
        return n == sorted.length ? sorted : Arrays.copyOf(sorted, n);
    }

    /** How many pairs the table holds. */
    int size() {
        return keys.length;
    }

    /** The key of the {@code i}th pair, in ascending key order. */
    long keyAt(int i) {
        return keys[i];
    }

    /** The probability of the {@code i}th pair. */
    double probabilityAt(int i) {
        return probability[i];
    }

    /** Why structure keeps the {@code i}th pair apart, or null when it does not. */
    @Nullable Reason reasonAt(int i) {
        return reason[i] == NO_REASON ? null : REASONS[reason[i]];
    }

    /** The index of the pair {@code (a, b)} (in either order), or -1 when the table does not hold it. */
    int indexOf(int a, int b) {
        int i = Arrays.binarySearch(keys, key(a, b));
        return i < 0 ? -1 : i;
    }

    /** Whether the table holds the pair {@code (a, b)}. */
    boolean contains(int a, int b) {
        return indexOf(a, b) >= 0;
    }

    /** The probability of the pair {@code (a, b)}, or {@code absent} when the table does not hold it. */
    double probability(int a, int b, double absent) {
        int i = indexOf(a, b);
        return i < 0 ? absent : probability[i];
    }

    /** Why structure keeps {@code a} and {@code b} apart, or null when it does not or the table does not hold the pair. */
    @Nullable Reason reason(int a, int b) {
        int i = indexOf(a, b);
        return i < 0 ? null : reasonAt(i);
    }

    /** Whether structure keeps {@code a} and {@code b} apart (a pair the table does not hold is not kept apart). */
    boolean cannotLink(int a, int b) {
        return reason(a, b) != null;
    }
}
