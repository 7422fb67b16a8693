package org.crosscheck.report.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimMention;
import org.crosscheck.model.Discrepancy;
import org.crosscheck.model.DocumentFlag;
import org.crosscheck.model.DocumentReport;
import org.crosscheck.model.Entity;
import org.crosscheck.model.Modality;
import org.crosscheck.model.Quote;
import org.crosscheck.model.QuoteKind;
import org.crosscheck.model.Relation;
import org.crosscheck.model.Removed;
import org.crosscheck.model.Report;
import org.crosscheck.model.Span;
import org.crosscheck.model.TimelineEntry;
import org.crosscheck.model.UnplacedDate;
import org.crosscheck.report.html.Highlighter.Mark;
import org.crosscheck.report.html.Links.ClaimOrder;
import org.jsoup.nodes.Element;
import org.crosscheck.report.Wording;
import org.jspecify.annotations.Nullable;

/**
 * The views of one report, written into jsoup elements: the overview, the claims-by-sources
 * matrix, one claim with its mentions lit up in every source, quotes by speaker, disagreements
 * side by side, the timeline, and one source's cleaned text with what was found in it. The web
 * application shows each on a page of its own; report.html puts them all in one file. Every
 * string from a document enters the DOM as text, so it is escaped by construction. Immutable and
 * thread-safe once built; building indexes the report once.
 */
public final class ReportViews {
    /** Documents beyond this many are listed rather than given a matrix column each. */
    static final int MATRIX_COLUMNS = 30;
    private static final int CONTEXT = 280;

    private final Report report;
    private final Links links;
    private final Map<String, DocumentReport> docs = new LinkedHashMap<>();
    private final Map<String, Integer> docOrder = new HashMap<>();
    private final Map<String, Claim> claims = new LinkedHashMap<>();
    private final Map<String, Entity> entities = new HashMap<>();
    private final Map<String, List<Quote>> quotesByDoc = new HashMap<>();
    private final Map<String, List<Map.Entry<Claim, ClaimMention>>> claimMentionsByDoc = new HashMap<>();
    private final Map<String, List<Map.Entry<Entity, Span>>> entityMentionsByDoc = new HashMap<>();
    private final Map<String, List<Discrepancy>> discrepanciesByClaim = new HashMap<>();
    private final Map<String, String> groupOf = new HashMap<>();
    private final Map<String, List<Span>> timelineMentionsByDoc = new HashMap<>();
    private final Map<String, List<Claim>> claimsAbout = new HashMap<>();
    private final Map<String, List<Quote>> quotesBy = new HashMap<>();
    private final Map<String, List<String>> entitiesOfClaim = new HashMap<>();

    public ReportViews(Report report, Links links) {
        this.report = report;
        this.links = links;
        for (DocumentReport d : report.documents()) {
            docOrder.put(d.source().id(), docs.size());
            docs.put(d.source().id(), d);
        }
        for (Claim c : report.claims()) {
            claims.put(c.id(), c);
            for (ClaimMention m : c.mentions()) claimMentionsByDoc.computeIfAbsent(m.span().doc(), k -> new ArrayList<>()).add(Map.entry(c, m));
        }
        for (Entity e : report.entities()) {
            entities.put(e.id(), e);
            for (Span m : e.mentions()) entityMentionsByDoc.computeIfAbsent(m.doc(), k -> new ArrayList<>()).add(Map.entry(e, m));
        }
        for (Quote q : report.quotes()) quotesByDoc.computeIfAbsent(q.span().doc(), k -> new ArrayList<>()).add(q);
        for (Quote q : report.quotes()) {
            if (q.kind() != QuoteKind.TERM && q.speaker().entity() != null) quotesBy.computeIfAbsent(q.speaker().entity(), k -> new ArrayList<>()).add(q);
        }
        for (Claim c : report.claims()) {
            java.util.Set<String> about = new java.util.LinkedHashSet<>();
            if (c.attributedTo() != null && entities.containsKey(c.attributedTo())) about.add(c.attributedTo());
            for (ClaimMention m : c.mentions()) {
                for (var em : entityMentionsByDoc.getOrDefault(m.span().doc(), List.of())) {
                    Span s = em.getValue();
                    if (s.start() >= m.span().start() && s.end() <= m.span().end()) about.add(em.getKey().id());
                }
            }
            for (String e : about) claimsAbout.computeIfAbsent(e, k -> new ArrayList<>()).add(c);
            entitiesOfClaim.put(c.id(), List.copyOf(about));
        }
        for (TimelineEntry t : report.timeline()) {
            for (Span m : t.mentions()) timelineMentionsByDoc.computeIfAbsent(m.doc(), k -> new ArrayList<>()).add(m);
        }
        for (Discrepancy d : report.discrepancies()) {
            if (d.claim() != null) discrepanciesByClaim.computeIfAbsent(d.claim(), k -> new ArrayList<>()).add(d);
        }
        for (String id : docs.keySet()) groupOf.put(id, id);
        for (Relation r : report.relations()) {
            if (r.sharesOrigin() && docs.containsKey(r.a()) && docs.containsKey(r.b())) union(r.a(), r.b());
        }
    }

