package org.crosscheck.server;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.crosscheck.report.html.Links;
import org.crosscheck.report.html.ReportViews;
import org.jspecify.annotations.Nullable;

/** Links between the web application's pages, under the workspace's mount point. Ids are percent-encoded as path segments. */
final class WebLinks implements Links {
    private final Mount mount;

    WebLinks(Mount mount) {
        this.mount = mount;
    }

    @Override
    public String overview() {
        return mount.path("/");
    }

    @Override
    public String claims() {
        return mount.path("/claims");
    }

    @Override
    public String claims(ClaimOrder order) {
        return mount.path("/claims?sort=") + order.label();
    }

    @Override
    public String claim(String claimId) {
        return mount.path("/claims/") + segment(claimId);
    }

    @Override
    public String quotes() {
        return mount.path("/quotes");
    }

    @Override
    public String discrepancies() {
        return mount.path("/discrepancies");
    }

    @Override
    public String discrepancy(String discrepancyId) {
        return mount.path("/discrepancies#") + ReportViews.discrepancyAnchor(discrepancyId);
    }

    @Override
    public String timeline() {
        return mount.path("/timeline");
    }

    @Override
    public String source(String docId) {
        return mount.path("/sources/") + segment(docId);
    }

    @Override
    public String sourceAt(String docId, String anchor) {
        return source(docId) + "#" + anchor;
    }

    @Override
    public @Nullable String original(String sha256) {
        return mount.path("/originals/") + sha256;
    }

    @Override
    public String entities() {
        return mount.path("/entities");
    }

    @Override
    public String entity(String entityId) {
        return mount.path("/entities/") + segment(entityId);
    }

    static String segment(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
