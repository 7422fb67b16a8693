package org.crosscheck.report;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimMention;
import org.crosscheck.model.Discrepancy;
import org.crosscheck.model.DocumentReport;
import org.crosscheck.model.Quote;
import org.crosscheck.model.QuoteKind;
import org.crosscheck.model.Removed;
import org.crosscheck.model.Report;
import org.crosscheck.model.Span;
import org.crosscheck.model.TimelineEntry;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * report.html: one self-contained page (no script, no network) with the sources, the claims-by-
 * sources matrix, disagreements, quotes by speaker, the timeline and each source's cleaned text.
 * The page is built as a jsoup DOM, so every string from a document enters as a text node and is
 * escaped by construction; a Content-Security-Policy forbids scripts as a second guard.
 * Thread-safe.
 */
public final class HtmlReport {
    private static final String CSS = "body{font:15px/1.5 system-ui,sans-serif;margin:2em auto;max-width:1100px;padding:0 1em;color:#222}"
            + "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:4px 8px;vertical-align:top;text-align:left}"
            + "th{background:#f3f3f3}.yes{background:#d8f0d8;text-align:center}.hedged{background:#fff2c6;text-align:center}"
            + ".denied{background:#f6d5d5;text-align:center}.single{border-left:4px solid #c60}.muted{color:#777}"
            + "mark.q{background:#e3ecff}mark.c{background:#e9f7e1}details{margin:.5em 0}blockquote{margin:.3em 0 .3em 1em;color:#333}"
            + "nav a{margin-right:1em}h2{margin-top:2em;border-bottom:1px solid #ddd}";
    private static final int MATRIX_ROWS = 60;

    private HtmlReport() {}

    public static byte[] write(Report r) {
        Document page = Document.createShell("");
        page.outputSettings().prettyPrint(false).charset(StandardCharsets.UTF_8);
        Element head = page.head();
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("http-equiv", "Content-Security-Policy")
                .attr("content", "default-src 'none'; style-src 'unsafe-inline'; img-src data:");
        head.appendElement("title").text(r.corpusName() + ": crosscheck report");
        head.appendElement("style").appendChild(new org.jsoup.nodes.DataNode(CSS));
        Element body = page.body();
        body.appendElement("h1").text(r.corpusName());
        body.appendElement("p").addClass("muted").text(r.documents().size() + " sources · " + r.claims().size() + " claims · "
                + r.quotes().stream().filter(q -> q.kind() != QuoteKind.TERM).count() + " attributed statements · "
                + r.discrepancies().size() + " disagreements · generated " + r.generated() + " by crosscheck " + r.toolVersion());
        Element nav = body.appendElement("nav");
        for (String[] s : new String[][] {{"sources", "Sources"}, {"claims", "Claims"}, {"discrepancies", "Disagreements"},
                {"quotes", "Quotes"}, {"timeline", "Timeline"}, {"texts", "Texts"}}) {
            nav.appendElement("a").attr("href", "#" + s[0]).text(s[1]);
        }
        sources(body, r);
        claims(body, r);
        discrepancies(body, r);
        quotes(body, r);
        timeline(body, r);
        texts(body, r);
        return ("<!DOCTYPE html>\n" + page.html()).getBytes(StandardCharsets.UTF_8);
    }

    private static void sources(Element body, Report r) {
        body.appendElement("h2").id("sources").text("Sources");
        Element t = table(body, "id", "outlet", "published", "title", "copy of", "flags", "SHA-256", "captured");
        for (DocumentReport d : r.documents()) {
            Element tr = t.appendElement("tr");
            tr.appendElement("td").appendElement("a").attr("href", "#doc-" + d.source().id()).text(d.source().id());
            for (String c : new String[] {or(d.outlet()), d.published() == null ? "?" : d.published().toString(), or(d.title()),
                    or(d.origin()), String.join(", ", d.cleaned().flags().stream().map(f -> f.label()).sorted().toList())}) {
                tr.appendElement("td").text(c);
            }
            // the full hash is in the tooltip and in report.json; twelve characters tell sources apart on screen
            tr.appendElement("td").appendElement("code").attr("title", d.source().sha256()).text(d.source().sha256().substring(0, 12) + "…");
            tr.appendElement("td").text(d.source().captured().toString().replaceFirst("\\.\\d+Z$", "Z"));
        }
    }

