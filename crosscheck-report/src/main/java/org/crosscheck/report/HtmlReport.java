package org.crosscheck.report;

import java.nio.charset.StandardCharsets;
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
    private HtmlReport() {}

    public static byte[] write(Report r) {
        Document page = Document.createShell("");
        page.outputSettings().prettyPrint(false).charset(StandardCharsets.UTF_8);
        Element head = page.head();
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("http-equiv", "Content-Security-Policy")
                .attr("content", "default-src 'none'; style-src 'unsafe-inline'; img-src data:");
        head.appendElement("title").text(r.corpusName() + ": crosscheck report");
        head.appendElement("style").appendChild(new DataNode(ReportViews.css()));
        ReportViews views = new ReportViews(r, new OnePageLinks());
        Element nav = page.body().appendElement("header").addClass("top");
        nav.appendElement("span").addClass("brand").text("crosscheck");
        for (String[] s : new String[][] {{"overview", "Overview"}, {"claims", "Claims"}, {"discrepancies", "Disagreements"},
                {"quotes", "Quotes"}, {"timeline", "Timeline"}, {"sources", "Sources"}}) {
            nav.appendElement("a").attr("href", "#" + s[0]).text(s[1]);
        }
        Element main = page.body().appendElement("main");
        views.overview(main.appendElement("section").id("overview"));
        views.claims(main.appendElement("section").id("claims"), ClaimOrder.CORROBORATION);
        Element details = main.appendElement("section").id("claim-details");
        details.appendElement("h1").text("Claims, one by one");
        for (Claim c : r.claims()) views.claim(details.appendElement("section").addClass("claim").id(OnePageLinks.claimAnchor(c.id())), c);
        views.discrepancies(main.appendElement("section").id("discrepancies"));
        views.quotes(main.appendElement("section").id("quotes"));
        views.timeline(main.appendElement("section").id("timeline"));
        Element sources = main.appendElement("section").id("sources");
        sources.appendElement("h1").text("Sources, cleaned and marked");
        for (DocumentReport d : r.documents()) {
            views.source(sources.appendElement("section").addClass("source").id(OnePageLinks.sourceAnchor(d.source().id())), d, null);
        }
        return ("<!DOCTYPE html>\n" + page.html()).getBytes(StandardCharsets.UTF_8);
    }
}
