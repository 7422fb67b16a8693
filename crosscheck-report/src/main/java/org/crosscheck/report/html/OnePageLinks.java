package org.crosscheck.report.html;

import org.jspecify.annotations.Nullable;

/**
 * Links between the views when all of them are sections of one self-contained file: in-page anchors.
 * A claim without a section of its own in the file is linked to where it is marked in its first source.
 */
public final class OnePageLinks implements Links {
    private final java.util.Map<String, String> claimTargets;

    /** Every claim has a section. */
    public OnePageLinks() {
        this(java.util.Map.of());
    }

    /** @param claimTargets for claims without a section of their own: the anchor to link to instead */
    public OnePageLinks(java.util.Map<String, String> claimTargets) {
        this.claimTargets = java.util.Map.copyOf(claimTargets);
    }

    @Override
    public String overview() {
        return "#overview";
    }

    @Override
    public String claims() {
        return "#claims";
    }

    @Override
    public @Nullable String claims(ClaimOrder order) {
        return null; // a file without script cannot re-sort itself
    }

    @Override
    public String claim(String claimId) {
        return "#" + claimTargets.getOrDefault(claimId, claimAnchor(claimId));
    }

    @Override
    public String quotes() {
        return "#quotes";
    }

    @Override
    public String discrepancies() {
        return "#discrepancies";
    }

    @Override
    public String discrepancy(String discrepancyId) {
        return "#" + ReportViews.discrepancyAnchor(discrepancyId);
    }

    @Override
    public String timeline() {
        return "#timeline";
    }

    @Override
    public String source(String docId) {
        return "#" + sourceAnchor(docId);
    }

    @Override
    public String sourceAt(String docId, String anchor) {
        return "#" + anchor;
    }

    @Override
    public @Nullable String original(String sha256) {
        return null;
    }

    /** The id of a claim's section. */
    public static String claimAnchor(String claimId) {
        return "claim-" + ReportViews.token(claimId);
    }

    /** The id of a source's section. */
    public static String sourceAnchor(String docId) {
        return "source-" + ReportViews.token(docId);
    }
}
