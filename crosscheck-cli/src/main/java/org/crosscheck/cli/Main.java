package org.crosscheck.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code crosscheck} command. Exit codes: 0 ok, 1 failure, 2 usage error, 3 done but some
 * inputs were skipped (each named on stderr).
 */
@Command(name = "crosscheck", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Reads the coverage of one event from many sources and maps who says what, where they agree and where they do not.",
        subcommands = {AnalyzeCommand.class, ServeCommand.class, EvaluateCommand.class, BenchCommand.class})
public final class Main implements Runnable {
    public static final int SKIPPED = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code; the one place the CLI is wired. */
    public static int run(String... args) {
        return run(new java.io.PrintWriter(System.out, true), new java.io.PrintWriter(System.err, true), args);
    }

    /** Runs the command line with its output and errors going to the given writers. */
    public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        org.slf4j.bridge.SLF4JBridgeHandler.removeHandlersForRootLogger();
        org.slf4j.bridge.SLF4JBridgeHandler.install();
        CommandLine cl = new CommandLine(new Main()).setOut(out).setErr(err);
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("crosscheck: " + e.getMessage());
            if (Boolean.getBoolean("crosscheck.debug")) e.printStackTrace(cmd.getErr());
            return 1;
        });
        return cl.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }

    /** The analysis every command runs: the standard pipeline over OpenNLP. Wired here and nowhere else. */
    static org.crosscheck.app.WorkspaceAnalyzer analyzer() {
        return new org.crosscheck.app.WorkspaceAnalyzer(pipeline(), version());
    }

    /** The analysis with the claim judge whose weights are in {@code claimJudge}, or the shipped one when null. */
    static org.crosscheck.app.WorkspaceAnalyzer analyzer(java.nio.file.@org.jspecify.annotations.Nullable Path claimJudge) {
        if (claimJudge == null) return analyzer();
        org.crosscheck.analysis.claims.ClaimJudge judge;
        try {
            judge = org.crosscheck.analysis.claims.ClaimJudge.read(java.nio.file.Files.readString(claimJudge));
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("cannot read the claim judge in " + claimJudge + ": " + e.getMessage(), e);
        }
        var claims = new org.crosscheck.analysis.claims.ClaimClusterer(encoder(), relations(), judge);
        return new org.crosscheck.app.WorkspaceAnalyzer(
                org.crosscheck.analysis.StandardPipeline.withClaims(languageAnalyzer(), claims, nounSenses()), version());
    }

    /** Vectors kept between runs of one process: 50,000 x 384 floats, about 80 MB. */
    static final int ENCODED_TEXTS_KEPT = 50_000;

    /**
     * The one wiring of the analysis: OpenNLP for sentences and tokens, NLP4J for their parts of speech, WordNet for
     * speaker nouns, bge-small for the meaning of claims.
     */
    static org.crosscheck.analysis.pipeline.Pipeline pipeline() {
        return org.crosscheck.analysis.StandardPipeline.create(languageAnalyzer(), encoder(), nounSenses(), relations());
    }

    /** The quote stages of {@link #pipeline()} without the encoder, for benchmarks of attribution alone. */
    static org.crosscheck.analysis.pipeline.Pipeline attributionPipeline() {
        return org.crosscheck.analysis.StandardPipeline.create(languageAnalyzer(), null, nounSenses());
    }

    /** Sentences and tokens from OpenNLP, tagged by NLP4J (about 7 s to load). */
    static org.crosscheck.nlp.LanguageAnalyzer languageAnalyzer() {
        return new org.crosscheck.nlp.opennlp.OpenNlpAnalyzer(new org.crosscheck.nlp.nlp4j.Nlp4jTagger());
    }

    /** WordNet, loaded once per process (half a second) and shared: it is thread-safe. */
    static synchronized org.crosscheck.wordnet.WordNet wordNet() {
        if (wordNet == null) wordNet = org.crosscheck.wordnet.WordNet.load();
        return wordNet;
    }

    private static org.crosscheck.wordnet.WordNet wordNet;

    /** WordNet's kinds of nouns: whether "the announcer" or "the memo" can speak. */
    static org.crosscheck.nlp.NounSenses nounSenses() {
        return wordNet().nounSenses();
    }

    /** WordNet's senses of verbs and nouns of action: whether two claims' predicates name one action. */
    static org.crosscheck.nlp.WordRelations relations() {
        return wordNet().relations();
    }

    /** bge-small, run in-process by ONNX Runtime from a Maven artifact. */
    static org.crosscheck.nlp.SentenceEncoder encoder() {
        return org.crosscheck.nlp.SentenceEncoder.cached(new org.crosscheck.embeddings.BgeSmallEncoder(), ENCODED_TEXTS_KEPT);
    }

    static String version() {
        Properties p = new Properties();
        try (InputStream in = Main.class.getResourceAsStream("/crosscheck-version.properties")) {
            if (in != null) p.load(in);
        } catch (IOException e) {
            return "unknown";
        }
        return p.getProperty("version", "unknown");
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"crosscheck " + version()};
        }
    }
}
