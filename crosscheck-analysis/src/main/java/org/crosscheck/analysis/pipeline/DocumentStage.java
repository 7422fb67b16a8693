package org.crosscheck.analysis.pipeline;

/**
 * A stage that looks at one document at a time. The pipeline may run it on several documents in
 * parallel, so implementations must be thread-safe.
 */
public non-sealed interface DocumentStage extends Stage {
    DocumentAnalysis apply(DocumentAnalysis document);
}