    private static void claims(Element body, Report r) {
        body.appendElement("h2").id("claims").text("Claims by source");
        body.appendElement("p").addClass("muted").text("Each row is a claim; a cell shows how a source carries it. "
                + "Rows marked on the left are carried by one source only. The " + MATRIX_ROWS + " most corroborated claims are shown.");
        List<String> docs = r.documents().stream().map(d -> d.source().id()).toList();
        List<String> headers = new ArrayList<>(List.of("claim", "independent sources"));
        headers.addAll(docs);
        Element t = table(body, headers.toArray(String[]::new));
        r.claims().stream().sorted(Comparator.comparingInt((Claim c) -> -c.independentSources())).limit(MATRIX_ROWS).forEach(c -> {
            Element tr = t.appendElement("tr");
            if (c.docs().size() == 1) tr.addClass("single");
            tr.appendElement("td").id(c.id()).text(c.statement());
            tr.appendElement("td").text(String.valueOf(c.independentSources()));
            for (String d : docs) {
                Element td = tr.appendElement("td");
                c.mentions().stream().filter(m -> m.span().doc().equals(d)).map(ClaimMention::modality).findFirst().ifPresent(m -> {
                    td.addClass(m == org.crosscheck.model.Modality.ASSERTED ? "yes" : m.label()).text(m.label())
                            .attr("title", c.mentions().stream().filter(x -> x.span().doc().equals(d)).findFirst().orElseThrow().span().text());
                });
            }
        });
    }

    private static void discrepancies(Element body, Report r) {
        body.appendElement("h2").id("discrepancies").text("Where sources disagree");
        if (r.discrepancies().isEmpty()) body.appendElement("p").text("No disagreement found.");
        for (Discrepancy d : r.discrepancies()) {
            Element div = body.appendElement("div");
            div.appendElement("h3").text(d.type().label() + (d.approximate() ? " (approximate)" : "") + ": " + d.description());
            Element t = table(div, "value", "sources", "words");
            for (Discrepancy.Variant v : d.variants()) {
                row(t, v.value(), String.join(", ", v.docs()), String.join(" / ", v.mentions().stream().map(Span::text).toList()));
            }
        }
    }

    private static void quotes(Element body, Report r) {
        body.appendElement("h2").id("quotes").text("Who said what");
        Map<String, List<Quote>> bySpeaker = new LinkedHashMap<>();
        for (Quote q : r.quotes()) {
            if (q.kind() == QuoteKind.TERM) continue;
            bySpeaker.computeIfAbsent(q.speaker().name() == null ? "" : q.speaker().name(), k -> new ArrayList<>()).add(q);
        }
        bySpeaker.entrySet().stream().sorted(Comparator.comparing((Map.Entry<String, List<Quote>> e) -> e.getKey().isEmpty())
                .thenComparing(e -> -e.getValue().size())).forEach(e -> {
            Element det = body.appendElement("details");
            det.appendElement("summary").text((e.getKey().isEmpty() ? "Speaker not stated" : e.getKey()) + " (" + e.getValue().size() + ")");
            for (Quote q : e.getValue()) {
                Element bq = det.appendElement("blockquote");
                bq.appendElement("span").text(q.kind() == QuoteKind.INDIRECT ? q.span().text() : "“" + q.span().text() + "”");
                bq.appendElement("span").addClass("muted").text(" — " + q.span().doc() + ", " + q.kind().label()
                        + (q.cue() == null ? "" : ", " + q.cue()) + (q.speaker().mention() == null ? "" : ", named as “"
                        + q.speaker().mention().text() + "”"));
            }
        });
    }

    private static void timeline(Element body, Report r) {
        body.appendElement("h2").id("timeline").text("Timeline");
        Element t = table(body, "when", "event", "dated by");
        for (TimelineEntry e : r.timeline()) {
            row(t, e.when(), e.event(), String.join("; ", e.mentions().stream().map(m -> m.doc() + ": " + m.text()).toList()));
        }
    }

    private static void texts(Element body, Report r) {
        body.appendElement("h2").id("texts").text("Sources, cleaned");
        for (DocumentReport d : r.documents()) {
            Element det = body.appendElement("details").id("doc-" + d.source().id());
            det.appendElement("summary").text(d.source().id() + (d.title() == null ? "" : ": " + d.title()));
            for (String p : d.cleaned().body().split("\n\n")) det.appendElement("p").text(p);
            if (!d.cleaned().removed().isEmpty()) {
                Element junk = det.appendElement("details");
                junk.appendElement("summary").text("Removed page junk (" + d.cleaned().removed().size() + ")");
                Element t = table(junk, "kind", "text");
                for (Removed x : d.cleaned().removed()) row(t, x.kind().label(), x.span().text());
            }
        }
    }

    private static Element table(Element parent, String... headers) {
        Element t = parent.appendElement("table");
        Element tr = t.appendElement("tr");
        for (String h : headers) tr.appendElement("th").text(h);
        return t;
    }

    private static void row(Element table, String... cells) {
        Element tr = table.appendElement("tr");
        for (String c : cells) tr.appendElement("td").text(c);
    }

    private static String or(String s) {
        return s == null ? "" : s;
    }
}
