package org.crosscheck.model;

import org.jspecify.annotations.Nullable;

/**
 * Who a quote is attributed to.
 *
 * @param entity  the resolved entity id, null when the speaker is not resolved
 * @param name    the speaker's name as resolved, null when the text does not say who speaks
 * @param mention the words in the text that point at the speaker ("she", "the office"), null when none
 */
public record Speaker(@Nullable String entity, @Nullable String name, @Nullable Span mention) {
    public static final Speaker UNKNOWN = new Speaker(null, null, null);

    public boolean known() {
        return name != null;
    }
}
