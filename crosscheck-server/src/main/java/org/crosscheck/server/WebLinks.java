package org.crosscheck.server;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.crosscheck.report.html.Links;
import org.crosscheck.report.html.ReportViews;
import org.jspecify.annotations.Nullable;

/** Links between the web application's pages. Ids are percent-encoded as path segments. */
final class WebLinks implements Links {
    @Override
    public String overview() {
        return "/";
    }

    @Override
    public String claims() {
        return "/claims";
    }

    @Override
    public String claims(ClaimOrder order) {
        return "/claims?sort=" + order.label();
    }

    @Override
    public String claim(String claimId) {
        return "/claims/" + segment(claimId);
    }

    @Override
    public String quotes() {
        return "/quotes";
    }

    @Override
    public String discrepancies() {
        return "/discrepancies";
    }

    @Override
    public String discrepancy(String discrepancyId) {
        return "/discrepancies#" + ReportViews.discrepancyAnchor(discrepancyId);
    }

    @Override
    public String timeline() {
        return "/timeline";
    }

    @Override
    public String source(String docId) {
        return "/sources/" + segment(docId);
    }

    @Override
    public String sourceAt(String docId, String anchor) {
        return source(docId) + "#" + anchor;
    }

    @Override
    public @Nullable String original(String sha256) {
        return "/originals/" + sha256;
    }

    @Override
    public String entities() {
        return "/entities";
    }

    @Override
    public String entity(String entityId) {
        return "/entities/" + segment(entityId);
    }

    static String segment(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
