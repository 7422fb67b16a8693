package org.crosscheck.model;

import java.time.Instant;
import java.util.List;

/**
 * Everything one analysis found, in the shape of the report contract (crosscheck.report/1).
 *
 * @param unplacedDates the time expressions the timeline could not date, with why (added to crosscheck.report/1)
 * @param generation the workspace's generation the report was made from (0 when unknown): a report whose generation is
 *                   behind its workspace's is stale
 */
public record Report(
        String corpusName, Instant generated, String toolVersion,
        List<DocumentReport> documents, List<Entity> entities, List<Quote> quotes, List<Claim> claims,
        List<Discrepancy> discrepancies, List<Relation> relations, List<TimelineEntry> timeline, List<UnplacedDate> unplacedDates,
        long generation) {
    public static final String SCHEMA = "crosscheck.report/1";

    public Report {
        documents = List.copyOf(documents);
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
        claims = List.copyOf(claims);
        discrepancies = List.copyOf(discrepancies);
        relations = List.copyOf(relations);
        timeline = List.copyOf(timeline);
        unplacedDates = List.copyOf(unplacedDates);
    }

    /** A report in which every date mention found its place on the timeline (or none was looked for). */
    public Report(String corpusName, Instant generated, String toolVersion, List<DocumentReport> documents, List<Entity> entities,
            List<Quote> quotes, List<Claim> claims, List<Discrepancy> discrepancies, List<Relation> relations, List<TimelineEntry> timeline,
            long generation) {
        this(corpusName, generated, toolVersion, documents, entities, quotes, claims, discrepancies, relations, timeline, List.of(), generation);
    }

    /** A report of no particular workspace generation. */
    public Report(String corpusName, Instant generated, String toolVersion, List<DocumentReport> documents, List<Entity> entities,
            List<Quote> quotes, List<Claim> claims, List<Discrepancy> discrepancies, List<Relation> relations, List<TimelineEntry> timeline) {
        this(corpusName, generated, toolVersion, documents, entities, quotes, claims, discrepancies, relations, timeline, List.of(), 0);
    }

    /** This report, made from the given workspace generation. */
    public Report withGeneration(long g) {
        return new Report(corpusName, generated, toolVersion, documents, entities, quotes, claims, discrepancies, relations, timeline, unplacedDates, g);
    }
}
