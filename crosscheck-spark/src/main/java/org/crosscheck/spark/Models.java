package org.crosscheck.spark;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.crosscheck.analysis.StandardPipeline;
import org.crosscheck.app.WorkspaceAnalyzer;
import org.crosscheck.embeddings.BgeSmallEncoder;
import org.crosscheck.ingest.IngestLimits;
import org.crosscheck.ingest.Ingestor;
import org.crosscheck.nlp.SentenceEncoder;
import org.crosscheck.nlp.nlp4j.Nlp4jTagger;
import org.crosscheck.nlp.opennlp.OpenNlpAnalyzer;
import org.crosscheck.wordnet.WordNet;

/**
 * The models of one executor JVM, loaded the first time a task there needs them and shared by every task after
 * (the tagger alone takes about seven seconds to load, far more than a story takes to analyse). The wiring is the
 * command line's ({@code crosscheck-cli Main}): OpenNLP sentences and tokens tagged by NLP4J, WordNet for speaker nouns
 * and predicates, bge-small for the meaning of claims; the Spark job is its own entry point, so it wires them itself.
 * A static holder because Spark gives a task no other place that lives as long as its executor; thread-safe (the
 * analyzer and the ingestor are).
 */
final class Models {
    /** Vectors kept per executor between stories, as the command line keeps them between runs. */
    private static final int ENCODED_TEXTS_KEPT = 50_000;

    private static WorkspaceAnalyzer analyzer;
    private static Ingestor ingestor;

    private Models() {}

    /** The analysis {@code crosscheck analyze} runs, loaded once per JVM. */
    static synchronized WorkspaceAnalyzer analyzer() {
        if (analyzer == null) {
            WordNet wordNet = WordNet.load();
            analyzer = new WorkspaceAnalyzer(StandardPipeline.create(new OpenNlpAnalyzer(new Nlp4jTagger()),
                    SentenceEncoder.cached(new BgeSmallEncoder(), ENCODED_TEXTS_KEPT), wordNet.nounSenses(), wordNet.relations()), version());
        }
        return analyzer;
    }

    /** The reader of originals with the command line's default limits; never closed (it lives as long as the executor). */
    static synchronized Ingestor ingestor() {
        if (ingestor == null) ingestor = new Ingestor(IngestLimits.DEFAULTS);
        return ingestor;
    }

    static String version() {
        Properties p = new Properties();
        try (InputStream in = Models.class.getResourceAsStream("/crosscheck-spark-version.properties")) {
            if (in != null) p.load(in);
        } catch (IOException e) {
            return "unknown";
        }
        return p.getProperty("version", "unknown");
    }
}
