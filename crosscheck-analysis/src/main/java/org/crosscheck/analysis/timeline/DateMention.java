package org.crosscheck.analysis.timeline;

import org.crosscheck.model.Span;

/**
 * A time expression resolved to the calendar.
 *
 * @param span     the words that date something ("on Wednesday", "in May 2021")
 * @param when     ISO date at the text's precision, or an interval {@code start/end}
 * @param relative true when it was resolved against a reference date ("last week")
 * @param sentence the sentence it dates
 */
public record DateMention(Span span, String when, boolean relative, Span sentence) {}
