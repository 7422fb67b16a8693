package org.crosscheck.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.crosscheck.analysis.pipeline.ProgressListener;
import org.crosscheck.app.StoryPile;
import org.crosscheck.app.WorkspaceAnalyzer;
import org.crosscheck.ingest.IngestResult;

/**
 * Throughput of the Spark job beside the single process on the same pile: {@code SparkBench TEXT_DIR [--docs 300,1000]
 * [--master local[2]]} takes the first N texts (by name) of TEXT_DIR, analyses them as {@code analyze --stories} does in
 * one process ({@link StoryPile}), then with {@link SparkAnalysis}, and prints documents/s and words/s of each. Models
 * are loaded and the code warmed on a few documents before either is timed, so neither pays for loading; in local mode
 * both share the one JVM and its models. A benchmark command of its own rather than a {@code crosscheck bench} one
 * because the command line must not depend on Spark.
 */
public final class SparkBench {
    private SparkBench() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: SparkBench TEXT_DIR [--docs 300,1000] [--master local[2]]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        List<Integer> sizes = List.of(300);
        String master = "local[2]";
        for (int i = 1; i + 1 < args.length; i += 2) {
            if (args[i].equals("--docs")) sizes = Stream.of(args[i + 1].split(",")).map(Integer::valueOf).toList();
            else if (args[i].equals("--master")) master = args[i + 1];
        }
        List<Path> texts;
        try (Stream<Path> s = Files.walk(dir)) {
            texts = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        Path tmp = Files.createTempDirectory("crosscheck-spark-bench-");
        System.out.printf("# %d cores, max heap %d MB, %s%n", Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, master);
        // warm-up: models loaded, code compiled, on documents outside every timed pile
        List<IngestResult> warm = new ArrayList<>();
        for (Path p : texts.subList(Math.max(0, texts.size() - 10), texts.size())) warm.addAll(Models.ingestor().read(p));
        new StoryPile(Models.analyzer()).run(tmp.resolve("warm"), warm, new WorkspaceAnalyzer.Settings("warm", null), ProgressListener.NONE);
        SparkSession spark = SparkSession.builder().master(master).appName("crosscheck-spark-bench").config("spark.ui.enabled", "false").getOrCreate();
        try {
            for (int n : sizes) {
                if (n > texts.size()) throw new IOException("only " + texts.size() + " texts under " + dir + ", not " + n);
                Path pile = Files.createDirectories(tmp.resolve("pile-" + n));
                long words = 0;
                for (Path p : texts.subList(0, n)) {
                    Files.copy(p, pile.resolve(p.getFileName()));
                    words += Files.readString(p).split("\\s+").length;
                }
                long t0 = System.nanoTime();
                List<IngestResult> read = new ArrayList<>();
                try (Stream<Path> s = Files.list(pile)) {
                    for (Path p : s.sorted().toList()) read.addAll(Models.ingestor().read(p));
                }
                var single = new StoryPile(Models.analyzer()).run(tmp.resolve("single-" + n), read, new WorkspaceAnalyzer.Settings("bench", null),
                        ProgressListener.NONE);
                double singleSeconds = (System.nanoTime() - t0) / 1e9;
                t0 = System.nanoTime();
                int cores = spark.sparkContext().defaultParallelism();
                var spread = SparkAnalysis.run(spark, new SparkAnalysis.Settings(pile.toUri().toString(), tmp.resolve("spark-" + n).toString(), "bench",
                        null, Math.max(2, cores * 2)));
                double sparkSeconds = (System.nanoTime() - t0) / 1e9;
                System.out.printf(Locale.ROOT, "docs %d words %d%n", n, words);
                System.out.printf(Locale.ROOT, "  single process (analyze --stories)  %4d stories %7.1f s %6.1f docs/s %8.0f words/s%n",
                        single.stories().size(), singleSeconds, n / singleSeconds, words / singleSeconds);
                System.out.printf(Locale.ROOT, "  spark %-29s %4d stories %7.1f s %6.1f docs/s %8.0f words/s  (%.2fx the single process's time)%n",
                        master, spread.stories().size(), sparkSeconds, n / sparkSeconds, words / sparkSeconds, sparkSeconds / singleSeconds);
                System.out.flush();
            }
        } finally {
            spark.stop();
        }
    }
}
