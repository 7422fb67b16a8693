package org.crosscheck.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.analysis.StandardPipeline;
import org.crosscheck.analysis.pipeline.ProgressListener;
import org.crosscheck.ingest.IngestLimits;
import org.crosscheck.ingest.IngestResult;
import org.crosscheck.ingest.Ingestor;
import org.crosscheck.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder analysed again after one of its files was edited: the edited file is a new version of
 * the same source, not a second source that would count twice. The old original is kept and marked
 * superseded; only the newest version is analysed and counted.
 */
class VersionsTest {
    @TempDir
    Path tmp;

    final Ingestor ingestor = new Ingestor(IngestLimits.DEFAULTS);
    final WorkspaceAnalyzer analyzer = new WorkspaceAnalyzer(StandardPipeline.create(WorkspaceAnalyzerTest.NLP), "test");

    @AfterEach
    void close() {
        ingestor.close();
    }

    WorkspaceAnalyzer.Outcome analyse(Workspace ws, Path folder) {
        List<IngestResult> read = new ArrayList<>();
        for (Path f : ingestor.files(List.of(folder), ws.dir(), read::add)) read.addAll(ingestor.read(f));
        return analyzer.run(ws, read, WorkspaceAnalyzer.Settings.REMEMBERED, ProgressListener.NONE);
    }

    @Test
    void anEditedFileSupersedesItsOldVersionWhichIsKeptButNotCounted() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("corpus"));
        Files.writeString(folder.resolve("a.txt"), "Bridge falls\n\nThe bridge fell on Tuesday, the mayor said.\n");
        Files.writeString(folder.resolve("b.txt"), "Bridge collapse\n\nThe bridge collapsed on Tuesday, officials said.\n");
        try (Workspace ws = Workspace.open(tmp.resolve("ws"))) {
            analyse(ws, folder);
            String oldSha = ws.documents().get(0).sha256();
            Files.writeString(folder.resolve("a.txt"), "Bridge falls\n\nThe bridge fell on Tuesday night, the mayor said on Wednesday.\n");
            WorkspaceAnalyzer.Outcome again = analyse(ws, folder);

            assertThat(again.superseded()).containsExactly("a");
            assertThat(again.known()).isEqualTo(1);
            assertThat(ws.documents()).hasSize(2).extracting(d -> d.path()).containsExactlyInAnyOrder(folder.resolve("a.txt").toString(),
                    folder.resolve("b.txt").toString());
            assertThat(ws.documents()).noneMatch(d -> d.sha256().equals(oldSha));
            assertThat(ws.superseded()).singleElement().satisfies(s -> {
                assertThat(s.id()).isEqualTo("a");
                assertThat(s.sha256()).isEqualTo(oldSha);
                assertThat(s.supersededBy()).isEqualTo(again.added().get(0).id());
            });
            assertThat(Files.exists(ws.original(oldSha))).as("the old original is kept").isTrue();
            JsonNode report = new ObjectMapper().readTree(ws.dir().resolve("report.json").toFile());
            assertThat(report.path("corpus").path("documents").asInt()).isEqualTo(2);
            assertThat(report.path("documents")).extracting(d -> d.path("sha256").asText()).doesNotContain(oldSha);
            assertThat(report.path("documents").toString()).contains("Tuesday night").doesNotContain("fell on Tuesday, the mayor");
            // the same folder once more changes nothing
            WorkspaceAnalyzer.Outcome third = analyse(ws, folder);
            assertThat(third.added()).isEmpty();
            assertThat(third.superseded()).isEmpty();
            assertThat(ws.documents()).hasSize(2);
        }
    }
}