    /** The stylesheet the views are written for. */
    public static String css() {
        try (InputStream in = ReportViews.class.getResourceAsStream("crosscheck.css")) {
            if (in == null) throw new IllegalStateException("crosscheck.css is missing from the classpath");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Report report() {
        return report;
    }

    /** The claim with this id, or null. */
    public @Nullable Claim claim(String id) {
        return claims.get(id);
    }

    /** The document with this id, or null. */
    public @Nullable DocumentReport document(String id) {
        return docs.get(id);
    }

    /** How many independent sources the documents come from: copies of one story count once. */
    public int independentSources() {
        return groups().size();
    }

    // ---- overview

    /** How many claims each list of the overview shows; the claims page has them all. */
    static final int OVERVIEW_CLAIMS = 10;

    /**
     * The event, and the three answers a reader opens the tool for: what independent sources
     * corroborate, what rests on one source, where sources disagree; then the sources by outlet
     * with copies folded under their origin.
     */
    public void overview(Element parent) {
        parent.appendElement("h1").text(report.corpusName());
        Map<String, List<DocumentReport>> groups = groups();
        List<java.time.LocalDate> dates = docs.values().stream().map(DocumentReport::published).filter(java.util.Objects::nonNull)
                .sorted().toList();
        Element facts = parent.appendElement("ul").addClass("facts");
        if (!dates.isEmpty()) {
            java.time.LocalDate from = dates.get(0);
            java.time.LocalDate to = dates.get(dates.size() - 1);
            facts.appendElement("li").addClass("dates").text(from.equals(to) ? "Published " + Wording.date(from)
                    : "Published " + Wording.date(from) + " to " + Wording.date(to));
        }
        facts.appendElement("li").text(Wording.count(docs.size(), "document") + " from " + Wording.count(groups.size(), "independent source"));
        long quotes = report.quotes().stream().filter(q -> q.kind() != QuoteKind.TERM).count();
        Element li = facts.appendElement("li");
        li.appendElement("a").attr("href", links.claims()).text(Wording.count(report.claims().size(), "claim"));
        li.appendText(" · ");
        li.appendElement("a").attr("href", links.quotes()).text(Wording.count(quotes, "attributed statement"));
        li.appendText(" · ");
        li.appendElement("a").attr("href", links.discrepancies()).text(Wording.count(report.discrepancies().size(), "disagreement"));
        li.appendText(" · ");
        li.appendElement("a").attr("href", links.timeline()).text(Wording.count(report.timeline().size(), "dated event"));
        if (!report.unplacedDates().isEmpty()) li.appendText(" (" + Wording.count(report.unplacedDates().size(), "date mention") + " not placed)");

        List<Claim> corroborated = report.claims().stream().filter(c -> c.independentSources() >= 2)
                .sorted(Comparator.comparingInt((Claim c) -> -c.independentSources()).thenComparingInt(c -> -c.docs().size())).toList();
        Element sec = parent.appendElement("section").addClass("answer").id("corroborated");
        sec.appendElement("h2").text("Most corroborated");
        sec.appendElement("p").addClass("muted").text("Claims the most independent sources carry (copies of one story count once). "
                + "The bar has one block per independent source: how it carries the claim.");
        claimList(sec, corroborated, "No claim is carried by two or more independent sources.");
        moreLink(sec, corroborated.size(), links.claims(ClaimOrder.CORROBORATION));

        // a claim some source disputes is answered under the disagreements, so it is not listed again here
        java.util.Set<String> disputed = new java.util.HashSet<>(discrepanciesByClaim.keySet());
        // nor is one whose words are those of a corroborated claim: it is counted there
        java.util.Set<String> counted = new java.util.HashSet<>();
        for (Claim c : corroborated) counted.add(normalised(c.statement()));
        List<Claim> single = report.claims().stream().filter(c -> c.independentSources() <= 1 && !disputed.contains(c.id())
                && !counted.contains(normalised(c.statement()))).toList();
        sec = parent.appendElement("section").addClass("answer").id("single-source");
        sec.appendElement("h2").text("Only one source carries");
        sec.appendElement("p").addClass("muted").text("Claims no independent source repeats, leaving out those another source disputes "
                + "(they are under the disagreements) and those worded as a corroborated claim.");
        claimList(sec, single, "Every claim is carried by more than one independent source.");
        moreLink(sec, single.size(), links.claims(ClaimOrder.SINGLE_SOURCE));

        sec = parent.appendElement("section").addClass("answer").id("disagreements");
        sec.appendElement("h2").text("Where sources disagree");
        if (report.discrepancies().isEmpty()) sec.appendElement("p").text("No disagreement found.");
        Element ul = sec.appendElement("ul").addClass("disagreements");
        for (Discrepancy d : report.discrepancies()) {
            Element item = ul.appendElement("li");
            item.appendElement("a").attr("href", links.discrepancy(d.id())).text(Wording.disagreement(d.type()) + ": " + d.description());
            item.appendText(" (" + String.join(" / ", d.variants().stream().map(Discrepancy.Variant::value).toList()) + ")");
        }

        parent.appendElement("h2").id("sources").text("Sources");
        Element t = table(parent, "source", "outlet", "origin", "published", "notes", "copies of it");
        for (List<DocumentReport> g : groups.values()) {
            DocumentReport head = g.get(0);
            Element tr = t.appendElement("tr");
            Element first = tr.appendElement("td");
            first.appendElement("a").attr("href", links.source(head.source().id())).text(head.title() != null ? head.title() : head.source().id());
            if (head.title() != null) first.appendElement("div").addClass("muted").text(head.source().id());
            cells(tr, fact(head, "outlet", head.outlet() == null ? "unknown" : head.outlet()), or(head.origin()), published(head), flags(head));
            Element copies = tr.appendElement("td");
            if (g.size() > 1) {
                Element cul = copies.appendElement("ul").addClass("copies");
                for (DocumentReport c : g.subList(1, g.size())) {
                    Element cli = cul.appendElement("li");
                    sourceLink(cli, c.source().id());
                    cli.appendText(" " + relationTo(head, c));
                }
            }
        }
        List<Relation> reuse = report.relations().stream().filter(r -> !r.sharesOrigin()).toList();
        if (!reuse.isEmpty()) {
            parent.appendElement("h3").text("Independent sources that share passages");
            Element rt = table(parent, "source", "source", "what they share");
            for (Relation r : reuse) {
                Element tr = rt.appendElement("tr");
                sourceLink(tr.appendElement("td"), r.a());
                sourceLink(tr.appendElement("td"), r.b());
                cells(tr, relationWords(r));
            }
        }
        parent.appendElement("p").addClass("muted").text("Generated " + Wording.date(report.generated()) + " by crosscheck "
                + report.toolVersion() + ". crosscheck maps who says what; it does not decide what is true.");
    }

    private static String normalised(String statement) {
        return statement.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** The first claims of a list, each with its coverage bar. */
    private void claimList(Element parent, List<Claim> claimsToShow, String none) {
        if (claimsToShow.isEmpty()) {
            parent.appendElement("p").text(none);
            return;
        }
        Element ol = parent.appendElement("ol").addClass("claims");
        for (Claim c : claimsToShow.subList(0, Math.min(OVERVIEW_CLAIMS, claimsToShow.size()))) {
            Element item = ol.appendElement("li");
            item.appendElement("a").attr("href", links.claim(c.id())).text(c.statement());
            coverage(item, c);
        }
    }

    private static void moreLink(Element parent, int total, @Nullable String href) {
        if (total <= OVERVIEW_CLAIMS || href == null) return;
        parent.appendElement("p").appendElement("a").attr("href", href).text("All " + Wording.count(total, "claim") + " of this kind");
    }

    /**
     * How many independent sources assert, hedge and deny a claim: a bar of one block per source,
     * coloured by how it carries the claim, and the same in words (the colours are never the only cue).
     */
    public void coverage(Element parent, Claim c) {
        Element bar = parent.appendElement("div").addClass("coverage");
        Element blocks = bar.appendElement("span").addClass("bar").attr("aria-hidden", "true");
        List<String> words = new ArrayList<>();
        for (Modality m : Modality.values()) {
            int n = c.sources(m);
            if (n == 0) continue;
            for (int i = 0; i < n; i++) blocks.appendElement("span").addClass("block " + m.label());
            words.add(Wording.sources(m, n));
        }
        bar.appendElement("span").addClass("words").text(words.isEmpty() ? Wording.count(c.independentSources(), "independent source")
                : String.join(" · ", words) + " (" + Wording.count(c.independentSources(), "independent source") + ")");
    }

    private static String relationWords(Relation r) {
        return switch (r.kind()) {
            case QUOTE_REUSE -> "the same quoted words";
            case SYNDICATED -> "the same story, syndicated";
            case SAME_WIRE -> "the same wire story";
        };
    }

    /** Documents by source group, each group led by its origin (the document not marked a copy), in report order. */
    private Map<String, List<DocumentReport>> groups() {
        Map<String, List<DocumentReport>> groups = new LinkedHashMap<>();
        for (DocumentReport d : docs.values()) groups.computeIfAbsent(find(d.source().id()), k -> new ArrayList<>()).add(d);
        for (List<DocumentReport> g : groups.values()) {
            g.sort(Comparator.comparing((DocumentReport d) -> d.origin() != null).thenComparing(d -> docOrder.get(d.source().id())));
        }
        return groups;
    }

    private String relationTo(DocumentReport head, DocumentReport copy) {
        for (Relation r : report.relations()) {
            if (r.sharesOrigin() && (r.a().equals(head.source().id()) && r.b().equals(copy.source().id())
                    || r.b().equals(head.source().id()) && r.a().equals(copy.source().id()))) {
                return "(" + relationWords(r) + ")";
            }
        }
        return copy.origin() == null ? "(same origin)" : "(copy of " + copy.origin() + ")";
    }

    private String find(String id) {
        String p = groupOf.get(id);
        if (!p.equals(id)) {
            p = find(p);
            groupOf.put(id, p);
        }
        return p;
    }

    private void union(String a, String b) {
        String ra = find(a);
        String rb = find(b);
        if (ra.equals(rb)) return;
        // the group is named by its earliest document, so the order of relations does not matter
        if (docOrder.get(ra) < docOrder.get(rb)) groupOf.put(rb, ra);
        else groupOf.put(ra, rb);
    }

    // ---- claims

    /** The claims-by-sources matrix: which source carries which claim, and how; at most {@code limit} rows. */
    public void claims(Element parent, ClaimOrder order, int limit) {
        parent.appendElement("h1").text("Claims by source");
        parent.appendElement("p").addClass("muted").text("Each row is a claim; a cell says what a source does with it (asserts it, "
                + "says it may be so, or reports a denial of it); open a cell for the source's own words. Copies of one story count as one "
                + "independent source. Claims only one source carries are marked on the left.");
        Element sort = parent.appendElement("nav").addClass("sort").attr("aria-label", "order of the claims");
        for (ClaimOrder o : ClaimOrder.values()) {
            String href = links.claims(o);
            if (href == null) continue;
            Element a = sort.appendElement("a").attr("href", href).text(o.words());
            if (o == order) a.addClass("here");
        }
        List<Claim> rows = new ArrayList<>(report.claims());
        switch (order) {
            case CORROBORATION -> rows.sort(Comparator.comparingInt((Claim c) -> -c.independentSources())
                    .thenComparingInt(c -> -c.docs().size()));
            case SINGLE_SOURCE -> rows.sort(Comparator.comparingInt(Claim::independentSources).thenComparingInt(c -> c.docs().size()));
            case REPORT -> { }
        }
        if (rows.size() > limit) {
            parent.appendElement("p").addClass("muted").text("The first " + limit + " of " + rows.size() + " claims in this order are shown; "
                    + "every claim is in the claims export (CSV) and in report.json.");
            rows = rows.subList(0, limit);
        }
        List<String> ids = new ArrayList<>(docs.keySet());
        boolean matrix = ids.size() <= MATRIX_COLUMNS;
        Element t = parent.appendElement("div").addClass("matrix-wrap").attr("tabindex", "0").attr("role", "region")
                .attr("aria-label", "claims by source").appendElement("table").addClass("matrix");
        Element head = t.appendElement("thead").appendElement("tr");
        head.appendElement("th").attr("scope", "col").text("claim");
        head.appendElement("th").attr("scope", "col").text("independent sources");
        if (matrix) {
            for (String id : ids) {
                DocumentReport d = docs.get(id);
                head.appendElement("th").attr("scope", "col").appendElement("a").attr("href", links.source(id))
                        .attr("title", Wording.sourceName(d) + (d.title() == null ? "" : ": " + d.title()) + " (" + id + ")")
                        .text(Wording.shortSourceName(d));
            }
        } else {
            head.appendElement("th").attr("scope", "col").text("carried by");
        }
        t = t.appendElement("tbody");
        for (Claim c : rows) {
            Element tr = t.appendElement("tr");
            boolean one = c.independentSources() <= 1;
            if (one) tr.addClass("single");
            Element first = tr.appendElement("th").attr("scope", "row");
            first.appendElement("a").attr("href", links.claim(c.id())).text(c.statement());
            if (one) first.appendElement("span").addClass("badge single").text("one source only");
            tr.appendElement("td").text(String.valueOf(c.independentSources()));
            if (matrix) {
                for (String id : ids) {
                    Element td = tr.appendElement("td");
                    ClaimMention m = c.mentions().stream().filter(x -> x.span().doc().equals(id)).findFirst().orElse(null);
                    if (m != null) {
                        // the source's words open on a tap or a key, not only in a hover tooltip
                        td.addClass(m.modality() == Modality.ASSERTED ? "yes" : m.modality().label());
                        Element det = td.appendElement("details");
                        det.appendElement("summary").text(Wording.says(m.modality()));
                        Element words = det.appendElement("div").addClass("said");
                        words.appendText("“" + m.span().text().strip() + "” ");
                        words.appendElement("a").attr("href", links.sourceAt(id, anchor(m.span()))).text("in " + Wording.sourceName(docs.get(id)));
                    }
                }
            } else {
                Element td = tr.appendElement("td");
                for (String id : c.docs()) {
                    sourceLink(td, id);
                    td.appendText(" ");
                }
            }
        }
    }

    /** One claim: its statement, values and disagreements, and every mention lit up in its source. */
    public void claim(Element parent, Claim c) {
        parent.appendElement("h1").text("Claim");
        parent.appendElement("p").addClass("statement").text(c.statement());
        coverage(parent, c);
        Element dl = parent.appendElement("dl");
        Entity by = c.attributedTo() == null ? null : entities.get(c.attributedTo());
        Element who = item(dl, "said by", by != null ? "" : c.attributedTo() == null ? "the reporters (no one else is named)" : c.attributedTo());
        if (by != null) entityLink(who, by);
        item(dl, "how it is said", Wording.says(c.modality()));
        item(dl, "independent sources", Wording.count(c.independentSources(), "independent source") + " ("
                + Wording.count(c.docs().size(), "document") + " carry it)");
        List<Entity> about = entitiesIn(c);
        if (!about.isEmpty()) {
            Element dd = item(dl, "about", "");
            for (int i = 0; i < about.size(); i++) {
                if (i > 0) dd.appendText(", ");
                entityLink(dd, about.get(i));
            }
        }
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (ClaimMention m : c.mentions()) {
            if (m.value() != null) values.computeIfAbsent(m.value(), k -> new ArrayList<>()).add(m.span().doc());
        }
        if (!values.isEmpty()) {
            Element dd = item(dl, "values", "");
            values.forEach((v, ds) -> {
                Element div = dd.appendElement("div").text(v + " — ");
                List<String> distinct = ds.stream().distinct().toList();
                for (int i = 0; i < distinct.size(); i++) {
                    if (i > 0) div.appendText(", ");
                    sourceLink(div, distinct.get(i));
                }
            });
        }
        List<Discrepancy> ds = discrepanciesByClaim.getOrDefault(c.id(), List.of());
        if (!ds.isEmpty()) {
            parent.appendElement("h2").text("Where the sources disagree on it");
            Element ul = parent.appendElement("ul");
            for (Discrepancy d : ds) {
                ul.appendElement("li").appendElement("a").attr("href", links.discrepancy(d.id())).text(Wording.disagreement(d.type()) + ": "
                        + d.description());
            }
        }
        parent.appendElement("h2").text("In the sources");
        Map<String, List<ClaimMention>> byDoc = new LinkedHashMap<>();
        for (ClaimMention m : c.mentions()) byDoc.computeIfAbsent(m.span().doc(), k -> new ArrayList<>()).add(m);
        for (var e : byDoc.entrySet()) {
            DocumentReport d = docs.get(e.getKey());
            Element sec = parent.appendElement("section").addClass("mention").attr("data-doc", e.getKey());
            Element h = sec.appendElement("h3");
            sourceLink(h, e.getKey());
            if (d != null && d.title() != null && !d.title().equals(Wording.sourceName(d))) h.appendText(": " + d.title());
            if (d != null && d.published() != null) h.appendText(" (" + Wording.date(d.published()) + ")");
            if (d != null && d.origin() != null) h.appendElement("span").addClass("badge").text("copy of " + d.origin());
            for (ClaimMention m : e.getValue()) {
                Element meta = sec.appendElement("div").addClass("muted");
                meta.appendText(Wording.says(m.modality()) + (m.value() == null ? "" : " · gives " + m.value()) + " · ");
                meta.appendElement("a").attr("href", links.sourceAt(m.span().doc(), anchor(m.span()))).text("in the full text");
                context(sec, m.span(), List.of(new Mark(m.span().start(), m.span().end(), "mark", "claim", null, null, null)));
            }
        }
    }

    /** The entities a claim names or is said by, in order of first appearance. */
    private List<Entity> entitiesIn(Claim c) {
        List<Entity> out = new ArrayList<>();
        for (String id : entitiesOfClaim.getOrDefault(c.id(), List.of())) out.add(entities.get(id));
        out.sort(Comparator.comparing(Entity::name));
        return out;
    }

    private void entityLink(Element parent, Entity e) {
        String href = links.entity(e.id());
        if (href == null) parent.appendElement("span").text(e.name());
        else parent.appendElement("a").attr("href", href).text(e.name());
    }

    // ---- entities

    /** The entity with this id, or null. */
    public @Nullable Entity entity(String id) {
        return entities.get(id);
    }

    /** People, organisations, places and works, most often named first, each with how many sources name them. */
    public void entities(Element parent) {
        parent.appendElement("h1").text("People, organisations and places");
        parent.appendElement("p").addClass("muted").text("Everyone and everything the sources name, under all the names they use, "
                + "most often named first.");
        List<Entity> all = new ArrayList<>(report.entities());
        all.sort(Comparator.comparingInt((Entity e) -> -e.mentions().size()).thenComparing(Entity::name));
        Element t = table(parent, "name", "kind", "also called", "named", "statements", "claims");
        for (Entity e : all) {
            Element tr = t.appendElement("tr");
            entityLink(tr.appendElement("td"), e);
            long sources = e.mentions().stream().map(Span::doc).distinct().count();
            cells(tr, kind(e), String.join(", ", e.aliases()), Wording.count(e.mentions().size(), "time") + " in "
                    + Wording.count(sources, "source"), String.valueOf(quotesBy.getOrDefault(e.id(), List.of()).size()),
                    String.valueOf(claimsAbout.getOrDefault(e.id(), List.of()).size()));
        }
    }

    /** One entity: its names and role, where each source names it, what it says and the claims about it. */
    public void entity(Element parent, Entity e) {
        parent.appendElement("h1").text(e.name());
        Element dl = parent.appendElement("dl").addClass("provenance");
        item(dl, "kind", kind(e));
        if (e.role() != null) item(dl, "role", e.role());
        if (!e.aliases().isEmpty()) item(dl, "also called", String.join(", ", e.aliases()));
        parent.appendElement("h2").text("Named in");
        Map<String, List<Span>> byDoc = new LinkedHashMap<>();
        for (Span m : e.mentions()) byDoc.computeIfAbsent(m.doc(), k -> new ArrayList<>()).add(m);
        Element t = table(parent, "source", "times named", "first named as");
        for (var d : byDoc.entrySet()) {
            Element tr = t.appendElement("tr");
            sourceLink(tr.appendElement("td"), d.getKey());
            tr.appendElement("td").text(String.valueOf(d.getValue().size()));
            Span first = d.getValue().get(0);
            tr.appendElement("td").appendElement("a").attr("href", links.sourceAt(first.doc(), anchor(first))).text("“" + first.text() + "”");
        }
        List<Quote> said = quotesBy.getOrDefault(e.id(), List.of());
        parent.appendElement("h2").text("What " + e.name() + " says (" + Wording.count(said.size(), "statement") + ")");
        for (Quote q : said) quote(parent, q);
        List<Claim> about = claimsAbout.getOrDefault(e.id(), List.of());
        parent.appendElement("h2").text("Claims that name " + e.name() + " (" + Wording.count(about.size(), "claim") + ")");
        if (!about.isEmpty()) {
            Element ol = parent.appendElement("ul").addClass("claims");
            for (Claim c : about) {
                Element li = ol.appendElement("li");
                li.appendElement("a").attr("href", links.claim(c.id())).text(c.statement());
                coverage(li, c);
            }
        }
    }

    private static String kind(Entity e) {
        return switch (e.type()) {
            case PERSON -> "person";
            case ORG -> "organisation";
            case GPE, LOC -> "place";
            case NORP -> "group";
            case EVENT -> "event";
            case WORK -> "work";
        };
    }

    // ---- quotes

    /** Quotes grouped by speaker, each in its context; quotes whose speaker the text does not give are listed apart. */
    public void quotes(Element parent) {
        parent.appendElement("h1").text("Who said what");
        Map<String, List<Quote>> bySpeaker = new LinkedHashMap<>();
        List<Quote> unknown = new ArrayList<>();
        List<Quote> terms = new ArrayList<>();
        for (Quote q : report.quotes()) {
            if (q.kind() == QuoteKind.TERM) terms.add(q);
            else if (!q.speaker().known()) unknown.add(q);
            else bySpeaker.computeIfAbsent(speakerName(q), k -> new ArrayList<>()).add(q);
        }
        Element toc = parent.appendElement("ul").addClass("speakers");
        List<Map.Entry<String, List<Quote>>> ordered = bySpeaker.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, List<Quote>> e) -> -e.getValue().size()).thenComparing(Map.Entry::getKey))
                .toList();
        int n = 0;
        for (var e : ordered) {
            String anchor = "speaker-" + (++n);
            toc.appendElement("li").appendElement("a").attr("href", "#" + anchor).text(e.getKey() + " (" + e.getValue().size() + ")");
            Element sec = parent.appendElement("section").addClass("speaker").id(anchor);
            Element h = sec.appendElement("h2").text(e.getKey() + " (" + Wording.count(e.getValue().size(), "statement") + ")");
            Quote firstQuote = e.getValue().get(0);
            Entity speaker = firstQuote.speaker().entity() == null ? null : entities.get(firstQuote.speaker().entity());
            if (speaker != null && links.entity(speaker.id()) != null) {
                h.appendText(" ");
                h.appendElement("a").addClass("small").attr("href", links.entity(speaker.id())).text("about " + speaker.name());
            }
            for (Quote q : e.getValue()) quote(sec, q);
        }
        Element sec = parent.appendElement("section").addClass("speaker unattributed").id("unattributed");
        sec.appendElement("h2").text("Speaker not found (" + Wording.count(unknown.size(), "statement") + ")");
        // the text may name a speaker the rules could not read, or one they doubted: it is left to the reader, never guessed
        sec.appendElement("p").addClass("muted").text("crosscheck found no speaker it could stand behind for these words: the text "
                + "may not say who speaks, or say it in a way crosscheck does not read with confidence. Open the source to see.");
        for (Quote q : unknown) quote(sec, q);
        if (!terms.isEmpty()) {
            Element det = parent.appendElement("details").addClass("terms");
            det.appendElement("summary").text("Words in quotation marks that nobody says: names, titles, scare quotes (" + terms.size() + ")");
            Element ul = det.appendElement("ul");
            for (Quote q : terms) {
                Element li = ul.appendElement("li");
                li.appendText("“" + q.span().text() + "” — ");
                li.appendElement("a").attr("href", links.sourceAt(q.span().doc(), anchor(q.span()))).text(name(q.span().doc()));
            }
        }
    }

