package org.crosscheck.nlp;

import java.util.List;

/**
 * Splits text into sentences and tagged tokens. Implementations load their models once, in the
 * constructor, and must be safe to call from several threads at once.
 */
public interface LanguageAnalyzer {
    /**
     * Analyses {@code text[start, end)}; every offset returned is into {@code text}, so callers can
     * analyse one paragraph of a document without copying it.
     */
    List<Sentence> analyze(String text, int start, int end);
}
