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
