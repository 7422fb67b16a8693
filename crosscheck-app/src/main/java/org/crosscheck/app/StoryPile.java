package org.crosscheck.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.crosscheck.analysis.pipeline.ProgressListener;
import org.crosscheck.analysis.stories.StoryGrouper;
import org.crosscheck.ingest.Extracted;
import org.crosscheck.ingest.IngestResult;
import org.crosscheck.ingest.Rejected;
import org.crosscheck.model.DocumentReport;
import org.crosscheck.model.Report;
import org.crosscheck.model.SourceDocument;
import org.crosscheck.workspace.AtomicFiles;
import org.crosscheck.workspace.Workspace;
import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A mixed pile analysed as stories: the articles are grouped into stories ({@link StoryGrouper}),
 * each story is a workspace of its own under {@code DIR/stories/ID} analysed as one event, and
 * {@code DIR/stories.json} and {@code DIR/index.html} list the stories (title, dates, sources,
 * size). Running again with more articles places each new one in the story it tells or a new one;
 * no article already placed moves, and only the stories that gained articles are analysed again.
 */
public final class StoryPile {
    /** The index's schema name. */
    public static final String SCHEMA = "crosscheck.stories/1";
    static final String INDEX = "stories.json";
    static final String PAGE = "index.html";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final WorkspaceAnalyzer analyzer;
    private final double threshold;

    public StoryPile(WorkspaceAnalyzer analyzer) {
        this(analyzer, StoryGrouper.THRESHOLD);
    }

    StoryPile(WorkspaceAnalyzer analyzer, double threshold) {
        this.analyzer = analyzer;
        this.threshold = threshold;
    }

    /**
     * One story as the index lists it: {@code sources} counts independent sources (copies folded
     * under their origin), {@code outlets} the outlets named (null in an index written before it
     * was counted), {@code report} the story's report.html, relative to the pile's folder.
     */
    public record Entry(String id, @Nullable String title, @Nullable LocalDate first, @Nullable LocalDate last, int sources,
            @Nullable Integer outlets, int documents, String report) {}

    /** What a run did: the stories as they stand, the ones that gained articles, and the inputs skipped with why. */
    public record Outcome(List<Entry> stories, List<String> changed, int known, Map<String, String> rejected) {}

    /**
     * Groups what was read into the stories of {@code dir} (made when new), analyses each story that
     * gained articles, and writes the index.
     */
    public Outcome run(Path dir, List<IngestResult> read, WorkspaceAnalyzer.Settings settings, ProgressListener progress) throws IOException {
        Files.createDirectories(dir.resolve("stories"));
        Map<String, Entry> index = new LinkedHashMap<>();
        for (Entry e : readIndex(dir)) index.put(e.id(), e);
        // the articles of earlier runs, back in their stories
        List<StoryGrouper.Placed> earlier = new ArrayList<>();
        java.util.Set<String> placed = new java.util.HashSet<>();
        for (String id : index.keySet()) {
            try (Workspace ws = Workspace.open(storyDir(dir, id))) {
                for (SourceDocument d : ws.documents()) {
                    earlier.add(new StoryGrouper.Placed(new StoryGrouper.Article(d.sha256(), d.text(), null), id));
                    placed.add(d.sha256());
                }
            }
        }
        Map<String, String> rejected = new LinkedHashMap<>();
        Map<String, Extracted> fresh = new LinkedHashMap<>();
        int known = 0;
        for (IngestResult r : read) {
            if (r instanceof Rejected x) rejected.put(x.path(), x.reason());
            else if (r instanceof Extracted x && (placed.contains(x.sha256()) || fresh.putIfAbsent(x.sha256(), x) != null)) known++;
        }
        StoryGrouper grouper = new StoryGrouper(threshold);
        Map<String, String> storyOf = grouper.extend(earlier,
                fresh.values().stream().map(x -> new StoryGrouper.Article(x.sha256(), x.text(), null)).toList());
        Map<String, List<IngestResult>> byStory = new LinkedHashMap<>();
        storyOf.forEach((sha, story) -> byStory.computeIfAbsent(shortId(story), k -> new ArrayList<>()).add(fresh.get(sha)));
        List<String> changed = new ArrayList<>(byStory.keySet());
        int done = 0;
        for (var e : byStory.entrySet()) {
            progress.advanced("stories", done++, byStory.size());
            try (Workspace ws = Workspace.open(storyDir(dir, e.getKey()))) {
                // a story is named by the pile's name and its id until its sources' headlines name it in the index
                String name = settings.corpusName() == null ? "story " + e.getKey() : settings.corpusName() + ": story " + e.getKey();
                WorkspaceAnalyzer.Settings own = new WorkspaceAnalyzer.Settings(name, settings.referenceDate(), settings.meta(), settings.metaBy());
                WorkspaceAnalyzer.Outcome o = analyzer.run(ws, e.getValue(), own, ProgressListener.NONE);
                o.rejected().forEach(rejected::putIfAbsent);
                index.put(e.getKey(), entry(e.getKey(), o.report()));
            }
        }
        progress.advanced("stories", byStory.size(), byStory.size());
        List<Entry> stories = new ArrayList<>(index.values());
        stories.sort(Comparator.comparingInt(Entry::sources).reversed().thenComparing(Entry::id));
        writeIndex(dir, stories);
        return new Outcome(stories, changed, known, rejected);
    }

