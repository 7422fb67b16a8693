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
import org.crosscheck.analysis.sentences.SentenceStage;
import org.crosscheck.analysis.text.Words;
import org.crosscheck.model.Span;
import org.crosscheck.model.TimelineEntry;
import org.crosscheck.model.UnplacedDate;

/**
 * Resolves every document's time expressions (against its publication date, else the run's
 * reference date, else the publication date most sources share) and merges the dated sentences of all documents into timeline entries: mentions
 * with the same date whose sentences share their content words are one event.
 * Stateless and thread-safe.
 */
public final class TimelineBuilder implements CorpusStage {
    public static final Key<List<TimelineEntry>> TIMELINE = Key.named("timeline");
    /** A source's facts with the date the corpus gave a dateline that had no year. */
    public static final Key<DocumentFacts.Facts> DATED_FACTS = Key.named("dated-facts");
    /** The time expressions no date could be given to, in document order: a report says why rather than drop them. */
    public static final Key<List<UnplacedDate>> UNPLACED = Key.named("unplaced-dates");

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
        return Set.of(DateFinder.DATES, TIMELINE, DATED_FACTS, UNPLACED);
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
        // a dateline's day without its year takes the year that puts it nearest the coverage's date
        corpus = corpus.mapDocuments(d -> {
            DocumentFacts.Facts f = d.get(DocumentFacts.FACTS);
            if (f.published() != null || f.datelineDay() == null || reference == null) return d.with(DATED_FACTS, f);
            LocalDate dated = f.datelineDay().atYear(reference.getYear());
            if (dated.isAfter(reference.plusDays(183))) dated = dated.minusYears(1);
            else if (dated.isBefore(reference.minusDays(183))) dated = dated.plusYears(1);
            return d.with(DATED_FACTS, f.dated(dated, DocumentFacts.INFERRED));
        });
        CorpusAnalysis withDates = corpus.mapDocuments(d -> {
            LocalDate ref = d.get(DATED_FACTS).published();
            return d.with(DateFinder.DATES, List.copyOf(DateFinder.find(d, ref != null ? ref : reference)));
        });
        List<UnplacedDate> unplaced = new ArrayList<>();
        for (DocumentAnalysis d : withDates.documents()) {
            if (d.get(DATED_FACTS).published() == null && reference == null) unplaced.addAll(DateFinder.unplaced(d));
        }
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
        LocalDate anchor = reference != null ? reference : mostMentionedDay(events);
        List<TimelineEntry> timeline = events.stream()
                .map(e -> new TimelineEntry(e.when, eventText(e), e.mentions.stream().map(DateMention::span).toList(), !ownDay(e.when, anchor)))
                .sorted(Comparator.comparing(TimelineEntry::background).thenComparing(TimelineEntry::when)).toList();
        return withDates.with(TIMELINE, timeline).with(UNPLACED, List.copyOf(unplaced));
    }

    /** How far from the coverage's date a day still belongs to the event itself rather than to its background. */
    static final int EVENT_DAYS = 14;

    /**
     * Whether {@code when} is one of the event's own days: a day, or a range of days, from {@link #EVENT_DAYS} before
     * the date the coverage centres on to whatever the sources announce after it. Years, months and days
     * recalled from longer ago are background.
     */
    static boolean ownDay(String when, LocalDate anchor) {
        if (anchor == null) return false;
        String start = when.split("/")[0];
        if (!start.matches("\\d{4}-\\d{2}-\\d{2}")) return false;
        LocalDate d = LocalDate.parse(start);
        return !d.isBefore(anchor.minusDays(EVENT_DAYS));
    }

    /** Without any source's date, the day the sources date most often is the event's. */
    private static LocalDate mostMentionedDay(List<Event> events) {
        java.util.Map<String, Integer> count = new java.util.HashMap<>();
        for (Event e : events) {
            String start = e.when.split("/")[0];
            if (start.matches("\\d{4}-\\d{2}-\\d{2}")) count.merge(start, e.mentions.size(), Integer::sum);
        }
        return count.entrySet().stream().max(java.util.Map.Entry.<String, Integer>comparingByValue().thenComparing(java.util.Map.Entry::getKey))
                .map(x -> LocalDate.parse(x.getKey())).orElse(null);
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
