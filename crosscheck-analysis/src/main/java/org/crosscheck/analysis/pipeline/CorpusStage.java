package org.crosscheck.analysis.pipeline;

/**
 * A stage that looks across documents. It may read document keys provided by earlier document stages
 * and corpus keys provided by earlier corpus stages.
 */
public non-sealed interface CorpusStage extends Stage {
    CorpusAnalysis apply(CorpusAnalysis corpus);
}
