package org.crosscheck.report;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.model.Claim;
import org.crosscheck.model.DocumentReport;
import org.crosscheck.model.Report;
import org.crosscheck.report.html.Links.ClaimOrder;
import org.crosscheck.report.html.OnePageLinks;
import org.crosscheck.report.html.ReportViews;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * report.html: the views of the web application ({@code crosscheck serve}) in one self-contained
 * file that opens without network or script: the overview, the claims-by-sources matrix, each
 * claim with its mentions lit up in every source, disagreements side by side, quotes by speaker,
 * the timeline and each source's marked text. Built as a jsoup DOM, so every string from a
 * document is a text node and escaped by construction; a Content-Security-Policy forbids script
 * as a second guard. Thread-safe.
 */
public final class HtmlReport {
    /** Claims shown in the matrix, and claims given a section of their own; the rest are in report.json and the CSV export. */
    static final int CLAIMS_SHOWN = 500;

    private HtmlReport() {}

    public static byte[] write(Report r) {
        Document page = Document.createShell("");
        page.outputSettings().prettyPrint(false).charset(StandardCharsets.UTF_8);
        Element head = page.head();
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("http-equiv", "Content-Security-Policy")
                .attr("content", "default-src 'none'; style-src 'unsafe-inline'; img-src data:");
        head.appendElement("meta").attr("name", ReportGeneration.META).attr("content", String.valueOf(r.generation()));
        head.appendElement("title").text(r.corpusName() + ": crosscheck report");
        head.appendElement("style").appendChild(new DataNode(ReportViews.css()));
        // a claim of one source only, or beyond the ones given sections, is shown where its source marks it
        List<Claim> detailed = r.claims().stream().filter(c -> c.docs().size() > 1)
                .sorted(Comparator.comparingInt((Claim c) -> -c.independentSources())).limit(CLAIMS_SHOWN).toList();
        java.util.Set<String> withSection = new java.util.HashSet<>();
        detailed.forEach(c -> withSection.add(c.id()));
        Map<String, String> elsewhere = new HashMap<>();
        for (Claim c : r.claims()) if (!withSection.contains(c.id())) elsewhere.put(c.id(), ReportViews.anchor(c.mentions().get(0).span()));
        ReportViews views = new ReportViews(r, new OnePageLinks(elsewhere));
        page.selectFirst("html").attr("lang", "en");
        page.body().appendElement("a").addClass("skip").attr("href", "#main").text("Skip to the content");
        Element top = page.body().appendElement("header").addClass("top");
        top.appendElement("span").addClass("brand").text("crosscheck · " + r.corpusName());
        Element nav = top.appendElement("nav").attr("aria-label", "sections");
        for (String[] s : new String[][] {{"overview", "Overview"}, {"claims", "Claims"}, {"discrepancies", "Disagreements"},
                {"quotes", "Quotes"}, {"timeline", "Timeline"}, {"sources", "Sources"}}) {
            nav.appendElement("a").attr("href", "#" + s[0]).text(s[1]);
        }
        Element main = page.body().appendElement("main").id("main");
        tableOfContents(main, r, detailed);
        views.overview(main.appendElement("section").id("overview"));
        views.claims(main.appendElement("section").id("claims"), ClaimOrder.CORROBORATION, CLAIMS_SHOWN);
        Element details = main.appendElement("section").id("claim-details");
        details.appendElement("h1").text("Claims carried by more than one source");
        for (Claim c : detailed) views.claim(details.appendElement("section").addClass("claim").id(OnePageLinks.claimAnchor(c.id())), c);
        views.discrepancies(main.appendElement("section").id("discrepancies"));
        views.quotes(main.appendElement("section").id("quotes"));
        views.timeline(main.appendElement("section").id("timeline"));
        Element sources = main.appendElement("section").id("sources");
        sources.appendElement("h1").text("Sources, cleaned and marked");
        for (DocumentReport d : r.documents()) {
            views.source(sources.appendElement("section").addClass("source").id(OnePageLinks.sourceAnchor(d.source().id())), d, null);
        }
        repointMissingAnchors(page, r);
        return ("<!DOCTYPE html>\n" + page.html()).getBytes(StandardCharsets.UTF_8);
    }

    /** Where a reader can jump: every section, and each source by name. */
    private static void tableOfContents(Element main, Report r, List<Claim> detailed) {
        Element toc = main.appendElement("nav").addClass("toc").attr("aria-label", "contents");
        toc.appendElement("h2").text("Contents");
        Element ol = toc.appendElement("ol");
        for (String[] s : new String[][] {{"overview", "Overview: the most corroborated claims, claims one source carries, disagreements"},
                {"claims", "Claims by source"}, {"claim-details", Wording.count(detailed.size(), "claim") + " carried by more than one source"},
                {"discrepancies", "Where sources disagree"}, {"quotes", "Who said what"}, {"timeline", "Timeline"},
                {"sources", "Sources, cleaned and marked"}}) {
            ol.appendElement("li").appendElement("a").attr("href", "#" + s[0]).text(s[1]);
        }
        Element sources = ol.appendElement("li").appendElement("ol");
        for (DocumentReport d : r.documents()) {
            sources.appendElement("li").appendElement("a").attr("href", "#" + OnePageLinks.sourceAnchor(d.source().id()))
                    .text(Wording.sourceName(d) + (d.published() == null ? "" : ", " + Wording.date(d.published())));
        }
    }

    /**
     * A place in a source whose words are not shown marked (a headline, removed page junk) has no
     * anchor of its own; a link to it goes to the source instead.
     */
    private static void repointMissingAnchors(Document page, Report r) {
        java.util.Set<String> ids = new java.util.HashSet<>(page.getAllElements().eachAttr("id"));
        Map<String, String> sourceOf = new HashMap<>();
        for (DocumentReport d : r.documents()) sourceOf.put(ReportViews.anchorPrefix(d.source().id()), OnePageLinks.sourceAnchor(d.source().id()));
        for (Element a : page.select("a[href^=#at-]")) {
            String target = a.attr("href").substring(1);
            if (ids.contains(target)) continue;
            String prefix = target.substring(0, target.lastIndexOf('-') + 1);
            String source = sourceOf.get(prefix);
            if (source != null) a.attr("href", "#" + source);
        }
    }
}