    /** A story's id: the first twelve hex digits of its first article's SHA-256 (the grouper names a story by its first article). */
    static String shortId(String story) {
        return story.length() > 12 ? story.substring(0, 12) : story;
    }

    private static Path storyDir(Path dir, String id) {
        if (!id.matches("[0-9a-f]{1,64}")) throw new IllegalStateException("not a story id: " + id);
        return dir.resolve("stories").resolve(id);
    }

    private static Entry entry(String id, Report report) {
        List<DocumentReport> docs = report.documents();
        String title = docs.stream().sorted(Comparator.comparing((DocumentReport d) -> d.published() == null ? LocalDate.MAX : d.published())
                .thenComparing(d -> d.source().id())).map(DocumentReport::title).filter(Objects::nonNull).findFirst().orElse(null);
        LocalDate first = docs.stream().map(DocumentReport::published).filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
        LocalDate last = docs.stream().map(DocumentReport::published).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
        long sources = docs.stream().map(d -> d.origin() != null ? "origin:" + d.origin() : "doc:" + d.source().id()).distinct().count();
        long outlets = docs.stream().map(DocumentReport::outlet).filter(Objects::nonNull).distinct().count();
        return new Entry(id, title, first, last, (int) sources, (int) outlets, docs.size(), "stories/" + id + "/report.html");
    }

    /** The stories listed in {@code dir}'s index, or none when there is no index yet. */
    public static List<Entry> readIndex(Path dir) throws IOException {
        Path f = dir.resolve(INDEX);
        if (!Files.exists(f)) return List.of();
        JsonNode root = JSON.readTree(f.toFile());
        if (!SCHEMA.equals(root.path("schema").asText())) {
            throw new IOException(f + " is not a crosscheck story index (schema " + root.path("schema").asText("none") + ")");
        }
        List<Entry> out = new ArrayList<>();
        for (JsonNode s : root.path("stories")) {
            out.add(new Entry(s.path("id").asText(), text(s, "title"), date(s, "first"), date(s, "last"), s.path("sources").asInt(),
                    s.hasNonNull("outlets") ? s.get("outlets").asInt() : null, s.path("documents").asInt(), s.path("report").asText()));
        }
        return out;
    }

    private static @Nullable String text(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.get(field).asText() : null;
    }

    private static @Nullable LocalDate date(JsonNode n, String field) {
        return n.hasNonNull(field) ? LocalDate.parse(n.get(field).asText()) : null;
    }

    private static void writeIndex(Path dir, List<Entry> stories) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("schema", SCHEMA);
        ArrayNode list = root.putArray("stories");
        for (Entry e : stories) {
            ObjectNode s = list.addObject();
            s.put("id", e.id());
            s.put("title", e.title());
            s.put("first", e.first() == null ? null : e.first().toString());
            s.put("last", e.last() == null ? null : e.last().toString());
            s.put("sources", e.sources());
            s.put("outlets", e.outlets());
            s.put("documents", e.documents());
            s.put("report", e.report());
        }
        AtomicFiles.write(dir.resolve(INDEX), JSON.writeValueAsBytes(root));
        AtomicFiles.write(dir.resolve(PAGE), page(stories).getBytes(StandardCharsets.UTF_8));
    }

    /** The stories as one page, largest first; every title escaped (it comes from a document). */
    static String page(List<Entry> stories) {
        Document d = Document.createShell("");
        d.outputSettings().prettyPrint(true);
        d.selectFirst("html").attr("lang", "en");
        d.head().appendElement("meta").attr("charset", "utf-8");
        d.head().appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        d.head().appendElement("meta").attr("http-equiv", "Content-Security-Policy").attr("content", "default-src 'none'; style-src 'unsafe-inline'");
        d.title("Stories");
        d.head().appendElement("style").text("body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:1rem auto;padding:0 1rem}"
                + "table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.3rem .5rem;border-bottom:1px solid #ccc}");
        Element main = d.body().appendElement("main");
        main.appendElement("h1").text("Stories");
        main.appendElement("p").text(stories.size() == 1 ? "1 story" : stories.size() + " stories");
        Element table = main.appendElement("table");
        Element head = table.appendElement("thead").appendElement("tr");
        for (String h : List.of("Story", "Dates", "Independent sources", "Outlets", "Documents")) {
            head.appendElement("th").attr("scope", "col").text(h);
        }
        Element body = table.appendElement("tbody");
        for (Entry e : stories) {
            Element tr = body.appendElement("tr");
            tr.appendElement("td").appendElement("a").attr("href", e.report()).text(e.title() == null ? "Story " + e.id() : e.title());
            tr.appendElement("td").text(dates(e));
            tr.appendElement("td").text(String.valueOf(e.sources()));
            tr.appendElement("td").text(outlets(e));
            tr.appendElement("td").text(String.valueOf(e.documents()));
        }
        return "<!DOCTYPE html>\n" + d.outerHtml();
    }

    /** How many outlets a story's documents name, as a reader takes it: a number, "none named", or "not counted" (an older index). */
    public static String outlets(Entry e) {
        if (e.outlets() == null) return "not counted";
        return e.outlets() == 0 ? "none named" : String.valueOf(e.outlets());
    }

    /** A story's dates as a reader takes them: one day, a range, or "date unknown". */
    public static String dates(Entry e) {
        if (e.first() == null || e.last() == null) return "date unknown";
        return e.first().equals(e.last()) ? e.first().toString() : e.first() + " to " + e.last();
    }
}
