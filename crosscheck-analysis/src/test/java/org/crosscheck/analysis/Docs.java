package org.crosscheck.analysis;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.crosscheck.analysis.pipeline.CorpusAnalysis;
import org.crosscheck.analysis.pipeline.CorpusContext;
import org.crosscheck.analysis.pipeline.DocumentAnalysis;
import org.crosscheck.model.SourceDocument;
import org.crosscheck.model.SourceDocument.SourceMetadata;
import org.crosscheck.nlp.opennlp.OpenNlpAnalyzer;

/** Test kit: documents from inline text, the real pipeline, and a shared analyzer (models load once). */
public final class Docs {
    public static final OpenNlpAnalyzer NLP = new OpenNlpAnalyzer(new org.crosscheck.nlp.nlp4j.Nlp4jTagger());

    private Docs() {}

    public static SourceDocument doc(String id, String text) {
        return new SourceDocument(id, id + ".txt", "0".repeat(64), "text/plain", Instant.EPOCH, text, SourceMetadata.NONE);
    }

    /** Runs the standard pipeline over inline documents given as id, text, id, text, ... */
    public static CorpusAnalysis analyze(LocalDate reference, String... idsAndTexts) {
        List<DocumentAnalysis> docs = new java.util.ArrayList<>();
        for (int i = 0; i < idsAndTexts.length; i += 2) docs.add(DocumentAnalysis.of(doc(idsAndTexts[i], idsAndTexts[i + 1])));
        return StandardPipeline.create(NLP).run(CorpusAnalysis.of(new CorpusContext("test", reference), docs),
                org.crosscheck.analysis.pipeline.ProgressListener.NONE);
    }
}
