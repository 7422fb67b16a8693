package org.crosscheck.model;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A document after boilerplate removal: which spans of the extracted text are the article's own
 * prose, which are its title, and what was left out and why.
 *
 * @param title      the headline span, or null when none was found
 * @param paragraphs the article's own paragraphs, in text order
 * @param removed    everything else that is not blank, with its kind
 * @param flags      warnings for the reader
 */
public record CleanedDocument(
        @Nullable Span title, List<Span> paragraphs, List<Removed> removed, Set<DocumentFlag> flags) {
    public CleanedDocument {
        paragraphs = List.copyOf(paragraphs);
        removed = List.copyOf(removed);
        flags = Set.copyOf(flags);
    }

    /** The body as the contract defines it: paragraphs separated by blank lines. */
    public String body() {
        return paragraphs.stream().map(Span::text).map(String::strip).collect(Collectors.joining("\n\n"));
    }

    public CleanedDocument withFlag(DocumentFlag flag) {
        var more = new java.util.HashSet<>(flags);
        more.add(flag);
        return new CleanedDocument(title, paragraphs, removed, more);
    }
}
