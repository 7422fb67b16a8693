package org.crosscheck.model;

import java.util.List;

/**
 * Something that happened at a time the sources give.
 *
 * @param when  ISO date at the precision the text gives: {@code 2022}, {@code 2022-05}, {@code 2022-08-31},
 *              or an interval {@code 2017/2019}
 * @param event the sentence, or a shortened form of it, that dates the event
 * @param mentions the words that date it, in every source
 * @param background true for what the sources recall from before (earlier years, months), false for the days of the
 *                   event itself, which reports list first
 */
public record TimelineEntry(String when, String event, List<Span> mentions, boolean background) {
    public TimelineEntry {
        mentions = List.copyOf(mentions);
    }

    public TimelineEntry(String when, String event, List<Span> mentions) {
        this(when, event, mentions, false);
    }
}
