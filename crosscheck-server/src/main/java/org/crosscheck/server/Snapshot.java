package org.crosscheck.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.crosscheck.model.Report;
import org.crosscheck.report.ReportJson;
import org.crosscheck.report.html.ReportViews;
import org.jspecify.annotations.Nullable;

/**
 * One report as the server shows it: the report, its views, its report.json tree with each
 * document and claim found by id, and the pages already rendered. Never changed once built (the
 * page cache only fills), so any number of request threads may read it while an analysis builds
 * the next one.
 */
final class Snapshot {
    private final Report report;
    private final ReportViews views;
    private final ObjectNode tree;
    private final Map<String, JsonNode> documents = new HashMap<>();
    private final Map<String, JsonNode> claims = new HashMap<>();
    private final ArrayNode documentSummaries;
    private final Map<String, byte[]> pages = new ConcurrentHashMap<>();
    private final Mount mount;

    Snapshot(Report report) {
        this(report, Mount.ROOT);
    }

    Snapshot(Report report, Mount mount) {
        this.report = report;
        this.mount = mount;
        this.views = new ReportViews(report, new WebLinks(mount));
        this.tree = ReportJson.tree(report);
        for (JsonNode d : tree.path("documents")) documents.put(d.path("id").asText(), d);
        for (JsonNode c : tree.path("claims")) claims.put(c.path("id").asText(), c);
        this.documentSummaries = tree.arrayNode();
        for (JsonNode d : tree.path("documents")) {
            ObjectNode o = ((ObjectNode) d).deepCopy();
            o.remove(List.of("text", "body", "removed", "paragraphs", "title_span"));
            documentSummaries.add(o);
        }
    }

    /** Every document as report.json holds it, without its texts. */
    ArrayNode documentSummaries() {
        return documentSummaries;
    }

    static Snapshot empty(String corpusName, Mount mount) {
        return new Snapshot(new Report(corpusName, Instant.now(), "", List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of()), mount);
    }

    /** Where this report's pages are served. */
    Mount mount() {
        return mount;
    }

    Report report() {
        return report;
    }

    ReportViews views() {
        return views;
    }

    ObjectNode tree() {
        return tree;
    }

    @Nullable JsonNode document(String id) {
        return documents.get(id);
    }

    @Nullable JsonNode claim(String id) {
        return claims.get(id);
    }

    /** Searches, and pages of one source or claim, kept per snapshot: the most recently asked of each, at most this many. */
    static final int SEARCHES_KEPT = 256;

    private final Map<String, byte[]> searches = lru(SEARCHES_KEPT);
    private final Map<String, byte[]> items = lru(SEARCHES_KEPT);

    private static Map<String, byte[]> lru(int size) {
        return java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
                return size() > size;
            }
        });
    }

    /**
     * A search's answer in this snapshot, kept among the {@link #SEARCHES_KEPT} most recently asked:
     * the snapshot never changes, so neither does the answer. Two requests for one new search may
     * both render it; either answer is right.
     */
    byte[] search(String key, Supplier<byte[]> render) {
        return kept(searches, key, render);
    }

    /**
     * The page of one source or claim (as {@code key} names it, with whatever it marks), kept among
     * the {@link #SEARCHES_KEPT} most recently read: there are as many as the report has sources and
     * claims, too many to keep all, and a source's page holds its whole text.
     */
    byte[] item(String key, Supplier<byte[]> render) {
        return kept(items, key, render);
    }

    private static byte[] kept(Map<String, byte[]> cache, String key, Supplier<byte[]> render) {
        byte[] kept = cache.get(key);
        if (kept != null) return kept;
        byte[] fresh = render.get();
        cache.put(key, fresh);
        return fresh;
    }

    /** A page of this snapshot, rendered once. Only for pages with a bounded number of variants. */
    byte[] page(String key, Supplier<byte[]> render) {
        return pages.computeIfAbsent(key, k -> render.get());
    }
}
