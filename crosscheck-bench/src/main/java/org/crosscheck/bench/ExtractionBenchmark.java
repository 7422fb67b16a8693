package org.crosscheck.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Runs an extractor over the article-extraction benchmark (html/&lt;id&gt;.html.gz and
 * ground-truth.json) on the calling thread, and scores it with {@link ShingleScore}.
 */
public final class ExtractionBenchmark {
    private final Path dir;
    private final JsonNode truth;

    /** One extractor's figures and its predictions ({@code id -> body}). */
    public record Result(String name, ShingleScore.Summary score, int pages, double seconds, long peakHeapBytes,
            Map<String, String> predictions) {
        public double pagesPerSecond() {
            return pages / seconds;
        }
    }

    public ExtractionBenchmark(Path dir) throws IOException {
        this.dir = dir;
        Path gt = dir.resolve("ground-truth.json");
        if (!Files.isRegularFile(gt)) throw new IOException("no ground-truth.json in " + dir + ": give the benchmark's folder");
        this.truth = new ObjectMapper().readTree(gt.toFile());
    }

    public int size() {
        return truth.size();
    }

    /** Runs the extractor on every page; {@code warmup} pages are run first and not timed. */
    public Result run(String name, ArticleExtractor extractor, int warmup) throws IOException {
        List<String> ids = new ArrayList<>();
        truth.fieldNames().forEachRemaining(ids::add);
        Map<String, byte[]> pages = new LinkedHashMap<>();
        for (String id : ids) pages.put(id, gunzip(dir.resolve("html").resolve(id + ".html.gz")));
        for (int i = 0; i < Math.min(warmup, ids.size()); i++) extractor.body(truth.get(ids.get(i)).path("url").asText(), pages.get(ids.get(i)));
        HeapPeak.reset();
        Map<String, String> predictions = new LinkedHashMap<>();
        List<ShingleScore.Page> scores = new ArrayList<>();
        long start = System.nanoTime();
        for (String id : ids) predictions.put(id, extractor.body(truth.get(id).path("url").asText(), pages.get(id)));
        double seconds = (System.nanoTime() - start) / 1e9;
        for (String id : ids) scores.add(ShingleScore.page(truth.get(id).path("articleBody").asText(), predictions.get(id)));
        return new Result(name, ShingleScore.summarize(scores), ids.size(), seconds, HeapPeak.bytes(), predictions);
    }

    private static byte[] gunzip(Path p) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
            return in.readAllBytes();
        }
    }
}
