package org.crosscheck.model;

import java.util.Objects;

/**
 * A run of characters in one document's extracted text: {@code text.substring(start, end)}.
 * Offsets are Java {@code String} indices (UTF-16 code units), as the report contract requires.
 *
 * @param doc   the document id
 * @param start first character, inclusive
 * @param end   last character, exclusive
 * @param text  the characters themselves, repeated so readers need not recompute them
 */
public record Span(String doc, int start, int end, String text) implements Comparable<Span> {
    public Span {
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ") in " + doc);
        }
        if (text.length() != end - start) {
            throw new IllegalArgumentException("span text length " + text.length() + " != " + (end - start) + " in " + doc);
        }
    }

    /** The span {@code [start, end)} of {@code fullText}, which must be the whole text of {@code doc}. */
    public static Span of(String doc, String fullText, int start, int end) {
        if (end > fullText.length()) {
            throw new IllegalArgumentException("span end " + end + " beyond text of " + doc + " (" + fullText.length() + ")");
        }
        return new Span(doc, start, end, fullText.substring(start, end));
    }

    public int length() {
        return end - start;
    }

    public boolean contains(Span other) {
        return doc.equals(other.doc) && start <= other.start && other.end <= end;
    }

    public boolean overlaps(Span other) {
        return doc.equals(other.doc) && start < other.end && other.start < end;
    }

    @Override
    public int compareTo(Span o) {
        int c = doc.compareTo(o.doc);
        if (c != 0) return c;
        c = Integer.compare(start, o.start);
        return c != 0 ? c : Integer.compare(end, o.end);
    }

    /** Readable form for tests and logs: {@code [10, 18](John Doe)}. */
    @Override
    public String toString() {
        return "[" + start + ", " + end + "](" + text + ")";
    }
}
