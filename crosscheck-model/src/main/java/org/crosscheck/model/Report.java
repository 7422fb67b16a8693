package org.crosscheck.model;

import java.time.Instant;
import java.util.List;

/** Everything one analysis found, in the shape of the report contract (crosscheck.report/1). */
public record Report(
        String corpusName, Instant generated, String toolVersion,
        List<DocumentReport> documents, List<Entity> entities, List<Quote> quotes, List<Claim> claims,
        List<Discrepancy> discrepancies, List<Relation> relations, List<TimelineEntry> timeline) {
    public static final String SCHEMA = "crosscheck.report/1";

    public Report {
        documents = List.copyOf(documents);
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
        claims = List.copyOf(claims);
        discrepancies = List.copyOf(discrepancies);
        relations = List.copyOf(relations);
        timeline = List.copyOf(timeline);
    }
}