    private String speakerName(Quote q) {
        Entity e = q.speaker().entity() == null ? null : entities.get(q.speaker().entity());
        return e != null ? e.name() : q.speaker().name();
    }

    private void quote(Element parent, Quote q) {
        Element div = parent.appendElement("div").addClass("quote").attr("data-kind", q.kind().label());
        List<Mark> marks = new ArrayList<>();
        marks.add(new Mark(q.span().start(), q.span().end(), "mark", "q", null, null, null));
        if (q.speaker().mention() != null) {
            Span m = q.speaker().mention();
            marks.add(new Mark(m.start(), m.end(), "mark", "e", "speaker", null, null));
        }
        context(div, q.span(), marks);
        Element meta = div.appendElement("div").addClass("muted");
        meta.appendElement("a").attr("href", links.sourceAt(q.span().doc(), anchor(q.span()))).text(name(q.span().doc()));
        meta.appendText(" · " + Wording.kind(q.kind()) + (q.cue() == null ? "" : " · introduced by “" + q.cue() + "”")
                + (q.speaker().mention() == null ? "" : " · named as “" + q.speaker().mention().text() + "”"));
        // the claim these words make, when they make one: where else it is said
        for (var cm : claimMentionsByDoc.getOrDefault(q.span().doc(), List.of())) {
            Span m = cm.getValue().span();
            if (m.start() < q.span().end() && q.span().start() < m.end()) {
                Claim c = cm.getKey();
                meta.appendText(" · ");
                meta.appendElement("a").addClass("claim-link").attr("href", links.claim(c.id()))
                        .text(c.independentSources() > 1 ? "a claim " + Wording.count(c.independentSources(), "independent source") + " carry"
                                : "the claim it makes");
                break;
            }
        }
    }

