package org.crosscheck.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.crosscheck.analysis.StandardPipeline;
import org.crosscheck.analysis.pipeline.DocumentAnalysis;
import org.crosscheck.analysis.pipeline.DocumentStage;
import org.crosscheck.analysis.pipeline.Key;
import org.crosscheck.analysis.pipeline.Pipeline;
import org.crosscheck.analysis.pipeline.ProgressListener;
import org.crosscheck.ingest.IngestLimits;
import org.crosscheck.ingest.IngestResult;
import org.crosscheck.ingest.Ingestor;
import org.crosscheck.model.FactOverride;
import org.crosscheck.model.SourceDocument;
import org.crosscheck.report.ReportJson;
import org.crosscheck.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each document's own results kept in the workspace: given back whole, and only to the same document under the same analysis. */
class DocumentResultsTest {
    static final Pipeline PIPELINE = StandardPipeline.create(WorkspaceAnalyzerTest.NLP);
    static final List<DocumentStage> OWN = PIPELINE.ownStages();

    static final String STORY = """
            Harbour bridge falls into the river

            By Jane Okafor

            PORTVILLE, March 3 (Harbour Wire) - The old harbour bridge fell into the river on Tuesday, Mayor Ana Ruiz said.

            "We heard a long crack and then the whole span was gone," said Tom Bell, a ferry captain. He said nobody was on it.

            Ms Ruiz told reporters that the city had closed the bridge on Monday after engineers found cracks. The council
            will meet on Friday to discuss a replacement, she said.

            Subscribe to our newsletter
            """;

    @TempDir
    Path tmp;

    final Ingestor ingestor = new Ingestor(IngestLimits.DEFAULTS);

    @AfterEach
    void close() {
        ingestor.close();
    }

    IngestResult read(String name, String text) {
        return ingestor.read(name, text.getBytes(StandardCharsets.UTF_8));
    }

    static SourceDocument source(String id, String text, Map<String, FactOverride> overrides) {
        return new SourceDocument(id, id + ".txt", "ab".repeat(32), "text/plain", Instant.parse("2025-03-04T10:00:00Z"), text,
                new SourceDocument.SourceMetadata(null, null, null, null, null), java.util.Set.of(), text.length(), overrides);
    }

    static DocumentAnalysis analysed(SourceDocument d) {
        DocumentAnalysis a = DocumentAnalysis.of(d);
        for (DocumentStage s : OWN) a = s.apply(a);
        return a;
    }

    @Test
    void theStandardDocumentStagesAreTheOnesKept() {
        assertThat(OWN).extracting(DocumentStage::name).containsExactly("clean", "facts", "sentences", "names", "quotes");
        assertThat(DocumentResults.keepsAll(OWN)).isTrue();
    }

    @Test
    void whatTheStagesFoundComesBackEqualValueForValue() {
        SourceDocument d = source("bridge", STORY, Map.of());
        DocumentAnalysis found = analysed(d);
        try (Workspace ws = Workspace.open(tmp.resolve("ws"))) {
            DocumentResults kept = new DocumentResults(ws, DocumentResults.analysis(OWN, "test", null));
            kept.keep(found, OWN);
            // read back into a document that went through no stage, as a run that resumes has it
            DocumentAnalysis back = new DocumentResults(ws, kept.analysis()).restore(DocumentAnalysis.of(d), OWN).orElseThrow();
            for (DocumentStage s : OWN) {
                for (Key<?> k : s.provides()) assertThat(back.get(k)).as(k.name()).isEqualTo(found.get(k));
            }
            // the story is worth keeping: it has a quote, names and sentences to lose
            assertThat(back.get(org.crosscheck.analysis.quotes.QuoteFinder.FOUND_QUOTES)).isNotEmpty();
            assertThat(back.get(org.crosscheck.analysis.entities.MentionFinder.NAMES)).isNotEmpty();
        }
    }

