package org.crosscheck.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.crosscheck.analysis.StandardPipeline;
import org.crosscheck.analysis.pipeline.ProgressListener;
import org.crosscheck.ingest.IngestLimits;
import org.crosscheck.ingest.Ingestor;
import org.crosscheck.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What reading found (a text cut to what is analysed, NUL bytes removed) reaches every report, and survives a re-analysis. */
class ReadingFlagsTest {
    @TempDir
    java.nio.file.Path tmp;

    @Test
    void aCutTextIsFlaggedWithHowMuchWasAnalysedInEveryReport() throws Exception {
        WorkspaceAnalyzer analyzer = new WorkspaceAnalyzer(StandardPipeline.create(WorkspaceAnalyzerTest.NLP), "test");
        String longText = "Bridge falls\n\n" + "The bridge fell on Tuesday, the mayor said. ".repeat(30);
        try (Ingestor ingestor = new Ingestor(IngestLimits.DEFAULTS.withMaxChars(300)); Workspace ws = Workspace.open(tmp.resolve("ws"))) {
            analyzer.run(ws, List.of(ingestor.read("long.txt", longText.getBytes(StandardCharsets.UTF_8)),
                    ingestor.read("nul.txt", "Ferry\n\nThe ferry\u0000 ran again, the harbour master said.\n".getBytes(StandardCharsets.UTF_8))),
                    WorkspaceAnalyzer.Settings.REMEMBERED, ProgressListener.NONE);
            for (int run = 0; run < 2; run++) {
                JsonNode docs = new ObjectMapper().readTree(ws.dir().resolve("report.json").toFile()).path("documents");
                JsonNode cut = docs.get(0);
                assertThat(cut.path("id").asText()).isEqualTo("long");
                assertThat(cut.path("flags")).extracting(JsonNode::asText).containsExactly("truncated");
                assertThat(cut.path("text").asText()).hasSize(300);
                assertThat(cut.path("full_length").asLong()).isEqualTo(longText.length());
                assertThat(cut.path("notes")).extracting(JsonNode::asText)
                        .containsExactly("analysed the first 300 of " + String.format(java.util.Locale.ROOT, "%,d", longText.length()) + " characters");
                assertThat(docs.get(1).path("flags")).extracting(JsonNode::asText).containsExactly("nul-removed");
                assertThat(Files.readString(ws.dir().resolve("report.html"))).contains("analysed the first 300 of");
                assertThat(Files.readString(ws.dir().resolve("report.md"))).contains("| truncated |");
                // analysed again from the workspace alone: the flags come back from the database
                analyzer.run(ws, List.of(), WorkspaceAnalyzer.Settings.REMEMBERED, ProgressListener.NONE);
            }
        }
    }
}
