package org.crosscheck.analysis.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.analysis.Docs;
import org.crosscheck.analysis.pipeline.CorpusAnalysis;
import org.crosscheck.model.TimelineEntry;
import org.junit.jupiter.api.Test;

class TimelineBuilderTest {
    @Test
    void anUndatedSourceIsReadAgainstTheDateTheDatedSourcesShare() {
        CorpusAnalysis c = Docs.analyze(null,
                "dated", "Published: March 12, 2025\n\nThe harbour bridge collapsed on Tuesday evening, officials said.\n",
                "undated", "The old harbour bridge collapsed on Tuesday evening during the rush hour.\n");
        assertThat(c.get(TimelineBuilder.TIMELINE)).anySatisfy((TimelineEntry e) -> {
            assertThat(e.when()).isEqualTo("2025-03-11");
            assertThat(e.mentions()).extracting(m -> m.doc()).contains("dated", "undated");
        });
    }
}
