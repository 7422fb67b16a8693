package org.crosscheck.corenlp;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crosscheck.bench.AttributionBenchmark;
import org.crosscheck.bench.HeapPeak;

/**
 * {@code java -jar crosscheck-corenlp-baseline.jar SPLIT_DIR [--coref] [--limit N]}: CoreNLP's quote
 * attribution over a PolNeAR split, scored by the same {@link AttributionBenchmark} as
 * {@code crosscheck bench attribution}, with its words per second and start-up time.
 */
public final class CoreNlpBaseline {
    private CoreNlpBaseline() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || args[0].startsWith("-")) {
            System.err.println("usage: java -jar crosscheck-corenlp-baseline.jar SPLIT_DIR [--coref] [--limit N]");
            System.exit(2);
        }
        boolean coref = List.of(args).contains("--coref");
        int limit = 100000;
        for (int i = 0; i + 1 < args.length; i++) if (args[i].equals("--limit")) limit = Integer.parseInt(args[i + 1]);
        long t0 = System.nanoTime();
        CoreNlpQuotes extractor = new CoreNlpQuotes(coref);
        double startup = (System.nanoTime() - t0) / 1e9;
        HeapPeak.reset();
        AttributionBenchmark.Result r = AttributionBenchmark.run(Path.of(args[0]), extractor, limit);
        System.out.printf(Locale.ROOT, "# CoreNLP 4.5.10 quote attribution%s; %d articles, %d words, %s; start-up %.1f s%n",
                coref ? " with statistical coreference" : " (empty coreference)", r.documents(), r.words(), HeapPeak.machine(), startup);
        System.out.printf("%-14s %9s %6s %6s %8s %6s %6s%n", "set", "precision", "recall", "f1", "source", "gold", "system");
        for (var e : List.of(Map.entry("direct quotes", r.direct()), Map.entry("all", r.all()))) {
            var f = e.getValue();
            System.out.printf(Locale.ROOT, "%-14s %9.3f %6.3f %6.3f %8.3f %6d %6d%n", e.getKey(), f.precision(), f.recall(), f.f1(),
                    f.sourceAccuracy(), f.gold(), f.system());
        }
        System.out.printf(Locale.ROOT, "throughput %.0f words/s, peak heap %d MB%n", r.wordsPerSecond(), HeapPeak.bytes() >> 20);
    }
}