    @Test
    void resultsAreGivenBackOnlyToTheSameDocumentUnderTheSameAnalysis() {
        SourceDocument d = source("bridge", STORY, Map.of());
        try (Workspace ws = Workspace.open(tmp.resolve("ws"))) {
            String analysis = DocumentResults.analysis(OWN, "test", null);
            new DocumentResults(ws, analysis).keep(analysed(d), OWN);
            DocumentResults same = new DocumentResults(ws, analysis);
            assertThat(same.restore(DocumentAnalysis.of(d), OWN)).isPresent();
            assertThat(same.restored()).isEqualTo(1);
            // another tool version, another reference date: another analysis
            assertThat(new DocumentResults(ws, DocumentResults.analysis(OWN, "test-2", null)).restore(DocumentAnalysis.of(d), OWN)).isEmpty();
            assertThat(new DocumentResults(ws, DocumentResults.analysis(OWN, "test", LocalDate.of(2025, 3, 4)))
                    .restore(DocumentAnalysis.of(d), OWN)).isEmpty();
            // the same bytes given another id (its spans name the id) or a fact set by hand
            assertThat(same.restore(DocumentAnalysis.of(source("bridge-2", STORY, Map.of())), OWN)).isEmpty();
            SourceDocument dated = source("bridge", STORY, Map.of("published", new FactOverride("2025-03-04", "test", Instant.EPOCH)));
            assertThat(same.restore(DocumentAnalysis.of(dated), OWN)).isEmpty();
        }
    }

    @Test
    void theAnalysisNamesTheBuildSoAChangedClassFolderIsAnotherAnalysis() throws Exception {
        String before = DocumentResults.analysis(OWN, "test", null);
        assertThat(DocumentResults.analysis(OWN, "test", null)).isEqualTo(before);
        // the code of a stage changes: its class file (here the folder or jar it came from) is touched
        Path code = Path.of(org.crosscheck.analysis.clean.BoilerplateFilter.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path file = java.nio.file.Files.isDirectory(code) ? code.resolve("org/crosscheck/analysis/clean/BoilerplateFilter.class") : code;
        var time = java.nio.file.Files.getLastModifiedTime(file);
        try {
            java.nio.file.Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(time.toMillis() + 2000));
            assertThat(DocumentResults.analysis(OWN, "test", null)).isNotEqualTo(before);
        } finally {
            java.nio.file.Files.setLastModifiedTime(file, time);
        }
    }

    @Test
    void aRunThatAddsASourceReadsOnlyTheNewOneOnItsOwnAndReportsAsAFreshRunWould() throws Exception {
        WorkspaceAnalyzer analyzer = new WorkspaceAnalyzer(PIPELINE, "test");
        IngestResult a = read("a.txt", STORY);
        IngestResult b = read("b.txt", "Bridge collapse\n\nThe harbour bridge collapsed on Tuesday, officials said.\n");
        byte[] grown;
        try (Workspace ws = Workspace.open(tmp.resolve("grown"))) {
            var first = analyzer.run(ws, List.of(a), WorkspaceAnalyzer.Settings.REMEMBERED, ProgressListener.NONE);
            assertThat(first.resumed()).isZero();
            var second = analyzer.run(ws, List.of(b), WorkspaceAnalyzer.Settings.REMEMBERED, ProgressListener.NONE);
            assertThat(second.resumed()).isEqualTo(1);
            assertThat(ws.documentResultCount()).isEqualTo(2);
            grown = ReportJson.write(second.report().withGeneration(0));
        }
        byte[] fresh;
        try (Workspace ws = Workspace.open(tmp.resolve("grown").resolveSibling("fresh"))) {
            // the same name as the grown workspace, which is named after its folder
            var once = analyzer.run(ws, List.of(a, b), new WorkspaceAnalyzer.Settings("grown", null), ProgressListener.NONE);
            assertThat(once.resumed()).isZero();
            fresh = ReportJson.write(once.report().withGeneration(0));
        }
        assertThat(withoutTimes(grown)).isEqualTo(withoutTimes(fresh));
    }

    /** A report.json with the times a run stamps (when it was written, when each source was read) taken out. */
    static String withoutTimes(byte[] reportJson) throws Exception {
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        var root = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(reportJson);
        ((com.fasterxml.jackson.databind.node.ObjectNode) root.path("corpus")).remove("generated");
        for (var d : root.path("documents")) ((com.fasterxml.jackson.databind.node.ObjectNode) d).remove("captured");
        return json.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }
}