    // ---- discrepancies

    /** Every disagreement, its variants side by side with where each is said. */
    public void discrepancies(Element parent) {
        parent.appendElement("h1").text("Where sources disagree");
        parent.appendElement("p").addClass("muted").text("Each disagreement lists every variant and the sources that give it. "
                + "Rounding and approximations are labelled as such; crosscheck does not say which variant is right.");
        if (report.discrepancies().isEmpty()) parent.appendElement("p").text("No disagreement found.");
        for (Discrepancy d : report.discrepancies()) {
            Element sec = parent.appendElement("section").addClass("discrepancy").id(discrepancyAnchor(d.id()));
            Element h = sec.appendElement("h2").text(Wording.disagreement(d.type()) + ": " + d.description());
            if (d.approximate()) h.appendElement("span").addClass("badge").text("approximations that may agree");
            if (d.claim() != null && claims.containsKey(d.claim())) {
                Element p = sec.appendElement("p");
                p.appendText("About the claim ");
                p.appendElement("a").attr("href", links.claim(d.claim())).text(claims.get(d.claim()).statement());
            }
            Element row = sec.appendElement("div").addClass("variants");
            for (Discrepancy.Variant v : d.variants()) {
                Element col = row.appendElement("div").addClass("variant");
                col.appendElement("h3").text(v.value());
                Element src = col.appendElement("div").addClass("muted");
                src.appendText(Wording.count(v.docs().size(), "source") + ": ");
                for (String doc : v.docs()) {
                    sourceLink(src, doc);
                    src.appendText(" ");
                }
                for (Span m : v.mentions()) {
                    context(col, m, List.of(new Mark(m.start(), m.end(), "mark", "claim", null, null, null)), 120);
                }
            }
        }
    }

