package org.crosscheck.analysis.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.crosscheck.analysis.Docs;
import org.crosscheck.analysis.StandardPipeline;
import org.crosscheck.analysis.claims.ClaimClusterer;
import org.crosscheck.analysis.pipeline.CorpusAnalysis;
import org.crosscheck.analysis.pipeline.CorpusContext;
import org.crosscheck.analysis.pipeline.DocumentAnalysis;
import org.crosscheck.analysis.pipeline.ProgressListener;
import org.crosscheck.model.Quote;
import org.crosscheck.nlp.NounSenses;
import org.junit.jupiter.api.Test;

class SpeakerJudgeTest {
    private static final String TEXT = "Ana Duarte said: \"The bridge will reopen in May.\"\n";

    private static CorpusAnalysis analyze(SpeakerJudge judge) {
        return StandardPipeline.withClaims(Docs.NLP, new ClaimClusterer(), NounSenses.NONE, judge).run(
                CorpusAnalysis.of(new CorpusContext("test", LocalDate.of(2025, 3, 12)), List.of(DocumentAnalysis.of(Docs.doc("d", TEXT)))),
                ProgressListener.NONE);
    }

    /** A judge that gives every speaker the probability {@code p}. */
    private static SpeakerJudge constant(double p, double floor) {
        return new SpeakerJudge(SpeakerFeatures.NAMES, new double[SpeakerFeatures.NAMES.size()], Math.log(p / (1 - p)), floor);
    }

    @Test
    void theShippedWeightsLoadForThisBuildsFeatures() {
        SpeakerJudge j = SpeakerJudge.shipped();
        assertThat(j.features()).isEqualTo(SpeakerFeatures.NAMES);
        assertThat(j.floor()).isBetween(0.0, 1.0);
    }

    @Test
    void writtenWeightsReadBackTheSame() {
        SpeakerJudge j = constant(0.3, 0.45);
        String text = j.write("made by a test\nsecond line");
        assertThat(text).startsWith("# made by a test\n# second line\n");
        assertThat(SpeakerJudge.read(text).checked().probability(List.copyOf(java.util.Collections.nCopies(SpeakerFeatures.NAMES.size(), 1.0))))
                .isCloseTo(0.3, org.assertj.core.data.Offset.offset(1e-5));
        assertThat(SpeakerJudge.read(text).floor()).isEqualTo(0.45);
    }

    @Test
    void weightsMadeForOtherFeaturesAreRefused() {
        SpeakerJudge other = SpeakerJudge.read("bias 0.1\nfloor 0.5\nrule_90 1.0\nform_name 0.5\n");
        assertThatThrownBy(other::checked).isInstanceOf(IllegalStateException.class).hasMessageContaining("train-speakers");
        assertThatThrownBy(() -> new SpeakerLinker(other)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void belowTheFloorTheQuoteStaysWithoutASpeaker() {
        CorpusAnalysis c = analyze(constant(0.2, 0.5));
        Quote q = c.get(SpeakerLinker.QUOTES).get(0);
        assertThat(q.span().text()).isEqualTo("The bridge will reopen in May.");
        assertThat(q.kind().label()).isEqualTo("direct");
        assertThat(q.speaker().known()).isFalse();
        assertThat(q.confidence()).isZero();
        // what the sieves found is still there to learn from
        assertThat(c.get(SpeakerLinker.SPEAKER_EVIDENCE).get(0).candidate().name()).isEqualTo("Ana Duarte");
        assertThat(c.get(SpeakerLinker.SPEAKER_EVIDENCE).get(0).probability()).isCloseTo(0.2, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void atOrAboveTheFloorTheProbabilityIsTheConfidence() {
        Quote q = analyze(constant(0.8, 0.5)).get(SpeakerLinker.QUOTES).get(0);
        assertThat(q.speaker().name()).isEqualTo("Ana Duarte");
        assertThat(q.confidence()).isCloseTo(0.8, org.assertj.core.data.Offset.offset(1e-9));
    }
}
