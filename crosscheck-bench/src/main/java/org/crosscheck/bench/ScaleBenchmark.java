package org.crosscheck.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.crosscheck.analysis.pipeline.CorpusAnalysis;
import org.crosscheck.analysis.pipeline.CorpusContext;
import org.crosscheck.analysis.pipeline.DocumentAnalysis;
import org.crosscheck.analysis.pipeline.Pipeline;
import org.crosscheck.analysis.pipeline.ProgressListener;
import org.crosscheck.model.SourceDocument;

/**
 * How the whole analysis grows with the number of documents: synthetic articles are assembled from
 * the paragraphs of a folder of real news texts (each a headline and six paragraphs drawn with a fixed
 * seed; every tenth a reprint of an earlier one, so copies exist to be found), and the pipeline runs
 * over all of them, timing each stage.
 */
public final class ScaleBenchmark {
    /**
     * One run: documents, words, seconds per stage (in order), total seconds and peak heap, over the run and per stage.
     * A stage's peak is the most heap in use while it ran, garbage not yet collected included, so it bounds from above
     * what the stage needs. The live figures are the most heap in use just after a collection (see {@link HeapPeak}):
     * what the heap limit must allow.
     */
    public record Result(int documents, long words, Map<String, Double> stageSeconds, double seconds, long peakHeapBytes,
            Map<String, Long> stagePeakHeapBytes, long liveHeapBytes, Map<String, Long> stageLiveHeapBytes, double cpuSeconds,
            Map<String, Double> stageCpuSeconds) {
        public Result {
            stageCpuSeconds = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(stageCpuSeconds));
            stageLiveHeapBytes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(stageLiveHeapBytes));
            stageSeconds = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(stageSeconds));
            stagePeakHeapBytes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(stagePeakHeapBytes));
        }

        public double documentsPerSecond() {
            return documents / seconds;
        }

        public double wordsPerSecond() {
            return words / seconds;
        }

        /**
         * Words per second of processor time, all of the process's threads summed: on a machine other work shares, the
         * wall-clock figures measure the sharing too, this one much less.
         */
        public double wordsPerCpuSecond() {
            return words / cpuSeconds;
        }
    }

    private final List<String> paragraphs;

    public ScaleBenchmark(Path textDir) throws IOException {
        List<String> ps = new ArrayList<>();
        try (Stream<Path> s = Files.walk(textDir)) {
            for (Path p : s.filter(x -> x.toString().endsWith(".txt")).sorted().toList()) {
                for (String para : Files.readString(p, StandardCharsets.UTF_8).split("\n\\s*\n|\n")) {
                    if (para.strip().split("\\s+").length >= 12) ps.add(para.strip());
                }
            }
        }
        if (ps.size() < 100) throw new IOException("too little text under " + textDir + " to build documents from");
        this.paragraphs = List.copyOf(ps);
    }

    List<SourceDocument> documents(int n) {
        Random rnd = new Random(42);
        List<SourceDocument> docs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String text;
            if (i % 10 == 9 && i > 10) {
                text = docs.get(rnd.nextInt(i)).text(); // a reprint
            } else {
                StringBuilder sb = new StringBuilder("Story number " + i + " in the scale test\n\n");
                for (int k = 0; k < 6; k++) sb.append(paragraphs.get(rnd.nextInt(paragraphs.size()))).append("\n\n");
                text = sb.toString();
            }
            docs.add(new SourceDocument(String.format("d%05d", i), "synthetic", "0".repeat(64), "text/plain", Instant.EPOCH, text,
                    SourceDocument.SourceMetadata.NONE));
        }
        return docs;
    }

    /** The processor time this JVM has used, all threads, in nanoseconds; or -1 where the platform does not say. */
    static long cpuNanos() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }

    /** {@link #run(Pipeline, int, java.util.function.Consumer)} telling nobody when a stage starts. */
    public Result run(Pipeline pipeline, int n) {
        return run(pipeline, n, stage -> {});
    }

    /** Runs the pipeline over {@code n} synthetic documents; {@code started} hears each stage's name as it starts. */
    public Result run(Pipeline pipeline, int n, java.util.function.Consumer<String> started) {
        List<SourceDocument> docs = documents(n);
        long words = docs.stream().mapToLong(d -> d.text().split("\\s+").length).sum();
        HeapPeak.reset();
        Map<String, Double> stages = new LinkedHashMap<>();
        Map<String, Long> stageHeap = new LinkedHashMap<>();
        Map<String, Long> stageLive = new LinkedHashMap<>();
        Map<String, Double> stageCpu = new LinkedHashMap<>();
        long[] stageCpuStart = {cpuNanos()};
        long[] runLive = {0};
        long[] stageStart = {System.nanoTime()};
        long[] runPeak = {0};
        String[] current = {null};
        ProgressListener timer = (stage, done, total) -> {
            synchronized (stages) {
                if (!stage.equals(current[0])) {
                    long now = System.nanoTime();
                    long cpu = cpuNanos();
                    if (current[0] != null) {
                        stages.merge(current[0], (now - stageStart[0]) / 1e9, Double::sum);
                        stageCpu.merge(current[0], (cpu - stageCpuStart[0]) / 1e9, Double::sum);
                        long peak = HeapPeak.bytes();
                        stageHeap.merge(current[0], peak, Math::max);
                        runPeak[0] = Math.max(runPeak[0], peak);
                        long live = HeapPeak.liveBytes();
                        stageLive.merge(current[0], live, Math::max);
                        runLive[0] = Math.max(runLive[0], live);
                    }
                    // the pools' peaks start again, so the next stage's peak is its own
                    HeapPeak.reset();
                    current[0] = stage;
                    stageStart[0] = now;
                    stageCpuStart[0] = cpu;
                    started.accept(stage);
                }
            }
        };
        long start = System.nanoTime();
        long cpuStart = cpuNanos();
        pipeline.run(CorpusAnalysis.of(new CorpusContext("scale", null), docs.stream().map(DocumentAnalysis::of).toList()), timer);
        long end = System.nanoTime();
        long cpuEnd = cpuNanos();
        long peak = HeapPeak.bytes();
        if (current[0] != null) {
            stages.merge(current[0], (end - stageStart[0]) / 1e9, Double::sum);
            stageCpu.merge(current[0], (cpuEnd - stageCpuStart[0]) / 1e9, Double::sum);
            stageHeap.merge(current[0], peak, Math::max);
            stageLive.merge(current[0], HeapPeak.liveBytes(), Math::max);
        }
        return new Result(n, words, stages, (end - start) / 1e9, Math.max(runPeak[0], peak), stageHeap,
                Math.max(runLive[0], HeapPeak.liveBytes()), stageLive, (cpuEnd - cpuStart) / 1e9, stageCpu);
    }
}
