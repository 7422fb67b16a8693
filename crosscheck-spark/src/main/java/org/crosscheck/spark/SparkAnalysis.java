package org.crosscheck.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.crosscheck.analysis.pipeline.ProgressListener;
import org.crosscheck.analysis.stories.StoryGrouper;
import org.crosscheck.app.WorkspaceAnalyzer;
import org.crosscheck.ingest.Extracted;
import org.crosscheck.ingest.IngestResult;
import org.crosscheck.ingest.Rejected;
import org.crosscheck.report.ReportJson;
import org.crosscheck.workspace.Workspace;
import org.jspecify.annotations.Nullable;
import scala.Tuple2;

/**
 * A folder of documents analysed by Spark as {@code crosscheck analyze --stories} analyses it on one machine:
 * <ol>
 *   <li>each document is read (Tika, jsoup, the same limits) by a map on the executors;</li>
 *   <li>the texts are grouped into stories by the project's {@link StoryGrouper} (on the driver: it is one pass in
 *       order, and it needs only the texts);</li>
 *   <li>each story is analysed by one task with {@link WorkspaceAnalyzer}, the code {@code analyze} runs, in a
 *       workspace of its own on the executor's local disk; its document stages run over the story's documents in
 *       parallel, its corpus stages over all of them, with models loaded once per executor ({@link Models});</li>
 *   <li>each story's report is written as {@code OUT/stories/ID/report.json} by {@link ReportJson}, and the rows of all
 *       reports as Parquet tables {@code OUT/documents}, {@code quotes}, {@code claims}, {@code discrepancies},
 *       {@code relations}, each row the report.json element with a {@code story} column added.</li>
 * </ol>
 * A story's document stages run inside its task rather than as a Spark stage of their own because what they produce
 * ({@code DocumentAnalysis}) is held under keys that compare by identity and is not serializable; a story is the unit
 * whose corpus stages need all of it anyway. Input and output paths may be any file system Hadoop reads
 * ({@code file:}, {@code hdfs:}, {@code s3a:}); the executors' temporary workspaces go to {@code java.io.tmpdir}.
 */
public final class SparkAnalysis {
    /** The Parquet tables written beside the reports, each named after its report.json array. */
    public static final List<String> TABLES = List.of("documents", "quotes", "claims", "discrepancies", "relations");

    private static final ObjectMapper JSON = new ObjectMapper();

    private SparkAnalysis() {}

    /**
     * What to analyse and how.
     *
     * @param input         a folder of documents (read recursively), in any file system Hadoop reads; or, when
     *                      {@code table} is set, a Parquet table with a string column {@code path} and a binary column
     *                      {@code bytes}, one row per original
     * @param out           where the reports and tables go; must not exist yet
     * @param corpusName    the name reports carry, "NAME: story ID"
     * @param referenceDate what relative dates resolve against when a document has none, or null
     * @param partitions    how many tasks read and analyse (at least the executors' cores)
     */
    public record Settings(String input, boolean table, String out, String corpusName, @Nullable LocalDate referenceDate, int partitions) {
        /** A folder of documents. */
        public Settings(String input, String out, String corpusName, @Nullable LocalDate referenceDate, int partitions) {
            this(input, false, out, corpusName, referenceDate, partitions);
        }
    }

    /** One story as the job found it: its id, its documents' paths, and the inputs it could not analyse with why. */
    public record Story(String id, List<String> paths, Map<String, String> rejected) implements Serializable {
        private static final long serialVersionUID = 1L;

        public Story {
            paths = List.copyOf(paths);
            rejected = Map.copyOf(rejected);
        }
    }

    /** What a run did: the stories, largest first, and the inputs skipped, each with why. */
    public record Outcome(List<Story> stories, Map<String, String> rejected) {
        public Outcome {
            stories = List.copyOf(stories);
            rejected = Map.copyOf(rejected);
        }
    }

    /** One original as Spark hands it over: where it was and its bytes. */
    record Original(String path, byte[] bytes) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** What reading an original gave: its text and SHA-256, or why it could not be read. */
    record Reading(String path, @Nullable String sha256, @Nullable String text, @Nullable String rejected) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** A story analysed: its report.json and what was skipped. */
    record Analysed(String story, List<String> paths, String reportJson, Map<String, String> rejected) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** Runs the whole job and returns when every report and table is written. */
    public static Outcome run(SparkSession spark, Settings settings) throws IOException {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration hadoop = sc.hadoopConfiguration();
        // a folder's subfolders are read too, as analyze reads them
        hadoop.setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);
        org.apache.hadoop.fs.Path out = new org.apache.hadoop.fs.Path(settings.out());
        FileSystem fs = out.getFileSystem(hadoop);
        if (fs.exists(out)) throw new IOException(settings.out() + " exists; give the Spark job a new output folder");

