package org.crosscheck.report.html;

import org.jspecify.annotations.Nullable;

/**
 * Where the views point: pages of a web application, or anchors in one self-contained file. The
 * views never build a URL themselves, so the same views serve both. Implementations must return
 * URLs that are safe to put in an {@code href} as they are (percent-encoded where needed).
 */
public interface Links {
    String overview();

    String claims();

    /** The claims matrix sorted another way, or null when the page cannot be re-sorted (a static file). */
    @Nullable String claims(ClaimOrder order);

    String claim(String claimId);

    String quotes();

    String discrepancies();

    String discrepancy(String discrepancyId);

    String timeline();

    String source(String docId);

    /** A place in a source's page, named by an anchor the source view gives its marks. */
    String sourceAt(String docId, String anchor);

    /** Where the original bytes can be downloaded, or null when they cannot be from here. */
    @Nullable String original(String sha256);

    /** The list of people, organisations and places, or null where there is none (one file keeps them to the web view). */
    default @Nullable String entities() {
        return null;
    }

    /** One entity's page, or null where there is none. */
    default @Nullable String entity(String entityId) {
        return null;
    }

    /** How the claims matrix can be ordered. */
    enum ClaimOrder {
        /** Most independent sources first. */
        CORROBORATION,
        /** Claims only one source carries first. */
        SINGLE_SOURCE,
        /** As the report lists them. */
        REPORT;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }

        /** The order as a reader asks for it. */
        public String words() {
            return switch (this) {
                case CORROBORATION -> "most sources first";
                case SINGLE_SOURCE -> "one source only first";
                case REPORT -> "in the order found";
            };
        }
    }
}