    /** The anchor of a disagreement on the disagreements view. */
    public static String discrepancyAnchor(String id) {
        return "d-" + token(id);
    }

    // ---- timeline

    public void timeline(Element parent) {
        parent.appendElement("h1").text("Timeline");
        parent.appendElement("p").addClass("muted").text("Relative dates (“on Wednesday”, “last month”) are resolved against each "
                + "source's publication date, or the reference date given.");
        for (boolean background : new boolean[] {false, true}) {
            List<TimelineEntry> entries = report.timeline().stream().filter(e -> e.background() == background).toList();
            if (entries.isEmpty()) continue;
            parent.appendElement("h2").text(background ? "Background the sources recall" : "The event's own days");
            timelineTable(parent, entries);
        }
        List<UnplacedDate> unplaced = report.unplacedDates();
        if (report.timeline().isEmpty()) {
            parent.appendElement("p").addClass("empty").text(unplaced.isEmpty() ? "No source gives a date the timeline could place."
                    : "No date could be placed on the timeline.");
        }
        if (!unplaced.isEmpty()) unplacedDates(parent, unplaced);
    }

    /**
     * What the timeline left out and why, so an empty or thin timeline explains itself: how many date
     * mentions could not be placed, what would place them, and each mention with its sentence.
     */
    private void unplacedDates(Element parent, List<UnplacedDate> unplaced) {
        Element sec = parent.appendElement("section").addClass("unplaced").id("unplaced-dates");
        sec.appendElement("h2").text("Dates not placed");
        for (UnplacedDate.Reason reason : UnplacedDate.Reason.values()) {
            List<UnplacedDate> these = unplaced.stream().filter(u -> u.reason() == reason).toList();
            if (these.isEmpty()) continue;
            long n = these.size();
            long sources = these.stream().map(u -> u.mention().doc()).distinct().count();
            String why = switch (reason) {
                case NO_REFERENCE_DATE -> (sources == 1 ? "this source gives" : "these sources give") + " no publication date, so a day "
                        + "such as “on Friday” or “April 21” has nothing to count from; pass --reference-date YYYY-MM-DD to place them.";
            };
            sec.appendElement("p").addClass("why").text(Wording.count(n, "date mention") + " in " + Wording.count(sources, "source")
                    + " could not be placed: " + why);
        }
        Element t = table(sec, "source", "words", "sentence");
        for (UnplacedDate u : unplaced) {
            Element tr = t.appendElement("tr");
            tr.appendElement("td").appendElement("a").attr("href", links.source(u.mention().doc())).text(name(u.mention().doc()));
            cells(tr, "“" + u.mention().text() + "”", u.sentence().text().strip());
        }
    }

