package org.crosscheck.analysis.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.crosscheck.model.Span;

/**
 * One document's findings (quotes, dates) by their place in the text, so those around a sentence or
 * unit are found by binary search rather than by reading all of them for every unit, which made the
 * claim stage quadratic in a document's length (a million-character text has tens of thousands of each).
 */
final class ByPlace<T> {
    private final List<T> byStart;
    private final Function<T, Span> span;
    private final int[] maxEnd;

    ByPlace(List<T> items, Function<T, Span> span) {
        this.span = span;
        byStart = items.stream().sorted(Comparator.comparingInt((T t) -> span.apply(t).start())).toList();
        maxEnd = new int[byStart.size()];
        int most = Integer.MIN_VALUE;
        for (int i = 0; i < maxEnd.length; i++) maxEnd[i] = most = Math.max(most, span.apply(byStart.get(i)).end());
    }

    /** The items that share a character with {@code [start, end)}, in the order of their starts. */
    List<T> overlapping(int start, int end) {
        int lo = firstStartingAtOrAfter(end);
        // items [0, lo) start before the end; go back only as far as one of them may still reach past the start
        int first = lo;
        while (first > 0 && maxEnd[first - 1] > start) first--;
        List<T> out = new ArrayList<>();
        for (int i = first; i < lo; i++) if (span.apply(byStart.get(i)).end() > start) out.add(byStart.get(i));
        return out;
    }

    /** The items that lie wholly inside {@code [start, end)}, in the order of their starts. */
    List<T> inside(int start, int end) {
        List<T> out = new ArrayList<>();
        for (int i = firstStartingAtOrAfter(start); i < byStart.size(); i++) {
            Span s = span.apply(byStart.get(i));
            if (s.start() >= end) break;
            if (s.end() <= end) out.add(byStart.get(i));
        }
        return out;
    }

    private int firstStartingAtOrAfter(int offset) {
        int lo = 0;
        int hi = byStart.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (span.apply(byStart.get(mid)).start() < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
