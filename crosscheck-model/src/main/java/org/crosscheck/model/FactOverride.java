package org.crosscheck.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A fact about a source that a user set because the text does not say it, or says it wrongly: who
 * set it and when. The original and its hash are never touched; analysis applies the value over what
 * the text shows, and reports show it as set by hand.
 *
 * @param value the value as the user gave it (a date as {@code YYYY-MM-DD})
 * @param by    who set it: a name the user gave, or where it came from ("--meta FILE", "web view")
 * @param at    when it was set
 */
public record FactOverride(String value, String by, Instant at) {
    /** The facts a user may set. */
    public static final java.util.List<String> FIELDS = java.util.List.of("title", "outlet", "published", "url");

    public FactOverride {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
    }
}