    private void timelineTable(Element parent, List<TimelineEntry> entries) {
        Element t = table(parent, "when", "event", "dated by");
        for (TimelineEntry e : entries) {
            Element tr = t.appendElement("tr");
            tr.appendElement("td").appendElement("time").attr("datetime", e.when()).text(Wording.when(e.when()));
            cells(tr, e.event());
            Element td = tr.appendElement("td");
            for (Span m : e.mentions()) {
                Element div = td.appendElement("div");
                div.appendElement("a").attr("href", links.sourceAt(m.doc(), anchor(m))).text(name(m.doc()));
                div.appendText(": “" + m.text() + "”");
            }
        }
    }

    // ---- one source

    /**
     * One source: what is known of it, then its text in order with entities, quotes and claims
     * marked and the removed page junk collapsed. Marks of {@code focusClaim} stand out.
     */
    public void source(Element parent, DocumentReport d, @Nullable String focusClaim) {
        source(parent, d, focusClaim, null);
    }

    /** {@link #source(Element, DocumentReport, String)} with {@code found} (a search hit) marked, with the id {@code found}. */
    public void source(Element parent, DocumentReport d, @Nullable String focusClaim, @Nullable Span found) {
        String id = d.source().id();
        parent.appendElement("h1").text(d.title() != null ? d.title() : Wording.sourceName(d));
        if (d.details().standfirst() != null) parent.appendElement("p").addClass("standfirst").text(d.details().standfirst());
        Element dl = parent.appendElement("dl").addClass("provenance");
        item(dl, "id", id);
        if (d.details().overrides().containsKey("title")) item(dl, "title", fact(d, "title", or(d.title())));
        item(dl, "outlet", fact(d, "outlet", d.outlet() == null ? "unknown" : d.outlet()));
        item(dl, "published", published(d));
        if (d.author() != null) item(dl, "author", d.author());
        if (d.origin() != null) item(dl, "origin", d.origin() + " (the story is theirs; this source carries it)");
        if (d.details().dateline() != null) item(dl, "dateline", d.details().dateline());
        if (d.details().url() != null) item(dl, "address", fact(d, "url", d.details().url()));
        if (!d.cleaned().flags().isEmpty()) item(dl, "notes", flags(d));
        // a cut text is never passed off as the whole: the reader is told how much was analysed
        if (d.source().truncated()) item(dl, "analysed", d.source().truncationNote()).addClass("truncated");
        item(dl, "read from", d.source().path());
        item(dl, "media type", d.source().mediaType());
        item(dl, "SHA-256", d.source().sha256()).addClass("sha");
        item(dl, "captured", Wording.date(d.source().captured()));
        String original = links.original(d.source().sha256());
        Element dd = item(dl, "original", "");
        if (original != null) dd.appendElement("a").attr("href", original).attr("download", "").text("download the original, byte for byte");
        else dd.text("kept in the workspace as originals/" + d.source().sha256());
        List<Relation> rel = report.relations().stream().filter(r -> r.a().equals(id) || r.b().equals(id)).toList();
        if (!rel.isEmpty()) {
            Element related = item(dl, "related", "");
            for (Relation r : rel) {
                String other = r.a().equals(id) ? r.b() : r.a();
                Element div = related.appendElement("div");
                div.appendText(relationWords(r) + " as ");
                sourceLink(div, other);
            }
        }
        List<Entity> named = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (var em : entityMentionsByDoc.getOrDefault(id, List.of())) if (seen.add(em.getKey().id())) named.add(em.getKey());
        if (!named.isEmpty() && links.entity(named.get(0).id()) != null) {
            Element who = parent.appendElement("p").addClass("named");
            who.appendText("Named in it: ");
            for (int i = 0; i < named.size(); i++) {
                if (i > 0) who.appendText(", ");
                entityLink(who, named.get(i));
            }
        }
        Element legend = parent.appendElement("p").addClass("legend muted");
        legend.appendText("Marked: ");
        legend.appendElement("mark").addClass("e").text("people and organisations");
        legend.appendText(" · ");
        legend.appendElement("mark").addClass("q").text("quoted or reported words");
        legend.appendText(" · ");
        legend.appendElement("span").addClass("c").text("claims (open one to see every source that carries it)");

        List<Mark> marks = new ArrayList<>();
        if (found != null) marks.add(new Mark(found.start(), found.end(), "mark", "found", "found by the search", null, "found"));
        marks.addAll(marks(id, focusClaim));
        Element text = parent.appendElement("div").addClass("text").attr("data-doc", id);
        String full = d.source().text();
        record Segment(int start, int end, int kind, @Nullable Removed removed) {}
        List<Segment> segments = new ArrayList<>();
        if (d.cleaned().title() != null) segments.add(new Segment(d.cleaned().title().start(), d.cleaned().title().end(), 0, null));
        for (Span p : d.cleaned().paragraphs()) segments.add(new Segment(p.start(), p.end(), 1, null));
        for (Removed r : d.cleaned().removed()) segments.add(new Segment(r.span().start(), r.span().end(), 2, r));
        segments.sort(Comparator.comparingInt(Segment::start).thenComparingInt(Segment::kind));
        for (Segment s : segments) {
            switch (s.kind()) {
                case 0 -> Highlighter.render(text.appendElement("h2").addClass("headline"), full, s.start(), s.end(), marks);
                case 1 -> Highlighter.render(text.appendElement("p"), full, s.start(), s.end(), marks);
                default -> {
                    Element det = text.appendElement("details").addClass("junk");
                    det.appendElement("summary").text("removed: " + s.removed().kind().label());
                    det.appendElement("div").text(s.removed().span().text());
                }
            }
        }
        if (d.cleaned().paragraphs().isEmpty()) text.appendElement("p").addClass("muted").text("No article text was found in this source.");
    }

