package org.crosscheck.analysis.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.crosscheck.analysis.clean.DocumentFacts;
import org.crosscheck.analysis.pipeline.CorpusAnalysis;
import org.crosscheck.analysis.pipeline.CorpusStage;
import org.crosscheck.analysis.pipeline.DocumentAnalysis;
import org.crosscheck.analysis.pipeline.Key;
import org.crosscheck.analysis.text.SentenceStage;
import org.crosscheck.analysis.text.Words;
import org.crosscheck.model.Span;
import org.crosscheck.model.TimelineEntry;

/**
 * Resolves every document's time expressions (against its publication date, else the run's
 * reference date, else the publication date most sources share) and merges the dated sentences of all documents into timeline entries: mentions
 * with the same date whose sentences share their content words are one event.
 * Stateless and thread-safe.
 */
public final class TimelineBuilder implements CorpusStage {
    public static final Key<List<TimelineEntry>> TIMELINE = Key.named("timeline");

    /** Share of content words two dated sentences must have in common to be one event. */
    static final double SAME_EVENT = 0.2;

    @Override
    public String name() {
        return "timeline";
    }

    @Override
    public Set<Key<?>> requires() {
        return Set.of(SentenceStage.SENTENCES, DocumentFacts.FACTS);
    }

    @Override
    public Set<Key<?>> provides() {
        return Set.of(DateFinder.DATES, TIMELINE);
    }

    private static final class Event {
        final String when;
        final List<DateMention> mentions = new ArrayList<>();
        final Set<String> words = new HashSet<>();

        Event(String when) {
            this.when = when;
        }
    }

    @Override
    public CorpusAnalysis apply(CorpusAnalysis corpus) {
        // a source without a date of its own is read against the run's reference date, or else against the
        // date most of the dated sources give: coverage of one event is published within days
        LocalDate fallback = corpus.context().referenceDate();
        if (fallback == null) {
            fallback = corpus.documents().stream().map(d -> d.get(DocumentFacts.FACTS).published()).filter(java.util.Objects::nonNull)
                    .collect(java.util.stream.Collectors.groupingBy(x -> x, java.util.stream.Collectors.counting())).entrySet().stream()
                    .max(java.util.Map.Entry.<LocalDate, Long>comparingByValue().thenComparing(java.util.Map.Entry::getKey))
                    .map(java.util.Map.Entry::getKey).orElse(null);
        }
        LocalDate reference = fallback;
        CorpusAnalysis withDates = corpus.mapDocuments(d -> {
            LocalDate ref = d.get(DocumentFacts.FACTS).published();
            return d.with(DateFinder.DATES, List.copyOf(DateFinder.find(d, ref != null ? ref : reference)));
        });
        List<Event> events = new ArrayList<>();
        java.util.Map<String, List<Event>> byWhen = new java.util.HashMap<>();
        for (DocumentAnalysis d : withDates.documents()) {
            for (DateMention m : d.get(DateFinder.DATES)) {
                Set<String> words = new HashSet<>(Words.content(m.sentence().text()));
                Event best = null;
                double bestScore = SAME_EVENT;
                for (Event e : byWhen.getOrDefault(m.when(), List.of())) {
                    double score = overlap(words, e.words);
                    if (score >= bestScore) {
                        best = e;
                        bestScore = score;
                    }
                }
                if (best == null) {
                    best = new Event(m.when());
                    events.add(best);
                    byWhen.computeIfAbsent(m.when(), k -> new ArrayList<>()).add(best);
                }
                best.mentions.add(m);
                best.words.addAll(words);
            }
        }
        List<TimelineEntry> timeline = events.stream()
                .map(e -> new TimelineEntry(e.when, eventText(e), e.mentions.stream().map(DateMention::span).toList()))
                .sorted(Comparator.comparing(TimelineEntry::when)).toList();
        return withDates.with(TIMELINE, timeline);
    }

    /** The shortest dated sentence of the event stands for it. */
    private static String eventText(Event e) {
        return e.mentions.stream().map(DateMention::sentence).map(Span::text).min(Comparator.comparingInt(String::length))
                .orElse("").strip();
    }

    private static double overlap(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) return 0;
        int shared = 0;
        for (String w : a) if (b.contains(w)) shared++;
        return (double) shared / Math.min(a.size(), b.size());
    }
}