        JavaRDD<Original> originals = (settings.table() ? fromTable(spark, settings) : sc.binaryFiles(settings.input(), settings.partitions())
                .filter(f -> !hidden(f._1()))
                .map(f -> new Original(localPath(f._1()), f._2().toArray())))
                .persist(StorageLevel.MEMORY_AND_DISK());
        // a map over the documents: each read on an executor; only the text comes back, for grouping
        List<Reading> readings = new ArrayList<>(originals.map(SparkAnalysis::read).collect());
        readings.sort(Comparator.comparing(Reading::path));
        if (readings.isEmpty()) throw new IOException("no document under " + settings.input());

        Map<String, String> rejected = new LinkedHashMap<>();
        Map<String, String> storyOfSha = storiesOf(readings);
        Map<String, String> storyOfPath = new LinkedHashMap<>();
        for (Reading r : readings) {
            if (r.rejected() != null) rejected.put(r.path(), r.rejected());
            else storyOfPath.put(r.path(), shortId(storyOfSha.get(r.sha256())));
        }
        Broadcast<Map<String, String>> stories = sc.broadcast(storyOfPath);
        String name = settings.corpusName();
        LocalDate referenceDate = settings.referenceDate();
        JavaPairRDD<String, Original> byStory = originals
                .filter(o -> stories.value().containsKey(o.path()))
                .mapToPair(o -> new Tuple2<>(stories.value().get(o.path()), o));
        int storyCount = (int) storyOfPath.values().stream().distinct().count();
        JavaRDD<Analysed> analysed = byStory.groupByKey(Math.max(1, Math.min(storyCount, settings.partitions())))
                .map(s -> analyse(s._1(), s._2(), name, referenceDate))
                .persist(StorageLevel.MEMORY_AND_DISK());