    /** The marks of one document: claims outermost, then quotes, then named entities. */
    private List<Mark> marks(String doc, @Nullable String focusClaim) {
        List<Mark> marks = new ArrayList<>();
        for (var cm : claimMentionsByDoc.getOrDefault(doc, List.of())) {
            Claim c = cm.getKey();
            Span m = cm.getValue().span();
            marks.add(new Mark(m.start(), m.end(), "a", c.id().equals(focusClaim) ? "c claim" : "c",
                    Wording.count(c.independentSources(), "independent source") + ": " + c.statement(), links.claim(c.id()),
                    anchor(m)));
        }
        for (Quote q : quotesByDoc.getOrDefault(doc, List.of())) {
            if (q.kind() == QuoteKind.TERM) {
                // a term is not marked, but the quotes view links to it
                marks.add(new Mark(q.span().start(), q.span().end(), "span", "term", null, null, anchor(q.span())));
                continue;
            }
            String who = q.speaker().known() ? speakerName(q) : "speaker not found";
            marks.add(new Mark(q.span().start(), q.span().end(), "mark", "q", Wording.kind(q.kind()) + ": " + who, null, anchor(q.span())));
        }
        for (var em : entityMentionsByDoc.getOrDefault(doc, List.of())) {
            Span m = em.getValue();
            marks.add(new Mark(m.start(), m.end(), "mark", "e", em.getKey().name() + " (" + kind(em.getKey()) + ")", null, anchor(m)));
        }
        // the words that date an event are where the timeline links to
        for (Span m : timelineMentionsByDoc.getOrDefault(doc, List.of())) marks.add(new Mark(m.start(), m.end(), "span", "when", null, null, anchor(m)));
        return dedupeIds(marks);
    }

