package org.crosscheck.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.app.StoryPile;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** A pile served as stories, over HTTP: the index, each story's pages under its own path, read-only, and no way out of the pile. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PileServerTest {
    @TempDir
    static Path tmp;

    PileServer pile;

    @BeforeAll
    void start() {
        pile = PileServer.start(tmp);
    }

    @AfterAll
    void stop() {
        if (pile != null) pile.close();
    }

    @Test
    void theIndexListsEveryStoryWithItsDatesSourcesOutletsAndSizeLinkedToItsPages() {
        HttpResponse<String> r = pile.get("/");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Security-Policy")).hasValue(Guard.CSP);
        Document page = Jsoup.parse(r.body());
        assertThat(page.select("h1").text()).isEqualTo("Stories");
        assertThat(page.select("#stories-count").text()).startsWith("2 stories from 3 documents");
        var rows = page.select("table#stories tbody tr");
        assertThat(rows.eachAttr("data-story")).containsExactly(pile.bridge().id(), pile.strike().id());
        Element bridge = rows.get(0);
        assertThat(bridge.select("th a").attr("href")).isEqualTo("/stories/" + pile.bridge().id() + "/");
        assertThat(bridge.select("th a").text()).isIn("Harbor Bridge collapses in Lindqvist", "Six hurt as Lindqvist bridge falls");
        assertThat(bridge.select("td").eachText()).containsExactly("date unknown", String.valueOf(pile.bridge().sources()),
                "none named", "2");
        // a headline comes from a document: it is text on the page, never markup
        Element strike = rows.get(1);
        assertThat(strike.select("th a").text()).isEqualTo("<b>Dockers</b> strike at Varnes");
        assertThat(strike.select("b")).isEmpty();
        assertThat(r.body()).doesNotContain("<b>Dockers");
        Document story = Jsoup.parse(pile.get("/stories/" + pile.strike().id() + "/").body());
        assertThat(story.select("header.top a.brand").text()).isEqualTo("crosscheck · <b>Dockers</b> strike at Varnes");
        assertThat(story.select("header b")).isEmpty();
    }

    @Test
    void theIndexSaysADateRangeAndWhatAnOlderIndexDidNotCount() throws IOException {
        Path index = pile.dir.resolve("stories.json");
        String kept = Files.readString(index);
        try {
            JsonNode root = DemoServer.JSON.readTree(kept);
            var first = (com.fasterxml.jackson.databind.node.ObjectNode) root.path("stories").get(0);
            first.put("first", "2025-03-10").put("last", "2025-03-12").remove("outlets");
            Files.writeString(index, root.toString());
            Element row = Jsoup.parse(pile.get("/").body()).select("table#stories tbody tr").first();
            assertThat(row.select("td").get(0).text()).isEqualTo("2025-03-10 to 2025-03-12");
            assertThat(row.select("td").get(2).text()).isEqualTo("not counted");
        } finally {
            Files.writeString(index, kept);
        }
    }

    @Test
    void everyLinkOfAStorysPagesStaysInTheStoryOrLeadsBackToTheIndex() {
        String base = "/stories/" + pile.bridge().id();
        Document overview = Jsoup.parse(pile.get(base + "/").body());
        assertThat(overview.select("header.top a.up").attr("href")).isEqualTo("/");
        assertThat(overview.select("header.top a.up").text()).isEqualTo("All stories");
        assertThat(overview.select("header.top a.brand").attr("href")).isEqualTo(base + "/");
        // the header names the story by its headline, as the index does
        assertThat(overview.select("header.top a.brand").text()).isEqualTo("crosscheck · " + pile.bridge().title());
        assertThat(overview.select("header nav a").eachText()).doesNotContain("Add");
        assertThat(overview.select("ul.facts").text()).contains("2 documents");
        // a walk over every page the story links: each answers, and no link leaves the story but the one back to the index
        Map<String, Integer> status = new HashMap<>();
        Deque<String> todo = new ArrayDeque<>(List.of(base + "/"));
        while (!todo.isEmpty() && status.size() < 80) {
            String path = todo.poll();
            if (status.containsKey(path)) continue;
            HttpResponse<String> r = pile.get(path);
            status.put(path, r.statusCode());
            if (!r.headers().firstValue("Content-Type").orElse("").startsWith("text/html")
                    || r.headers().firstValue("Content-Disposition").isPresent()) {
                continue;
            }
            for (Element a : Jsoup.parse(r.body()).select("a[href], form[action], link[href]")) {
                String href = a.hasAttr("action") ? a.attr("action") : a.attr("href");
                if (href.startsWith("#")) continue;
                assertThat(href).as("a link on " + path).matches("/|/static/crosscheck\\.css|" + java.util.regex.Pattern.quote(base) + "/.*");
                String target = URI.create(href).getRawPath() + (URI.create(href).getRawQuery() == null ? "" : "?" + URI.create(href).getRawQuery());
                if (target.startsWith(base)) todo.add(target);
            }
        }
        assertThat(status).hasSizeGreaterThan(8);
        assertThat(status).allSatisfy((path, code) -> assertThat(code).as(path).isEqualTo(200));
    }

    @Test
    void aStorysPagesAddNothingToIt() {
        String base = "/stories/" + pile.bridge().id();
        String source = pile.json(base + "/api/documents").get(0).path("id").asText();
        Document page = Jsoup.parse(pile.get(base + "/sources/" + source).body());
        assertThat(page.select("h1")).isNotEmpty();
        assertThat(page.select("form#facts-form")).isEmpty();
        assertThat(pile.get(base + "/add").statusCode()).isEqualTo(404);
        assertThat(status(pile.raw("POST", base + "/add"))).isEqualTo(404);
        assertThat(status(pile.raw("POST", base + "/sources/" + source + "/facts"))).isEqualTo(404);
        assertThat(status(pile.raw("POST", base + "/api/documents"))).isEqualTo(405);
        assertThat(pile.json(base + "/api").path("paths").toString()).doesNotContain("/api/jobs").contains(base + "/api/claims");
    }

    @Test
    void aStorysApiAnswersForThatStoryAndLinksUnderItsPath() {
        String base = "/stories/" + pile.bridge().id();
        assertThat(pile.json(base + "/api/overview").path("documents").asInt()).isEqualTo(2);
        assertThat(pile.json("/stories/" + pile.strike().id() + "/api/overview").path("documents").asInt()).isEqualTo(1);
        JsonNode hits = pile.json(base + "/api/search?q=cables");
        assertThat(hits).isNotEmpty().allSatisfy(h -> assertThat(h.path("link").asText()).startsWith(base + "/sources/"));
        HttpResponse<String> missing = pile.get(base + "/api/claims/nothing-here");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).startsWith("{\"error\"");
    }

    @Test
    void aStoryTheIndexDoesNotListIsNotFoundAndThePageLeadsBackToTheIndex() {
        for (String path : List.of("/stories/0123456789ab/", "/stories/ABCDEF/", "/stories/not-a-story/claims", "/nowhere")) {
            HttpResponse<String> r = pile.get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(404);
            Document page = Jsoup.parse(r.body());
            assertThat(page.select("main a").attr("href")).as(path).isEqualTo("/");
        }
        HttpResponse<String> api = pile.get("/stories/0123456789ab/api/claims");
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(api.body()).startsWith("{\"error\"");
    }

    @Test
    void everyPageNeedsTheTokenAsAWorkspacesDo() throws Exception {
        for (String path : List.of("/", "/stories/" + pile.bridge().id() + "/")) {
            var req = java.net.http.HttpRequest.newBuilder(URI.create(pile.url(path))).GET().build();
            assertThat(pile.http.send(req, HttpResponse.BodyHandlers.ofString()).statusCode()).as(path).isEqualTo(401);
        }
    }

    @Test
    void noPathInARequestReachesOutsideThePile() {
        String id = pile.bridge().id();
        for (String target : List.of("/stories/../stories.json", "/stories/..%2Fstories.json", "/stories/%2e%2e/stories.json",
                "/stories/%2e%2e%2fstories.json/", "/stories/" + id + "/../../stories.json", "/stories/" + id + "%2F..%2F..%2Fstories.json/",
                "/stories/" + id + "/originals/..%2F..%2F..%2Fstories.json", "/stories/" + id + "/originals/%2e%2e%2f%2e%2e%2fstories.json",
                "/stories/..%5c..%5cstories.json/", "/stories/%00/", "/stories/" + id + "%00/", "/..;/stories.json", "/stories/.%2e/",
                "/stories/" + id + "/sources/..%2F..%2F..%2F..%2Fetc%2Fpasswd", "/stories/" + id + "/export/..%2F..%2Fstories.json")) {
            String answer = pile.raw("GET", target);
            assertThat(status(answer)).as(target).isIn(400, 404);
            assertThat(answer).as(target).doesNotContain("crosscheck.stories/1").doesNotContain("root:");
        }
    }

    @Test
    void aStoryFolderThatIsALinkIsNotServedWhereverItLeads() throws IOException {
        Path index = pile.dir.resolve("stories.json");
        String kept = Files.readString(index);
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Files.writeString(outside.resolve("secret.txt"), "not in the pile");
        Path out = Files.createSymbolicLink(pile.dir.resolve("stories/abcdef000001"), outside);
        Path in = Files.createSymbolicLink(pile.dir.resolve("stories/abcdef000002"), pile.dir.resolve("stories").resolve(pile.strike().id()));
        try {
            JsonNode root = DemoServer.JSON.readTree(kept);
            var list = (com.fasterxml.jackson.databind.node.ArrayNode) root.path("stories");
            for (String id : List.of("abcdef000001", "abcdef000002")) {
                list.addObject().put("id", id).put("title", "linked").put("sources", 1).put("documents", 1)
                        .put("report", "stories/" + id + "/report.html");
            }
            Files.writeString(index, root.toString());
            assertThat(StoryPile.readIndex(pile.dir)).extracting(StoryPile.Entry::id).contains("abcdef000001", "abcdef000002");
            for (String id : List.of("abcdef000001", "abcdef000002")) {
                assertThat(pile.get("/stories/" + id + "/").statusCode()).as(id).isEqualTo(404);
                assertThat(pile.get("/stories/" + id + "/api/overview").statusCode()).as(id).isEqualTo(404);
            }
            // nothing was made in the folder a link leads to
            assertThat(outside.toFile().list()).containsExactly("secret.txt");
        } finally {
            Files.writeString(index, kept);
            Files.delete(out);
            Files.delete(in);
        }
    }

    private static int status(String answer) {
        return Integer.parseInt(answer.lines().findFirst().orElseThrow().split(" ")[1]);
    }
}
