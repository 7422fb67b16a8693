package org.crosscheck.analysis.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.crosscheck.model.SourceDocument;
import org.junit.jupiter.api.Test;

class PipelineTest {
    static final Key<String> UPPER = Key.named("upper");
    static final Key<Integer> LENGTH = Key.named("length");

    record Upper() implements DocumentStage {
        public String name() { return "upper"; }
        public Set<Key<?>> requires() { return Set.of(); }
        public Set<Key<?>> provides() { return Set.of(UPPER); }
        public DocumentAnalysis apply(DocumentAnalysis d) { return d.with(UPPER, d.source().text().toUpperCase()); }
    }

    record Length() implements CorpusStage {
        public String name() { return "length"; }
        public Set<Key<?>> requires() { return Set.of(UPPER); }
        public Set<Key<?>> provides() { return Set.of(LENGTH); }
        public CorpusAnalysis apply(CorpusAnalysis c) {
            return c.with(LENGTH, c.documents().stream().mapToInt(d -> d.get(UPPER).length()).sum());
        }
    }

    private static CorpusAnalysis corpus(String... texts) {
        List<DocumentAnalysis> docs = new java.util.ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            docs.add(DocumentAnalysis.of(new SourceDocument("d" + i, "d" + i, "0".repeat(64), "text/plain", Instant.EPOCH, texts[i],
                    SourceDocument.SourceMetadata.NONE)));
        }
        return CorpusAnalysis.of(new CorpusContext("t", null), docs);
    }

    @Test
    void runsDocumentStagesOnEveryDocumentThenCorpusStages() {
        Pipeline p = Pipeline.builder().add(new Upper()).add(new Length()).build();
        CorpusAnalysis out = p.run(corpus("ab", "cde"), ProgressListener.NONE);
        assertThat(out.documents()).extracting(d -> d.get(UPPER)).containsExactly("AB", "CDE");
        assertThat(out.get(LENGTH)).isEqualTo(5);
    }

    @Test
    void refusesAStageWhoseRequirementNoEarlierStageProvides() {
        assertThatThrownBy(() -> Pipeline.builder().add(new Length()).add(new Upper()).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("stage 'length' requires 'upper', which no earlier stage provides");
    }

    @Test
    void refusesTwoStagesProvidingOneKey() {
        assertThatThrownBy(() -> Pipeline.builder().add(new Upper()).add(new Upper()).build())
                .hasMessage("stage 'upper' provides 'upper', which is already provided");
    }

    @Test
    void aValueCannotBeSetTwice() {
        DocumentAnalysis d = corpus("x").documents().get(0).with(UPPER, "X");
        assertThatThrownBy(() -> d.with(UPPER, "Y")).hasMessageContaining("'upper' is already set");
    }

    @Test
    void aMissingValueNamesTheKeyAndTheDocument() {
        DocumentAnalysis d = corpus("x").documents().get(0);
        assertThatThrownBy(() -> d.get(UPPER)).hasMessageContaining("'upper' is not available in document d0");
    }

    @Test
    void analysesAreImmutable() {
        DocumentAnalysis d = corpus("x").documents().get(0);
        DocumentAnalysis e = d.with(UPPER, "X");
        assertThat(d.has(UPPER)).isFalse();
        assertThat(e.has(UPPER)).isTrue();
    }

    static final Key<String> LOWER = Key.named("lower");

    record Lower() implements DocumentStage {
        public String name() { return "lower"; }
        public Set<Key<?>> requires() { return Set.of(LENGTH); }
        public Set<Key<?>> provides() { return Set.of(LOWER); }
        public DocumentAnalysis apply(DocumentAnalysis d) { return d.with(LOWER, d.source().text().toLowerCase()); }
    }

    /** A checkpoint in memory that has kept d0's own result from an earlier run, and records what it is told. */
    static final class Remembering implements DocumentCheckpoint {
        final java.util.Map<String, String> kept = new java.util.concurrent.ConcurrentHashMap<>(java.util.Map.of("d0", "KEPT"));
        final java.util.List<String> told = java.util.Collections.synchronizedList(new java.util.ArrayList<>());

        public java.util.Optional<DocumentAnalysis> restore(DocumentAnalysis fresh, List<DocumentStage> stages) {
            return java.util.Optional.ofNullable(kept.get(fresh.id())).map(v -> fresh.with(UPPER, v));
        }

        public void keep(DocumentAnalysis done, List<DocumentStage> stages) {
            told.add(done.id() + " " + stages.stream().map(Stage::name).toList() + " " + done.get(UPPER));
            kept.put(done.id(), done.get(UPPER));
        }
    }

    @Test
    void aCheckpointGivesBackWhatItKeptAndIsToldEachDocumentsOwnResultsOnly() {
        Pipeline p = Pipeline.builder().add(new Upper()).add(new Length()).add(new Lower()).build();
        assertThat(p.ownStages()).extracting(Stage::name).containsExactly("upper");
        Remembering checkpoint = new Remembering();
        CorpusAnalysis out = p.run(corpus("ab", "cde"), ProgressListener.NONE, checkpoint);
        // d0 was not analysed again: its kept result stands; d1 was, and only the stages before the corpus stage are kept
        assertThat(out.documents()).extracting(d -> d.get(UPPER)).containsExactly("KEPT", "CDE");
        assertThat(out.documents()).extracting(d -> d.get(LOWER)).containsExactly("ab", "cde");
        assertThat(checkpoint.told).containsExactly("d1 [upper] CDE");
    }
}
