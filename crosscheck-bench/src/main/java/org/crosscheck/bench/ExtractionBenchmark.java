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

    /**
     * Line-level junk figures of the cleaning stage on the pages rendered to text: each non-blank line
     * of crosscheck's rendering is the article's when its words occur in the page's true body (after
     * METRICS.md's normalisation), else junk; removal is scored against that. The pages were not
     * looked at when the rules were written, so this measures how the rules generalise.
     *
     * @param lines        non-blank lines scored
     * @param junkLines    lines the true body does not hold
     * @param removed      lines the cleaning removed (title excluded)
     * @param removedJunk  removed lines that were junk
     */
    public record JunkLines(int lines, int junkLines, int removed, int removedJunk) {
        public double precision() {
            return removed == 0 ? 1 : (double) removedJunk / removed;
        }

        public double recall() {
            return junkLines == 0 ? 1 : (double) removedJunk / junkLines;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** {@link JunkLines} over every page, with {@code render} giving a page's text and {@code removed} the lines cleaning took out. */
    public JunkLines junkLines(java.util.function.Function<byte[], String> render,
            java.util.function.Function<String, java.util.Set<String>> removed) throws IOException {
        int lines = 0;
        int junk = 0;
        int out = 0;
        int outJunk = 0;
        List<String> ids = new ArrayList<>();
        truth.fieldNames().forEachRemaining(ids::add);
        for (String id : ids) {
            String text = render.apply(gunzip(dir.resolve("html").resolve(id + ".html.gz")));
            if (text == null) continue;
            String body = norm(truth.get(id).path("articleBody").asText());
            java.util.Set<String> gone = removed.apply(text);
            boolean first = true;
            for (String line : text.split("\n")) {
                String l = line.strip();
                if (l.isEmpty()) continue;
                if (first) { // the page's title: neither body nor junk
                    first = false;
                    continue;
                }
                lines++;
                boolean isJunk = !body.contains(norm(l));
                if (isJunk) junk++;
                if (gone.contains(l)) {
                    out++;
                    if (isJunk) outJunk++;
                }
            }
        }
        return new JunkLines(lines, junk, out, outJunk);
    }

    private static String norm(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKC).replaceAll("[‘’‚‛′`]", "'").replaceAll("[“”„‟″]", "\"")
                .replaceAll("[‐‑‒–—―−]", "-").replace("…", "...").replaceAll("\\s+", " ").strip().toLowerCase(java.util.Locale.ROOT);
    }

    private static byte[] gunzip(Path p) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
            return in.readAllBytes();
        }
    }
}
