package org.crosscheck.bench;

import java.nio.charset.StandardCharsets;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.crosscheck.analysis.clean.BoilerplateFilter;
import org.crosscheck.analysis.pipeline.DocumentAnalysis;
import org.crosscheck.ingest.Extracted;
import org.crosscheck.ingest.IngestResult;
import org.crosscheck.ingest.Ingestor;
import org.crosscheck.model.SourceDocument;
import org.jsoup.Jsoup;

/** The extractors the benchmark compares. */
public final class Extractors {
    private Extractors() {}

    /** crosscheck's own: the ingest step's HTML reading, then the cleaning stage's body. */
    public static ArticleExtractor crosscheck(Ingestor ingestor) {
        BoilerplateFilter filter = new BoilerplateFilter();
        return (url, html) -> {
            IngestResult r = ingestor.read("page.html", html);
            if (!(r instanceof Extracted e)) return "";
            SourceDocument doc = new SourceDocument("page", url, e.sha256(), e.mediaType(), java.time.Instant.EPOCH, e.text(), e.meta());
            return filter.apply(DocumentAnalysis.of(doc)).get(BoilerplateFilter.CLEANED).body();
        };
    }

    /** The text crosscheck's ingest step renders a page to, or null when it cannot read it. */
    public static java.util.function.Function<byte[], String> rendering(Ingestor ingestor) {
        return html -> ingestor.read("page.html", html) instanceof Extracted e ? e.text() : null;
    }

    /** The lines the cleaning stage removes from a rendered page, stripped. */
    public static java.util.Set<String> removedLines(String text) {
        SourceDocument doc = new SourceDocument("page", "page.html", "0".repeat(64), "text/html", java.time.Instant.EPOCH, text,
                SourceDocument.SourceMetadata.NONE);
        var cleaned = new BoilerplateFilter().apply(DocumentAnalysis.of(doc)).get(BoilerplateFilter.CLEANED);
        java.util.Set<String> out = new java.util.HashSet<>();
        cleaned.removed().forEach(r -> out.add(r.span().text().strip()));
        return out;
    }

    /** Readability4J, a Kotlin port of Mozilla's Readability.js, as a peer Java extractor. */
    public static ArticleExtractor readability4j() {
        return (url, html) -> {
            Article a = new Readability4J(url, new String(html, StandardCharsets.UTF_8)).parse();
            String content = a.getContent();
            if (content == null) return "";
            // block elements to paragraphs, as the benchmark's bodies are plain text
            var doc = Jsoup.parse(content);
            StringBuilder sb = new StringBuilder();
            for (var el : doc.select("p, h1, h2, h3, h4, h5, h6, li, blockquote, pre")) {
                if (el.parents().stream().anyMatch(x -> x.is("p, li, blockquote"))) continue;
                String t = el.text().strip();
                if (!t.isEmpty()) sb.append(t).append("\n\n");
            }
            return sb.length() > 0 ? sb.toString().strip() : doc.text();
        };
    }
}
