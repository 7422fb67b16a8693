package org.crosscheck.analysis.pipeline;

import java.util.List;
import java.util.Optional;

/**
 * Keeps a document's own results (what the document stages before the first corpus stage found in it) as soon as the
 * document is through them, and gives them back to a later run, so a run that was killed resumes without analysing again
 * the documents it had finished. Which results are the same for a document (its bytes, the tool, the settings) is the
 * implementation's to decide; the pipeline only asks and tells. Implementations must be thread-safe: documents finish on
 * several threads at once.
 */
public interface DocumentCheckpoint {
    /** Keeps nothing, gives nothing back. */
    DocumentCheckpoint NONE = new DocumentCheckpoint() {
        @Override
        public Optional<DocumentAnalysis> restore(DocumentAnalysis fresh, List<DocumentStage> stages) {
            return Optional.empty();
        }

        @Override
        public void keep(DocumentAnalysis done, List<DocumentStage> stages) {
            // nothing kept
        }
    };

    /**
     * The document with every value {@code stages} provide, as an earlier run kept them, or empty when none was kept
     * for it (or what was kept no longer fits).
     */
    Optional<DocumentAnalysis> restore(DocumentAnalysis fresh, List<DocumentStage> stages);

    /** Keeps the values {@code stages} provided to a document that has just gone through them. */
    void keep(DocumentAnalysis done, List<DocumentStage> stages);
}
