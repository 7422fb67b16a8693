package org.crosscheck.model;

import java.util.Locale;

/** Why a piece of a page is not the article's own prose. Names are the report contract's. */
public enum JunkKind {
    SUBSCRIBE, COMMENT_FORM, CAPTION, CREDIT, REPEATED_HEADER, TEASER, RELATED_LINK, SHARE, BYLINE, OTHER;

    /** The contract's spelling: {@code comment-form}, {@code repeated-header}, ... */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
