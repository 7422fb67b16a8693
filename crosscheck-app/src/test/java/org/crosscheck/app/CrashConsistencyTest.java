package org.crosscheck.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.stream.Stream;
import org.crosscheck.analysis.StandardPipeline;
import org.crosscheck.analysis.pipeline.ProgressListener;
import org.crosscheck.ingest.IngestLimits;
import org.crosscheck.ingest.IngestResult;
import org.crosscheck.ingest.Ingestor;
import org.crosscheck.report.ReportGeneration;
import org.crosscheck.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A run killed at each of its steps, and the workspace opened again: the database and the three
 * reports agree after the next open, whatever step the kill hit, and no temporary file is left.
 * The kill is a fault injected through the run's progress reports (an {@link Error} nothing in the
 * run catches), which come at each step: while reading, during the analysis, right after the
 * commit, and before each report file. A kill inside an atomic write leaves its temporary file,
 * which the kill here leaves too.
 */
class CrashConsistencyTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    final Ingestor ingestor = new Ingestor(IngestLimits.DEFAULTS);
    final WorkspaceAnalyzer analyzer = new WorkspaceAnalyzer(StandardPipeline.create(WorkspaceAnalyzerTest.NLP), "test");

    @AfterEach
    void close() {
        ingestor.close();
    }

    /** What a kill -9 does to a run: it stops wherever it is, and nothing of it runs after. */
    static final class Killed extends Error {
        private static final long serialVersionUID = 1L;
    }

    IngestResult read(String name, String text) {
        return ingestor.read(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** The workspace with two sources analysed and its reports written. */
    Path workspace() {
        Path dir = tmp.resolve("ws");
        try (Workspace ws = Workspace.open(dir)) {
            analyzer.run(ws, List.of(read("a.txt", "Bridge falls\n\nThe bridge fell on Tuesday, the mayor said.\n"),
                    read("b.txt", "Bridge collapse\n\nThe bridge collapsed on Tuesday, officials said.\n")),
                    new WorkspaceAnalyzer.Settings("harbour", LocalDate.of(2025, 3, 12)), ProgressListener.NONE);
        }
        return dir;
    }

    @ParameterizedTest(name = "killed {0}")
    @ValueSource(strings = {"while analysing", "right after the commit", "before report.json", "before report.md", "before report.html"})
    void aRunKilledAtAnyStepLeavesAWorkspaceWhoseReportsAgreeWithItAfterTheNextOpen(String when) throws Exception {
        Path dir = workspace();
        BiPredicate<String, Long> at = switch (when) {
            case "while analysing" -> (stage, done) -> !stage.equals(WorkspaceAnalyzer.COMMITTING) && !stage.equals(WorkspaceAnalyzer.WRITING_REPORTS);
            case "right after the commit" -> (stage, done) -> stage.equals(WorkspaceAnalyzer.COMMITTING) && done == 1;
            case "before report.json" -> (stage, done) -> stage.equals(WorkspaceAnalyzer.WRITING_REPORTS) && done == 0;
            case "before report.md" -> (stage, done) -> stage.equals(WorkspaceAnalyzer.WRITING_REPORTS) && done == 1;
            default -> (stage, done) -> stage.equals(WorkspaceAnalyzer.WRITING_REPORTS) && done == 2;
        };
        try (Workspace ws = Workspace.open(dir)) {
            ProgressListener killer = (stage, done, total) -> {
                if (!at.test(stage, done)) return;
                try {
                    // what a kill inside an atomic write leaves: its temporary file
                    Files.writeString(dir.resolve(".report.json4711.tmp"), "{\"half\":");
                } catch (IOException e) {
                    throw new AssertionError(e);
                }
                throw new Killed();
            };
            Throwable t = catchThrowable(() -> analyzer.run(ws, List.of(read("c.txt", "Ferry\n\nThe ferry ran again on Thursday, the harbour "
                    + "master said.\n")), WorkspaceAnalyzer.Settings.REMEMBERED, killer));
            assertThat(t).as("the kill happened").isNotNull();
            assertThat(Stream.iterate(t, x -> x != null, Throwable::getCause).anyMatch(Killed.class::isInstance)).isTrue();
        }
        try (Workspace ws = Workspace.open(dir)) {
            assertThat(Files.exists(dir.resolve(".report.json4711.tmp"))).as("temporary files are removed on open").isFalse();
            boolean committed = ws.documents().size() == 3;
            assertThat(committed).isEqualTo(!when.equals("while analysing"));
            assertThat(WorkspaceAnalyzer.reportsInStep(ws)).as("reports in step before the repair").isEqualTo(!committed);
            analyzer.bringReportsInStep(ws, ProgressListener.NONE);
            assertInStep(ws, dir);
        }
    }

    @Test
    void reportsOfAnOlderGenerationAreKnownAndWrittenAgainOnOpen() throws Exception {
        Path dir = workspace();
        try (Workspace ws = Workspace.open(dir)) {
            assertThat(WorkspaceAnalyzer.reportsInStep(ws)).isTrue();
            assertThat(analyzer.bringReportsInStep(ws, ProgressListener.NONE)).as("nothing to do when in step").isNull();
            Files.writeString(dir.resolve("report.md"), Files.readString(dir.resolve("report.md")).replace("crosscheck-generation: "
                    + ws.generation(), "crosscheck-generation: " + (ws.generation() - 1)));
            assertThat(WorkspaceAnalyzer.reportsInStep(ws)).isFalse();
            assertThat(analyzer.bringReportsInStep(ws, ProgressListener.NONE)).isNotNull();
            assertInStep(ws, dir);
        }
    }

    private static void assertInStep(Workspace ws, Path dir) throws IOException {
        long g = ws.generation();
        JsonNode report = JSON.readTree(dir.resolve("report.json").toFile());
        assertThat(report.path("corpus").path("generation").asLong()).isEqualTo(g);
        assertThat(report.path("corpus").path("documents").asInt()).isEqualTo(ws.documents().size());
        assertThat(report.path("documents")).extracting(d -> d.path("id").asText())
                .containsExactlyElementsOf(ws.documents().stream().map(d -> d.id()).toList());
        for (String name : WorkspaceAnalyzer.REPORTS) {
            assertThat(ReportGeneration.of(name, Files.readAllBytes(dir.resolve(name)))).as(name).isEqualTo(g);
        }
        assertThat(Files.readString(dir.resolve("report.md"))).contains(ws.documents().size() + " sources");
        assertThat(WorkspaceAnalyzer.reportsInStep(ws)).isTrue();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }
}
