package org.crosscheck.wordnet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.crosscheck.analysis.StandardPipeline;
import org.crosscheck.analysis.pipeline.CorpusAnalysis;
import org.crosscheck.analysis.pipeline.CorpusContext;
import org.crosscheck.analysis.pipeline.DocumentAnalysis;
import org.crosscheck.analysis.pipeline.ProgressListener;
import org.crosscheck.analysis.quotes.SpeakerLinker;
import org.crosscheck.model.SourceDocument;
import org.crosscheck.nlp.NounSenses;
import org.crosscheck.nlp.opennlp.OpenNlpAnalyzer;
import org.junit.jupiter.api.Test;

class SpeakerNounsFromWordNetTest {
    private static final OpenNlpAnalyzer NLP = new OpenNlpAnalyzer(new org.crosscheck.nlp.nlp4j.Nlp4jTagger());

    private static String speakerOf(String text, NounSenses senses) {
        var doc = new SourceDocument("d", "d", "0".repeat(64), "text/plain", Instant.EPOCH, text, SourceDocument.SourceMetadata.NONE);
        var corpus = CorpusAnalysis.of(new CorpusContext("test", null), List.of(DocumentAnalysis.of(doc)));
        var quotes = StandardPipeline.create(NLP, null, senses).run(corpus, ProgressListener.NONE).get(SpeakerLinker.QUOTES);
        return String.valueOf(quotes.get(0).speaker().name());
    }

    @Test
    void aRoleNounOutsideTheBuiltInListSpeaksWhenWordNetTakesItForAPerson() {
        String text = "As the bell rang, the announcer said, \"Lot nine goes to the lady in the front row.\"\n";
        assertThat(speakerOf(text, NounSenses.NONE)).isEqualTo("null");
        assertThat(speakerOf(text, new WordNetNounSenses())).isEqualTo("the announcer");
    }
}
