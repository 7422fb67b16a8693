package org.crosscheck.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.crosscheck.ingest.IngestLimits;
import org.crosscheck.ingest.Ingestor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The harness on a two-page benchmark written here: pages with navigation, a story and related links. */
class ExtractionBenchmarkTest {
    @TempDir
    Path dir;

    private void page(String id, String html) throws Exception {
        Files.createDirectories(dir.resolve("html"));
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("html").resolve(id + ".html.gz")))) {
            out.write(html.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static String story(String title, String... paragraphs) {
        StringBuilder sb = new StringBuilder("<html><head><title>" + title + "</title></head><body><nav><a href='/'>Home</a>"
                + "<a href='/news'>News</a></nav><div class='story-body'>");
        for (String p : paragraphs) sb.append("<p>").append(p).append("</p>");
        sb.append("</div><aside class='related'><ul><li><a href='/x'>Another story about something else entirely</a></li>"
                + "</ul></aside><footer><p>© 2025 Example News. All rights reserved.</p></footer></body></html>");
        return sb.toString();
    }

    @Test
    void scoresTheArticleAndLeavesOutTheFurniture() throws Exception {
        String[] one = {"The harbour bridge reopened on Monday after two years of repairs, the city said in a statement.",
                "Engineers replaced the main cables, which had corroded, and strengthened the deck with new steel beams.",
                "Residents, who had walked an extra kilometre each way, welcomed the reopening with a small ceremony."};
        String[] two = {"The ferry company added three evening crossings, citing demand from commuters and tourists alike.",
                "Tickets will cost the same as before, a spokeswoman for the company said on Tuesday afternoon."};
        page("p1", story("Bridge reopens", one));
        page("p2", story("More ferries", two));
        Files.writeString(dir.resolve("ground-truth.json"), "{\"p1\": {\"articleBody\": \"" + String.join("\\n", one)
                + "\", \"url\": \"https://news.example/1\"}, \"p2\": {\"articleBody\": \"" + String.join("\\n", two)
                + "\", \"url\": \"https://news.example/2\"}}");
        try (Ingestor ingestor = new Ingestor(IngestLimits.DEFAULTS)) {
            ExtractionBenchmark.Result r = new ExtractionBenchmark(dir).run("crosscheck", Extractors.crosscheck(ingestor), 1);
            assertThat(r.pages()).isEqualTo(2);
            assertThat(r.score().f1()).isEqualTo(1.0);
            assertThat(r.predictions().get("p1")).doesNotContain("Home", "Another story", "All rights reserved");
            assertThat(r.pagesPerSecond()).isPositive();
        }
    }
}