        // the reports go through the driver one at a time, so any file system Hadoop writes will do
        List<Story> done = new ArrayList<>();
        for (Iterator<Analysed> it = analysed.toLocalIterator(); it.hasNext(); ) {
            Analysed a = it.next();
            a.rejected().forEach(rejected::putIfAbsent);
            if (a.reportJson().isEmpty()) continue; // every document of the story was skipped, each with why
            write(fs, new org.apache.hadoop.fs.Path(out, "stories/" + a.story() + "/report.json"), a.reportJson().getBytes(StandardCharsets.UTF_8));
            done.add(new Story(a.story(), a.paths(), a.rejected()));
        }
        for (String table : TABLES) {
            Dataset<String> rows = spark.createDataset(analysed.flatMap(a -> rows(a, table).iterator()).rdd(), Encoders.STRING());
            // the schema is read from the rows themselves, so a table holds every field report.json gives
            Dataset<Row> frame = rows.isEmpty() ? spark.emptyDataFrame().withColumn("story", org.apache.spark.sql.functions.lit("")).limit(0)
                    : spark.read().json(rows);
            frame.write().mode(SaveMode.ErrorIfExists).parquet(new org.apache.hadoop.fs.Path(out, table).toString());
        }
        analysed.unpersist(false);
        originals.unpersist(false);
        stories.destroy();
        done.sort(Comparator.comparingInt((Story s) -> s.paths().size()).reversed().thenComparing(Story::id));
        return new Outcome(done, rejected);
    }

    /** The originals of a table of path and bytes; a row without either is named as skipped when it is read. */
    private static JavaRDD<Original> fromTable(SparkSession spark, Settings settings) {
        Dataset<Row> rows = spark.read().parquet(settings.input());
        for (String column : List.of("path", "bytes")) {
            if (!List.of(rows.columns()).contains(column)) {
                throw new IllegalArgumentException(settings.input() + " has no column '" + column + "'; a table of documents has path (string) and bytes (binary)");
            }
        }
        return rows.select("path", "bytes").javaRDD().repartition(settings.partitions())
                .map(r -> new Original(r.isNullAt(0) ? "(a row without a path)" : r.getString(0), r.isNullAt(1) ? new byte[0] : (byte[]) r.get(1)));
    }

    /** A Hadoop path as {@code analyze} would show it: a local file's path without its scheme. */
    static String localPath(String uri) {
        return uri.startsWith("file:") ? java.net.URI.create(uri).getPath() : uri;
    }

    private static boolean hidden(String uri) {
        String name = uri.substring(uri.lastIndexOf('/') + 1);
        return name.startsWith(".");
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** Reads one original as {@code analyze} does; named by its file name, so it gets the id {@code analyze} gives it. */
    static IngestResult ingest(Original o) {
        IngestResult r = Models.ingestor().read(fileName(o.path()), o.bytes());
        if (r instanceof Rejected x) return new Rejected(o.path(), x.reason());
        Extracted x = (Extracted) r;
        return new Extracted(x.suggestedId(), o.path(), x.original(), x.sha256(), x.mediaType(), x.text(), x.meta(), x.flags(), x.fullLength());
    }

    private static Reading read(Original o) {
        IngestResult r = ingest(o);
        if (r instanceof Extracted x) return new Reading(o.path(), x.sha256(), x.text(), null);
        return new Reading(o.path(), null, null, ((Rejected) r).reason());
    }

    /** The story of each text, by SHA-256: the grouper {@code analyze --stories} uses, with its threshold. */
    private static Map<String, String> storiesOf(List<Reading> readings) {
        Map<String, StoryGrouper.Article> articles = new LinkedHashMap<>();
        for (Reading r : readings) {
            if (r.rejected() == null) articles.putIfAbsent(r.sha256(), new StoryGrouper.Article(r.sha256(), r.text(), null));
        }
        return new StoryGrouper(StoryGrouper.THRESHOLD).extend(List.of(), List.copyOf(articles.values()));
    }

    /** A story's id as {@code analyze --stories} names it: the first twelve hex digits of its first article's SHA-256. */
    private static String shortId(String story) {
        return story.length() > 12 ? story.substring(0, 12) : story;
    }

    /** One story analysed on an executor by {@code analyze}'s code, in a workspace that lives as long as the task. */
    private static Analysed analyse(String story, Iterable<Original> originals, String name, @Nullable LocalDate referenceDate) throws IOException {
        List<Original> sorted = new ArrayList<>();
        originals.forEach(sorted::add);
        sorted.sort(Comparator.comparing(Original::path));
        List<IngestResult> read = sorted.stream().map(SparkAnalysis::ingest).toList();
        Path dir = Files.createTempDirectory("crosscheck-story-" + story + "-");
        try (Workspace ws = Workspace.open(dir)) {
            WorkspaceAnalyzer.Outcome o = Models.analyzer().run(ws, read, new WorkspaceAnalyzer.Settings(name + ": story " + story, referenceDate),
                    ProgressListener.NONE);
            return new Analysed(story, sorted.stream().map(Original::path).toList(),
                    new String(ReportJson.write(o.report()), StandardCharsets.UTF_8), new LinkedHashMap<>(o.rejected()));
        } catch (WorkspaceAnalyzer.NothingToAnalyzeException e) {
            // no document of the story could be analysed: each is named with why, and the other stories go on
            Map<String, String> why = new LinkedHashMap<>();
            for (IngestResult r : read) why.put(r instanceof Extracted x ? x.path() : ((Rejected) r).path(), e.getMessage());
            return new Analysed(story, List.of(), "", why);
        } finally {
            deleteTree(dir);
        }
    }

    /** The elements of one array of a story's report.json, each with the story's id added. */
    static List<String> rows(Analysed a, String table) throws IOException {
        if (a.reportJson().isEmpty()) return List.of();
        JsonNode report = JSON.readTree(a.reportJson());
        List<String> out = new ArrayList<>();
        for (JsonNode element : report.path(table)) {
            ObjectNode row = JSON.createObjectNode();
            row.put("story", a.story());
            row.setAll((ObjectNode) element);
            out.add(JSON.writeValueAsString(row));
        }
        return out;
    }

    /** Writes a file whole or not at all: to a temporary name first, renamed over the final one. */
    private static void write(FileSystem fs, org.apache.hadoop.fs.Path file, byte[] content) throws IOException {
        org.apache.hadoop.fs.Path tmp = new org.apache.hadoop.fs.Path(file.getParent(), "." + file.getName() + ".tmp");
        fs.mkdirs(file.getParent());
        try (OutputStream os = fs.create(tmp, true)) {
            os.write(content);
        }
        if (!fs.rename(tmp, file)) throw new IOException("cannot rename " + tmp + " to " + file);
    }

    private static void deleteTree(Path dir) {
        try (var walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // a story's temporary workspace left behind costs disk, not correctness; say where it is
            System.err.println("crosscheck-spark: could not remove " + dir + ": " + e.getMessage());
        }
    }
}
