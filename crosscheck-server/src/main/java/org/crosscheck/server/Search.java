package org.crosscheck.server;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimMention;
import org.crosscheck.model.Discrepancy;
import org.crosscheck.model.DocumentReport;
import org.crosscheck.model.Entity;
import org.crosscheck.model.Quote;
import org.crosscheck.model.QuoteKind;
import org.crosscheck.model.Report;
import org.crosscheck.model.Span;
import org.crosscheck.workspace.SearchIndex;
import org.crosscheck.workspace.SearchIndex.Entry;
import org.crosscheck.workspace.SearchIndex.Hit;
import org.crosscheck.workspace.SearchIndex.Kind;

/**
 * The web view's search: the workspace's full-text index, brought in step with the snapshot a
 * request reads before it is searched (once per snapshot). Thread-safe.
 */
final class Search implements AutoCloseable {
    private final SearchIndex index;
    private volatile Snapshot indexed;

    Search(SearchIndex index) {
        this.index = index;
    }

    List<Hit> find(Snapshot s, SearchIndex.Query q) {
        // a snapshot is indexed before it is published; a request still reading the one before may meet the next one's
        // index for a moment, which is better than writing the index back; only an index never written is written here
        if (indexed == null) index(s);
        return index.search(q);
    }

    /**
     * Brings the index in step with a snapshot (once; a report of the generation already indexed is not
     * written again). A failure is logged and left for the next search to retry: the report stands without its index.
     */
    void index(Snapshot s) {
        synchronized (this) {
            if (indexed == s) return;
            try {
                index.replace(s.report().generation(), entries(s.report()));
                indexed = s;
            } catch (RuntimeException e) {
                LOG.error("the search index of {} could not be written; searches will try again", s.report().corpusName(), e);
            }
        }
    }

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Search.class);

    /** What the index holds for a report: each source's paragraphs, each attributed statement, each claim as each source words it. */
    static List<Entry> entries(Report r) {
        List<Entry> out = new ArrayList<>();
        java.util.Map<String, List<java.util.Map.Entry<String, Span>>> named = new java.util.HashMap<>();
        for (Entity e : r.entities()) {
            for (Span m : e.mentions()) named.computeIfAbsent(m.doc(), k -> new ArrayList<>()).add(java.util.Map.entry(e.id(), m));
        }
        for (DocumentReport d : r.documents()) {
            String id = d.source().id();
            if (d.cleaned().title() != null) out.add(span(Kind.SOURCE, id, d.cleaned().title(), null, null, false, false, named, null));
            for (Span p : d.cleaned().paragraphs()) out.add(span(Kind.SOURCE, id, p, null, null, false, false, named, null));
        }
        java.util.Map<String, String> names = new java.util.HashMap<>();
        for (Entity e : r.entities()) names.put(e.id(), e.name());
        for (Quote q : r.quotes()) {
            if (q.kind() == QuoteKind.TERM) continue;
            String who = q.speaker().entity() != null && names.containsKey(q.speaker().entity()) ? names.get(q.speaker().entity())
                    : q.speaker().name();
            out.add(span(Kind.QUOTE, q.id(), q.span(), who, null, false, false, named, q.speaker().entity()));
        }
        Set<String> disputed = new HashSet<>();
        for (Discrepancy d : r.discrepancies()) if (d.claim() != null) disputed.add(d.claim());
        for (Claim c : r.claims()) {
            String who = c.attributedTo() == null ? null : names.getOrDefault(c.attributedTo(), c.attributedTo());
            for (ClaimMention m : c.mentions()) {
                out.add(span(Kind.CLAIM, c.id(), m.span(), who, m.modality().label(), c.independentSources() <= 1, disputed.contains(c.id()),
                        named, c.attributedTo()));
            }
        }
        return out;
    }

    /** An entry for a span, naming the entities mentioned inside it and the one that says it. */
    private static Entry span(Kind kind, String ref, Span s, String speaker, String modality, boolean single, boolean disputed,
            java.util.Map<String, List<java.util.Map.Entry<String, Span>>> named, String sayer) {
        java.util.Set<String> ids = new java.util.LinkedHashSet<>();
        if (sayer != null) ids.add(sayer);
        for (var e : named.getOrDefault(s.doc(), List.of())) {
            if (e.getValue().start() >= s.start() && e.getValue().end() <= s.end()) ids.add(e.getKey());
        }
        return new Entry(kind, ref, s.doc(), s.start(), s.end(), s.text(), speaker, modality, single, disputed, List.copyOf(ids));
    }

    /**
     * The search a request asks for: {@code q}, and the filters {@code source}, {@code speaker}, {@code entity} (an entity id),
     * {@code modality}, {@code kind}, {@code single}, {@code disputed}.
     */
    static SearchIndex.Query query(io.javalin.http.Context ctx, int limit) {
        String kind = blankToNull(ctx.queryParam("kind"));
        Kind k = null;
        if (kind != null) {
            for (Kind x : Kind.values()) if (x.label().equals(kind)) k = x;
            if (k == null) throw new IllegalArgumentException("kind must be source, quote or claim, not " + kind);
        }
        String modality = blankToNull(ctx.queryParam("modality"));
        if (modality != null && !List.of("asserted", "hedged", "denied").contains(modality)) {
            throw new IllegalArgumentException("modality must be asserted, hedged or denied, not " + modality);
        }
        String q = ctx.queryParam("q");
        return new SearchIndex.Query(q == null ? "" : q.length() > 500 ? q.substring(0, 500) : q, blankToNull(ctx.queryParam("source")),
                blankToNull(ctx.queryParam("speaker")), blankToNull(ctx.queryParam("entity")), modality, k, "1".equals(ctx.queryParam("single")), "1".equals(ctx.queryParam("disputed")),
                limit);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Where a hit opens: its source, with the found characters marked and scrolled to. */
    static String link(Mount mount, Hit h) {
        return mount.path("/sources/") + WebLinks.segment(h.entry().doc()) + "?at=" + h.start() + "-" + h.end() + "#found";
    }

    @Override
    public void close() {
        index.close();
    }
}
