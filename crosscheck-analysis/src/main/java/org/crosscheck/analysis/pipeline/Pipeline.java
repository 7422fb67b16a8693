package org.crosscheck.analysis.pipeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * An ordered list of stages whose declarations were checked when it was built: every key a stage
 * requires is provided by an earlier stage, and no key is provided twice. Runs of consecutive
 * document stages are applied to each document in parallel; corpus stages run in order.
 * Immutable and thread-safe.
 */
public final class Pipeline {
    private final List<Stage> stages;

    private Pipeline(List<Stage> stages) {
        this.stages = List.copyOf(stages);
    }

    public static Builder builder() {
        return new Builder();
    }

    public List<Stage> stages() {
        return stages;
    }

    /** Runs every stage over the documents; progress counts documents for document stages. */
    public CorpusAnalysis run(CorpusAnalysis corpus, ProgressListener progress) {
        return run(corpus, progress, DocumentCheckpoint.NONE);
    }

    /**
     * The document stages before the first corpus stage: what they find in a document depends on that document alone,
     * so it is what a {@link DocumentCheckpoint} may keep.
     */
    public List<DocumentStage> ownStages() {
        List<DocumentStage> own = new ArrayList<>();
        for (Stage s : stages) {
            if (!(s instanceof DocumentStage ds)) break;
            own.add(ds);
        }
        return List.copyOf(own);
    }

    /**
     * Runs every stage over the documents, taking each document's own results ({@link #ownStages()}) from
     * {@code checkpoint} when it kept them and handing it those of every document analysed here as soon as it is done.
     */
    public CorpusAnalysis run(CorpusAnalysis corpus, ProgressListener progress, DocumentCheckpoint checkpoint) {
        CorpusAnalysis current = corpus;
        int i = 0;
        while (i < stages.size()) {
            if (stages.get(i) instanceof CorpusStage cs) {
                progress.advanced(cs.name(), 0, 1);
                current = cs.apply(current);
                progress.advanced(cs.name(), 1, 1);
                i++;
                continue;
            }
            List<DocumentStage> run = new ArrayList<>();
            while (i < stages.size() && stages.get(i) instanceof DocumentStage ds) {
                run.add(ds);
                i++;
            }
            // later runs of document stages read what corpus stages found, so only the first is a document's own
            current = current.withDocuments(applyAll(run, current.documents(), progress, run.get(0) == stages.get(0) ? checkpoint
                    : DocumentCheckpoint.NONE));
        }
        return current;
    }

    private static List<DocumentAnalysis> applyAll(
            List<DocumentStage> run, List<DocumentAnalysis> docs, ProgressListener progress, DocumentCheckpoint checkpoint) {
        String label = run.stream().map(Stage::name).collect(Collectors.joining("+"));
        AtomicLong done = new AtomicLong();
        progress.advanced(label, 0, docs.size());
        // a common pool sized to the machine; documents are independent so order is kept by the list
        return ForkJoinPool.commonPool().submit(() -> docs.parallelStream().map(d -> {
            DocumentAnalysis a = checkpoint.restore(d, run).orElse(null);
            if (a == null) {
                a = d;
                for (DocumentStage s : run) {
                    try {
                        a = s.apply(a);
                    } catch (RuntimeException e) {
                        throw new StageException(s.name(), d.id(), e);
                    }
                }
                // kept before the progress is told, so a document counted done is one a killed run will not redo
                checkpoint.keep(a, run);
            }
            progress.advanced(label, done.incrementAndGet(), docs.size());
            return a;
        }).toList()).join();
    }

    /** Collects stages in order and checks their declarations on {@link #build()}. */
    public static final class Builder {
        private final List<Stage> stages = new ArrayList<>();
        private final Set<Key<?>> given = new HashSet<>();

        private Builder() {}

        /** Declares keys the caller puts in before the pipeline runs. */
        public Builder given(Key<?>... keys) {
            given.addAll(List.of(keys));
            return this;
        }

        public Builder add(Stage stage) {
            stages.add(stage);
            return this;
        }

        /**
         * @throws IllegalStateException naming the stage and the key, when a stage requires a key no
         *     earlier stage provides, or two stages provide the same key
         */
        public Pipeline build() {
            Set<Key<?>> available = new HashSet<>(given);
            for (Stage s : stages) {
                for (Key<?> k : s.requires()) {
                    if (!available.contains(k)) {
                        throw new IllegalStateException("stage '" + s.name() + "' requires '" + k
                                + "', which no earlier stage provides");
                    }
                }
                for (Key<?> k : s.provides()) {
                    if (!available.add(k)) {
                        throw new IllegalStateException("stage '" + s.name() + "' provides '" + k
                                + "', which is already provided");
                    }
                }
            }
            return new Pipeline(stages);
        }
    }
}