    /** Two marks on one span (a claim that is a whole quote) must not share an anchor. */
    private static List<Mark> dedupeIds(List<Mark> marks) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<Mark> out = new ArrayList<>(marks.size());
        for (Mark m : marks) {
            if (m.id() != null && !seen.add(m.id())) out.add(new Mark(m.start(), m.end(), m.tag(), m.cls(), m.title(), m.href(), null));
            else out.add(m);
        }
        return out;
    }

    /** The anchor a mark of this span gets on its source's view; unique in one file holding every source. */
    public static String anchor(Span s) {
        return anchorPrefix(s.doc()) + s.start();
    }

    /** What every anchor into this document's view starts with. */
    public static String anchorPrefix(String docId) {
        return "at-" + token(docId) + "-";
    }

    // ---- pieces

    private void context(Element parent, Span s, List<Mark> marks) {
        context(parent, s, marks, CONTEXT);
    }

    /** The paragraph around a span (cut to {@code window} characters either side, at word edges), with marks. */
    private void context(Element parent, Span s, List<Mark> marks, int window) {
        DocumentReport d = docs.get(s.doc());
        Element div = parent.appendElement("div").addClass("context");
        if (d == null) {
            div.text(s.text());
            return;
        }
        String text = d.source().text();
        int lo = 0;
        int hi = text.length();
        for (Span p : d.cleaned().paragraphs()) {
            if (p.start() <= s.start() && s.start() < p.end()) {
                lo = p.start();
                hi = Math.max(p.end(), s.end());
                break;
            }
        }
        int from = Math.max(lo, s.start() - window);
        int to = Math.min(hi, s.end() + window);
        while (from > lo && from < s.start() && !Character.isWhitespace(text.charAt(from - 1))) from++;
        while (to < hi && to > s.end() && !Character.isWhitespace(text.charAt(to))) to--;
        if (from > lo) div.appendText("… ");
        Highlighter.render(div, text, from, to, marks);
        if (to < hi) div.appendText(" …");
    }

    private void sourceLink(Element parent, String docId) {
        DocumentReport d = docs.get(docId);
        Element a = parent.appendElement("a").attr("href", links.source(docId)).text(name(docId));
        if (d != null) a.attr("title", (d.title() == null ? "" : d.title() + " · ") + docId);
    }

    /** A source as {@link Wording#sourceName} calls it; an id the report does not hold stays as it is. */
    private String name(String docId) {
        DocumentReport d = docs.get(docId);
        return d == null ? docId : Wording.sourceName(d);
    }

    /** A fact's value, and who set it by hand when a user did. */
    private static String fact(DocumentReport d, String field, String value) {
        var o = d.details().overrides().get(field);
        return o == null ? value : value + " (set by hand: " + o.by() + ", " + Wording.date(o.at()) + ")";
    }

    /** The publication date and how it was found: stated by the source, inferred from its text, or set by hand. */
    private static String published(DocumentReport d) {
        if (d.published() == null) return "date unknown";
        String basis = d.details().publishedBasis();
        String date = Wording.date(d.published());
        if ("set".equals(basis) || d.details().overrides().containsKey("published")) return fact(d, "published", date);
        return "inferred".equals(basis) ? date + " (inferred from the text's dates)" : date;
    }

    private static String flags(DocumentReport d) {
        return String.join(", ", d.cleaned().flags().stream().map(DocumentFlag::label).sorted().toList());
    }

    private static Element item(Element dl, String term, String value) {
        dl.appendElement("dt").text(term);
        return dl.appendElement("dd").text(value);
    }

    /** A table in a box of its own that scrolls sideways on a narrow screen, so the page does not. */
    static Element table(Element parent, String... headers) {
        Element t = parent.appendElement("div").addClass("table-wrap").attr("tabindex", "0").attr("role", "region")
                .attr("aria-label", String.join(", ", headers)).appendElement("table");
        Element tr = t.appendElement("tr");
        for (String h : headers) tr.appendElement("th").text(h);
        return t;
    }

    private static void cells(Element tr, String... cells) {
        for (String c : cells) tr.appendElement("td").text(c);
    }

    private static String or(@Nullable String s) {
        return s == null ? "" : s;
    }

    /** A document or claim id made safe for an HTML id and a URL fragment. */
    static String token(String id) {
        return id.replaceAll("[^A-Za-z0-9_-]", "_");
    }
}
