package org.crosscheck.bench;

/** Something that finds an article's body in a page. Implementations must be thread-confined or thread-safe. */
@FunctionalInterface
public interface ArticleExtractor {
    /** The article's body text, paragraphs separated by blank lines; "" when none is found. */
    String body(String url, byte[] html);
}
