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
}
