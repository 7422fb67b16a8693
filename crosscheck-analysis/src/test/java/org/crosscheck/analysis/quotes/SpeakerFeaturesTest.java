package org.crosscheck.analysis.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.crosscheck.analysis.Docs;
import org.crosscheck.analysis.pipeline.CorpusAnalysis;
import org.junit.jupiter.api.Test;

/** The features read like what the text shows: a name beside its verb, a pronoun far from the person it stands for. */
class SpeakerFeaturesTest {
    private static SpeakerEvidence only(String text) {
        CorpusAnalysis c = Docs.analyze(LocalDate.of(2025, 3, 12), "d", text);
        List<SpeakerEvidence> e = c.get(SpeakerLinker.SPEAKER_EVIDENCE);
        assertThat(e).hasSize(1);
        return e.get(0);
    }

    private static double value(SpeakerEvidence e, String feature) {
        return e.features().get(SpeakerFeatures.NAMES.indexOf(feature));
    }

    @Test
    void aNameNextToSaid() {
        SpeakerEvidence e = only("Ana Duarte said: \"The bridge will reopen in May.\"\n");
        assertThat(e.candidate().name()).isEqualTo("Ana Duarte");
        assertThat(e.features()).hasSize(SpeakerFeatures.NAMES.size());
        assertThat(value(e, "form_name")).isEqualTo(1.0);
        assertThat(value(e, "form_pronoun")).isEqualTo(0.0);
        assertThat(value(e, "kind_direct")).isEqualTo(1.0);
        assertThat(value(e, "cue_word")).isEqualTo(1.0);
        assertThat(value(e, "mention_after")).isEqualTo(0.0);
        assertThat(value(e, "same_sentence")).isEqualTo(1.0);
        assertThat(value(e, "log_gap")).isLessThan(Math.log1p(10));
        assertThat(value(e, "via_earlier_mention")).isEqualTo(0.0);
        assertThat(value(e, "entity_person")).isEqualTo(1.0);
        assertThat(value(e, "speaker_share")).isEqualTo(1.0);
        assertThat(value(e, "doc_position")).isLessThan(0.5);
        assertThat(value(e, "paragraph_start")).isEqualTo(1.0);
    }

    @Test
    void aPronounFarFromItsAntecedent() {
        SpeakerEvidence e = only("Harbour closed after storm\n\nTomas Ekdahl, the harbour master, arrived at the quay early on Monday morning.\n"
                + "The ferries had stopped running two days before, and the quay was closed to traffic.\n"
                + "Engineers from three towns spent the weekend measuring the cracks in the old stone piers.\n"
                + "\"Nobody should walk on it until the tests are done,\" he said.\n");
        assertThat(e.candidate().name()).isEqualTo("Tomas Ekdahl");
        assertThat(value(e, "form_pronoun")).isEqualTo(1.0);
        assertThat(value(e, "form_name")).isEqualTo(0.0);
        assertThat(value(e, "mention_after")).isEqualTo(1.0);
        assertThat(value(e, "via_earlier_mention")).isEqualTo(1.0);
        assertThat(value(e, "log_earlier_gap")).isGreaterThan(Math.log1p(150));
        assertThat(value(e, "antecedent_rank")).isEqualTo(0.0);
        assertThat(value(e, "doc_position")).isGreaterThan(0.5);
    }
}
