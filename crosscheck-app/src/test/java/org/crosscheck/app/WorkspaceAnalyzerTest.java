package org.crosscheck.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.crosscheck.analysis.StandardPipeline;
import org.crosscheck.analysis.pipeline.CorpusAnalysis;
import org.crosscheck.analysis.pipeline.CorpusStage;
import org.crosscheck.analysis.pipeline.Key;
import org.crosscheck.analysis.pipeline.Pipeline;
import org.crosscheck.analysis.pipeline.ProgressListener;
import org.crosscheck.ingest.IngestLimits;
import org.crosscheck.ingest.IngestResult;
import org.crosscheck.ingest.Ingestor;
import org.crosscheck.nlp.LanguageAnalyzer;
import org.crosscheck.nlp.opennlp.OpenNlpAnalyzer;
import org.crosscheck.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceAnalyzerTest {
    static final OpenNlpAnalyzer NLP = new OpenNlpAnalyzer(new org.crosscheck.nlp.nlp4j.Nlp4jTagger());
    /** The real analyzer, except that it breaks on any text holding the word POISON, as a bug on a hostile input would. */
    static final LanguageAnalyzer BREAKS_ON_POISON = (text, start, end) -> {
        if (text.substring(start, end).contains("POISON")) throw new IllegalStateException("the analyzer broke on this text");
        return NLP.analyze(text, start, end);
    };

    @TempDir
    Path tmp;

    final Ingestor ingestor = new Ingestor(IngestLimits.DEFAULTS);
    final WorkspaceAnalyzer analyzer = new WorkspaceAnalyzer(StandardPipeline.create(BREAKS_ON_POISON), "test");

    @AfterEach
    void close() {
        ingestor.close();
    }

    IngestResult read(String name, String text) {
        return ingestor.read(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aRunAddsTheNewSourcesAnalysesAllAndWritesTheReports() {
        try (Workspace ws = Workspace.open(tmp.resolve("ws"))) {
            var first = analyzer.run(ws, List.of(read("a.txt", "Bridge falls\n\nThe bridge fell on Tuesday, the mayor said.\n")),
                    new WorkspaceAnalyzer.Settings("harbour", LocalDate.of(2025, 3, 12)), ProgressListener.NONE);
            assertThat(first.added()).extracting(d -> d.id()).containsExactly("a");
            var second = analyzer.run(ws, List.of(read("a.txt", "Bridge falls\n\nThe bridge fell on Tuesday, the mayor said.\n"),
                    read("b.txt", "Bridge collapse\n\nThe bridge collapsed on Tuesday, officials said.\n")),
                    WorkspaceAnalyzer.Settings.REMEMBERED, ProgressListener.NONE);
            assertThat(second.added()).extracting(d -> d.id()).containsExactly("b");
            assertThat(second.known()).isEqualTo(1);
            assertThat(second.report().documents()).hasSize(2);
            // the name and reference date of the first run hold for the second
            assertThat(second.report().corpusName()).isEqualTo("harbour");
            assertThat(WorkspaceAnalyzer.effective(ws, WorkspaceAnalyzer.Settings.REMEMBERED).referenceDate()).isEqualTo(LocalDate.of(2025, 3, 12));
            assertThat(ws.readFile("report.json")).isNotNull();
            assertThat(ws.readFile("report.md")).isNotNull();
            assertThat(ws.readFile("report.html")).isNotNull();
        }
    }

    @Test
    void aNewSourceTheAnalysisFailsOnIsSkippedWithTheReasonAndTheOthersAreAnalysed() {
        try (Workspace ws = Workspace.open(tmp.resolve("ws"))) {
            var outcome = analyzer.run(ws, List.of(read("a.txt", "Bridge falls\n\nThe bridge fell on Tuesday, the mayor said.\n"),
                    read("b.txt", "POISON\n\nThe bridge collapsed, officials said.\n")), WorkspaceAnalyzer.Settings.REMEMBERED, ProgressListener.NONE);
            assertThat(outcome.added()).extracting(d -> d.id()).containsExactly("a");
            assertThat(outcome.rejected()).containsOnlyKeys("b.txt");
            assertThat(outcome.rejected().get("b.txt")).startsWith("could not be analysed (stage 'sentences' failed on document 'b'")
                    .contains("the analyzer broke on this text");
            assertThat(ws.documents()).extracting(d -> d.id()).containsExactly("a");
        }
    }

    @Test
    void aRunWhoseAnalysisFailsLeavesTheWorkspaceAsItWas() throws Exception {
        Path dir = tmp.resolve("ws");
        // the standard analysis, then a stage over the whole corpus that fails, as running out of memory or disk would
        Pipeline.Builder b = Pipeline.builder();
        StandardPipeline.create(NLP).stages().forEach(b::add);
        WorkspaceAnalyzer failing = new WorkspaceAnalyzer(b.add(new CorpusStage() {
            @Override
            public String name() {
                return "fails";
            }

            @Override
            public Set<Key<?>> requires() {
                return Set.of();
            }

            @Override
            public Set<Key<?>> provides() {
                return Set.of();
            }

            @Override
            public CorpusAnalysis apply(CorpusAnalysis corpus) {
                throw new IllegalStateException("no space left on device");
            }
        }).build(), "test");
        try (Workspace ws = Workspace.open(dir)) {
            analyzer.run(ws, List.of(read("a.txt", "Bridge falls\n\nThe bridge fell on Tuesday, the mayor said.\n")),
                    WorkspaceAnalyzer.Settings.REMEMBERED, ProgressListener.NONE);
            byte[] report = Files.readAllBytes(dir.resolve("report.json"));
            List<String> originals;
            try (var s = Files.list(dir.resolve(Workspace.ORIGINALS))) {
                originals = s.map(p -> p.getFileName().toString()).sorted().toList();
            }
            assertThatThrownBy(() -> failing.run(ws, List.of(read("b.txt", "Collapse\n\nThe bridge collapsed, officials said.\n")),
                    new WorkspaceAnalyzer.Settings("renamed", LocalDate.of(2020, 1, 1)), ProgressListener.NONE))
                    .hasMessageContaining("no space left on device");
            assertThat(WorkspaceAnalyzer.rememberedName(ws)).isNotEqualTo("renamed");
            assertThat(ws.documents()).extracting(d -> d.id()).containsExactly("a");
            assertThat(Files.readAllBytes(dir.resolve("report.json"))).isEqualTo(report);
            try (var s = Files.list(dir.resolve(Workspace.ORIGINALS))) {
                assertThat(s.map(p -> p.getFileName().toString()).sorted().toList()).isEqualTo(originals);
            }
        }
    }

    @Test
    void withNothingReadAndNothingInTheWorkspaceThereIsNothingToAnalyse() {
        try (Workspace ws = Workspace.open(tmp.resolve("ws"))) {
            assertThatThrownBy(() -> analyzer.run(ws, List.of(read("empty.txt", "")), WorkspaceAnalyzer.Settings.REMEMBERED,
                    ProgressListener.NONE)).isInstanceOf(WorkspaceAnalyzer.NothingToAnalyzeException.class)
                    .hasMessage("no document could be read (1 skipped); nothing to analyse");
            assertThat(ws.documents()).isEmpty();
        }
    }

    @Test
    void factsSetInAMetaFileAreRecordedWinOverTheTextAndSurviveReanalysisWhileTheOriginalStaysAsItWas() throws Exception {
        Path meta = tmp.resolve("meta.csv");
        Files.writeString(meta, "file,outlet,published,title,url\na.txt,Harbour Gazette,2025-03-11,,https://gazette.example/bridge\n");
        try (Workspace ws = Workspace.open(tmp.resolve("ws"))) {
            var first = analyzer.run(ws, List.of(read("a.txt", "Bridge falls into the harbour\n\nThe bridge fell on Tuesday, the mayor said.\n")),
                    new WorkspaceAnalyzer.Settings("harbour", null).withMeta(MetaFile.read(meta), "--meta meta.csv (desk)"), ProgressListener.NONE);
            var doc = first.report().documents().get(0);
            assertThat(doc.outlet()).isEqualTo("Harbour Gazette");
            assertThat(doc.published()).isEqualTo(LocalDate.of(2025, 3, 11));
            assertThat(doc.title()).isEqualTo("Bridge falls into the harbour"); // an empty cell sets nothing
            assertThat(doc.details().overrides()).containsOnlyKeys("outlet", "published", "url");
            assertThat(doc.details().overrides().get("outlet").by()).isEqualTo("--meta meta.csv (desk)");
            String sha = doc.source().sha256();
            byte[] original = Files.readAllBytes(ws.original(sha));

            var again = analyzer.run(ws, List.of(), WorkspaceAnalyzer.Settings.REMEMBERED, ProgressListener.NONE);
            var same = again.report().documents().get(0);
            assertThat(same.outlet()).isEqualTo("Harbour Gazette");
            assertThat(same.published()).isEqualTo(LocalDate.of(2025, 3, 11));
            assertThat(same.details().publishedBasis()).isEqualTo("set");
            // Tuesday is read against the date set by hand
            assertThat(again.report().timeline()).anySatisfy(e -> assertThat(e.when()).isEqualTo("2025-03-11"));
            assertThat(same.source().sha256()).isEqualTo(sha);
            assertThat(Files.readAllBytes(ws.original(sha))).isEqualTo(original);
            assertThat(new String(ws.readFile("report.json"), StandardCharsets.UTF_8)).contains("\"overrides\"").contains("--meta meta.csv (desk)");
        }
    }

    @Test
    void aMetaRowNamingNoSourceStopsTheRunBeforeAnythingChanges() throws Exception {
        Path meta = tmp.resolve("meta.json");
        Files.writeString(meta, "[{\"file\": \"missing.txt\", \"outlet\": \"Nobody\"}]");
        try (Workspace ws = Workspace.open(tmp.resolve("ws"))) {
            assertThatThrownBy(() -> analyzer.run(ws, List.of(read("a.txt", "Bridge falls\n\nThe bridge fell on Tuesday.\n")),
                    new WorkspaceAnalyzer.Settings("harbour", null).withMeta(MetaFile.read(meta), "--meta meta.json"), ProgressListener.NONE))
                    .isInstanceOf(WorkspaceAnalyzer.UnknownSourceException.class).hasMessageContaining("missing.txt");
            assertThat(ws.documents()).isEmpty();
        }
    }

    @Test
    void aMalformedMetaFileIsRefusedNamingTheRowAndTheReason() throws Exception {
        Path meta = tmp.resolve("meta.csv");
        Files.writeString(meta, "file,published\na.txt,11 March 2025\n");
        assertThatThrownBy(() -> MetaFile.read(meta)).isInstanceOf(MetaFile.MetaFileException.class)
                .hasMessageContaining("row 1").hasMessageContaining("YYYY-MM-DD");
    }
}
