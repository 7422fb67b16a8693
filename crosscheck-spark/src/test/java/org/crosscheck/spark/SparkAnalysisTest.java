package org.crosscheck.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.crosscheck.analysis.pipeline.ProgressListener;
import org.crosscheck.app.WorkspaceAnalyzer;
import org.crosscheck.ingest.IngestResult;
import org.crosscheck.report.ReportJson;
import org.crosscheck.workspace.Workspace;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Spark job in local mode gives each story the quotes, claims and discrepancies {@code analyze} gives it. */
class SparkAnalysisTest {
    static SparkSession spark;

    @TempDir
    Path tmp;

    static final ObjectMapper JSON = new ObjectMapper();

    // invented: two accounts of one collapse that disagree on how many were hurt, and a strike elsewhere
    static final String BRIDGE_1 = "Harbor Bridge collapses in Lindqvist\n\nThe Harbor Bridge in Lindqvist collapsed on Tuesday, injuring six "
            + "people. \"We warned the council about the corroded cables for years,\" Mayor Ana Petrova said. Inspectors said the "
            + "cables had not been replaced since 1998.\n";
    static final String BRIDGE_2 = "Nine hurt as Lindqvist bridge falls\n\nNine people were hurt when the Harbor Bridge collapsed in Lindqvist "
            + "on Tuesday. Petrova told reporters that corroded cables had been reported to the council. \"Nobody listened,\" she said. "
            + "Inspectors said the cables had not been replaced since 1998.\n";
    static final String STRIKE = "Dockers strike at Varnes\n\nDock workers at the Port of Varnes walked out on Monday over pay. The "
            + "Varnes Dockers Union said the strike would last until shipping companies raised wages. \"We will not go back for less,\" "
            + "said union leader Tomas Berg.\n";

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("crosscheck-spark-test")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2")
                .getOrCreate();
    }

    @AfterAll
    static void stop() {
        if (spark != null) spark.stop();
    }

    @Test
    void eachStoryGetsTheQuotesClaimsAndDiscrepanciesAnalyzeGivesIt() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("pile"));
        Files.writeString(in.resolve("bridge-1.txt"), BRIDGE_1);
        Files.writeString(in.resolve("bridge-2.txt"), BRIDGE_2);
        Files.writeString(in.resolve("strike.txt"), STRIKE);
        Files.createDirectories(in.resolve("more"));
        Files.writeString(in.resolve("more/empty.txt"), "");
        Path out = tmp.resolve("out");

        SparkAnalysis.Outcome o = SparkAnalysis.run(spark, new SparkAnalysis.Settings(in.toUri().toString(), out.toString(), "desk", null, 2));

        // an input that cannot be read is named with why, as analyze names it, and the others go on
        assertThat(o.rejected()).containsExactly(java.util.Map.entry(in.resolve("more/empty.txt").toString(), "empty file"));
        assertThat(o.stories()).extracting(s -> s.paths().stream().map(p -> Path.of(p).getFileName().toString()).toList())
                .containsExactly(List.of("bridge-1.txt", "bridge-2.txt"), List.of("strike.txt"));
        int quotes = 0;
        int claims = 0;
        int discrepancies = 0;
        for (SparkAnalysis.Story story : o.stories()) {
            JsonNode fromSpark = JSON.readTree(out.resolve("stories").resolve(story.id()).resolve("report.json").toFile());
            JsonNode fromAnalyze = analyze(story, "desk: story " + story.id());
            for (String part : List.of("quotes", "claims", "discrepancies")) {
                assertThat(fromSpark.get(part)).as(part + " of story " + story.id()).isEqualTo(fromAnalyze.get(part));
            }
            assertThat(fromSpark.get("documents").size()).isEqualTo(story.paths().size());
            quotes += fromSpark.get("quotes").size();
            claims += fromSpark.get("claims").size();
            discrepancies += fromSpark.get("discrepancies").size();
        }
        // the comparison means something only if there was something to compare
        assertThat(quotes).isGreaterThanOrEqualTo(3);
        assertThat(claims).isPositive();
        assertThat(discrepancies).isPositive();

        // the tables hold every report's rows, each with its story
        assertThat(spark.read().parquet(out.resolve("quotes").toString()).count()).isEqualTo(quotes);
        assertThat(spark.read().parquet(out.resolve("claims").toString()).count()).isEqualTo(claims);
        assertThat(spark.read().parquet(out.resolve("discrepancies").toString()).count()).isEqualTo(discrepancies);
        List<String> docStories = new ArrayList<>();
        for (Row r : spark.read().parquet(out.resolve("documents").toString()).select("story").collectAsList()) docStories.add(r.getString(0));
        assertThat(docStories).containsExactlyInAnyOrder(o.stories().get(0).id(), o.stories().get(0).id(), o.stories().get(1).id());
    }

    @Test
    void aTableOfPathsAndBytesIsReadAsTheFolderWouldBe() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("pile"));
        Files.writeString(in.resolve("bridge-1.txt"), BRIDGE_1);
        Files.writeString(in.resolve("bridge-2.txt"), BRIDGE_2);
        List<Row> rows = new ArrayList<>();
        for (String name : List.of("bridge-1.txt", "bridge-2.txt")) {
            rows.add(org.apache.spark.sql.RowFactory.create(in.resolve(name).toString(), Files.readAllBytes(in.resolve(name))));
        }
        var schema = new org.apache.spark.sql.types.StructType()
                .add("path", org.apache.spark.sql.types.DataTypes.StringType)
                .add("bytes", org.apache.spark.sql.types.DataTypes.BinaryType);
        Path table = tmp.resolve("documents.parquet");
        spark.createDataFrame(rows, schema).write().parquet(table.toString());

        SparkAnalysis.Outcome o = SparkAnalysis.run(spark, new SparkAnalysis.Settings(table.toString(), true, tmp.resolve("out").toString(), "desk",
                null, 2));

        assertThat(o.rejected()).isEmpty();
        assertThat(o.stories()).singleElement().satisfies(s -> assertThat(s.paths()).containsExactly(
                in.resolve("bridge-1.txt").toString(), in.resolve("bridge-2.txt").toString()));
        SparkAnalysis.Story story = o.stories().get(0);
        JsonNode fromSpark = JSON.readTree(tmp.resolve("out/stories").resolve(story.id()).resolve("report.json").toFile());
        JsonNode fromAnalyze = analyze(story, "desk: story " + story.id());
        for (String part : List.of("quotes", "claims", "discrepancies")) assertThat(fromSpark.get(part)).as(part).isEqualTo(fromAnalyze.get(part));
        assertThat(fromSpark.get("quotes").size()).isGreaterThanOrEqualTo(2);
    }

    /** The story's files analysed as {@code crosscheck analyze} analyses them: read from disk, one workspace, one process. */
    private JsonNode analyze(SparkAnalysis.Story story, String name) throws Exception {
        List<IngestResult> read = new ArrayList<>();
        for (String p : story.paths()) read.addAll(Models.ingestor().read(Path.of(p)));
        try (Workspace ws = Workspace.open(tmp.resolve("single-" + story.id()))) {
            var outcome = Models.analyzer().run(ws, read, new WorkspaceAnalyzer.Settings(name, null), ProgressListener.NONE);
            return JSON.readTree(ReportJson.write(outcome.report()));
        }
    }
}
