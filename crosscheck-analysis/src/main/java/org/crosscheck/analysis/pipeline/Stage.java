package org.crosscheck.analysis.pipeline;

import java.util.Set;

/**
 * One step of the analysis. A stage declares the keys it reads and the keys it adds; the
 * {@link Pipeline} checks those declarations when it is assembled. Stages are stateless after
 * construction and must be safe to call from several threads at once.
 */
public sealed interface Stage permits DocumentStage, CorpusStage {
    /** A short name for progress and errors. */
    String name();

    /** Keys that must be present before this stage runs. */
    Set<Key<?>> requires();

    /** Keys this stage adds. */
    Set<Key<?>> provides();
}
