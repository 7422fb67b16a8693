package org.crosscheck.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server over HTTP, as a browser or a script sees it: pages, API, guard, uploads. */
class ServerTest {
    @TempDir
    Path tmp;

    DemoServer demo;

    @BeforeEach
    void start() {
        demo = DemoServer.start(tmp);
    }

    @AfterEach
    void stop() {
        demo.close();
    }

    @Test
    void theOverviewListsTheSourcesWithCopiesFoldedUnderTheirOrigin() {
        HttpResponse<String> r = demo.get("/");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        Document page = Jsoup.parse(r.body());
        // each independent source listed by its headline, linked to its page, its id under it
        assertThat(page.select("table").first().select("td > a").eachAttr("href")).contains("/sources/01-continental-press",
                "/sources/03-northern-herald").doesNotContain("/sources/02-lindqvist-daily");
        assertThat(page.select("table").first().select("td > a").eachText()).contains("Footbridge collapses in Lindqvist harbour, injuring 14");
        assertThat(page.select("table").first().select("td > div.muted").eachText()).contains("01-continental-press");
        // a copy is named by its outlet and folded under the story it copies
        assertThat(page.select("ul.copies a").eachText()).containsExactly("Lindqvist Daily");
        assertThat(page.select("ul.copies a").eachAttr("href")).containsExactly("/sources/02-lindqvist-daily");
        assertThat(page.select("ul.facts").text()).contains("6 documents from 5 independent sources");
    }

    @Test
    void theOverviewAnswersFirstWhatIsCorroboratedWhatRestsOnOneSourceAndWhereSourcesDisagree() {
        Document page = Jsoup.parse(demo.get("/").body());
        assertThat(page.select("html").attr("lang")).isEqualTo("en");
        assertThat(page.select("li.dates").text()).startsWith("Published ").doesNotContain("T");
        JsonNode claims = demo.json("/api/claims");
        // the first corroborated claim is the one most independent sources carry, with one block per source
        var top = page.select("section#corroborated ol.claims > li").first();
        int most = 0;
        for (JsonNode c : claims) most = Math.max(most, c.path("independent_sources").asInt());
        assertThat(top.select(".coverage .block")).hasSize(most);
        assertThat(page.select("section#single-source li > a")).isNotEmpty().allSatisfy(a -> {
            String id = a.attr("href").substring("/claims/".length());
            for (JsonNode c : claims) if (c.path("id").asText().equals(id)) assertThat(c.path("independent_sources").asInt()).isLessThanOrEqualTo(1);
        });
        assertThat(page.select("section#disagreements li > a")).hasSize(demo.json("/api/discrepancies").size())
                .allSatisfy(a -> assertThat(a.attr("href")).startsWith("/discrepancies#d-"));
        assertThat(page.text()).doesNotContain("document(s)").doesNotContain("source(s)").doesNotContain("confidence");
    }

    @Test
    void anEntityPageLinksItsSourcesQuotesAndClaims() {
        Document list = Jsoup.parse(demo.get("/entities").body());
        String solberg = list.select("td > a:contains(Ingrid Solberg)").attr("href");
        assertThat(solberg).startsWith("/entities/");
        Document page = Jsoup.parse(demo.get(solberg).body());
        assertThat(page.select("h1").text()).isEqualTo("Ingrid Solberg");
        assertThat(page.select("table td > a[href^=/sources/]")).isNotEmpty();
        assertThat(page.select("div.quote")).isNotEmpty();
        assertThat(demo.get("/entities/nobody").statusCode()).isEqualTo(404);
        // and the quotes page links the speaker to the entity
        Document quotes = Jsoup.parse(demo.get("/quotes").body());
        assertThat(quotes.select("section.speaker h2 a").eachAttr("href")).contains(solberg);
        // a quote that makes a claim links to it, and a source page to the people it names
        assertThat(quotes.select("div.quote a.claim-link")).isNotEmpty().allSatisfy(a -> assertThat(a.attr("href")).startsWith("/claims/"));
        assertThat(Jsoup.parse(demo.get("/sources/01-continental-press").body()).select("p.named a").eachAttr("href")).contains(solberg);
    }

    @Test
    void theBareApiAnswersJsonAndAWrongMethodIs405() {
        assertThat(demo.json("/api").path("openapi").asText()).isEqualTo("/api/openapi.json");
        HttpResponse<String> r = demo.send(demo.request("/api/claims").DELETE().build());
        assertThat(r.statusCode()).isEqualTo(405);
        assertThat(r.headers().firstValue("Allow")).hasValue("GET");
        assertThat(r.body()).contains("\"error\"");
        assertThat(demo.send(demo.request("/claims").PUT(java.net.http.HttpRequest.BodyPublishers.noBody()).build()).statusCode()).isEqualTo(405);
    }

    @Test
    void aSearchFindsAQuoteAndOpensItsSourceAtTheWordsFound() {
        Document page = Jsoup.parse(demo.get("/search?q=injured&kind=quote").body());
        var hits = page.select("ol.hits li.hit");
        assertThat(hits).isNotEmpty().allSatisfy(h -> assertThat(h.attr("data-kind")).isEqualTo("quote"));
        assertThat(page.select("label[for=q]")).hasSize(1);
        assertThat(page.select("input#q").attr("value")).isEqualTo("injured");
        String open = hits.first().select("a.open").attr("href");
        assertThat(open).startsWith("/sources/").contains("?at=").endsWith("#found");
        Document source = Jsoup.parse(demo.get(open).body());
        assertThat(source.select("mark#found").text()).isEqualToIgnoringCase("injured");
        // the same through the API, filtered by source
        JsonNode api = demo.json("/api/search?q=injured&source=01-continental-press");
        assertThat(api).isNotEmpty().allSatisfy(h -> assertThat(h.path("doc").asText()).isEqualTo("01-continental-press"));
        assertThat(demo.get("/api/search?q=x&modality=certain").statusCode()).isEqualTo(400);
        // a filter on an entity leaves what names it or is said by it
        String solberg = null;
        for (JsonNode e : demo.json("/api/entities")) if (e.path("name").asText().equals("Ingrid Solberg")) solberg = e.path("id").asText();
        JsonNode bySolberg = demo.json("/api/search?q=the&entity=" + solberg);
        assertThat(bySolberg).isNotEmpty().hasSizeLessThan(demo.json("/api/search?q=the").size());
        assertThat(Jsoup.parse(demo.get("/search?q=the&entity=" + solberg).body()).select("select#f-entity option[selected]").text())
                .isEqualTo("Ingrid Solberg");
        // a filter on what sources disagree on leaves only disputed claims
        assertThat(demo.json("/api/search?q=the&disputed=1")).allSatisfy(h -> assertThat(h.path("disputed").asBoolean()).isTrue());
        // what a user types is searched for, never obeyed
        assertThat(demo.get("/search?q=%22%29+OR+*").statusCode()).isEqualTo(200);
        assertThat(demo.get("/search?q=%3Cscript%3Ealert(1)%3C/script%3E").body()).doesNotContain("<script>alert(1)");
    }

    @Test
    void listsCanBeFilteredBySourceAndPaged() {
        JsonNode all = demo.json("/api/quotes");
        JsonNode herald = demo.json("/api/quotes?doc=03-northern-herald");
        assertThat(herald.size()).isPositive().isLessThan(all.size());
        herald.forEach(q -> assertThat(q.path("doc").asText()).isEqualTo("03-northern-herald"));
        JsonNode page = demo.json("/api/quotes?offset=1&limit=2");
        assertThat(page).hasSize(2);
        assertThat(page.get(0)).isEqualTo(all.get(1));
        assertThat(demo.get("/api/quotes?limit=-1").statusCode()).isEqualTo(400);
    }

    @Test
    void everyPageAndAnswerCarriesAPolicyThatAllowsNoScript() {
        for (String path : List.of("/", "/claims", demo.firstClaimPage(), "/quotes", "/discrepancies", "/timeline", "/sources/03-northern-herald",
                "/add", "/export", "/api/claims", "/nowhere")) {
            HttpResponse<String> r = demo.get(path);
            assertThat(r.headers().firstValue("Content-Security-Policy")).as(path)
                    .hasValue(Guard.CSP);
            assertThat(Guard.CSP).startsWith("default-src 'none'").doesNotContain("script-src");
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
        }
    }

    @Test
    void theApiServesExactlyWhatReportJsonHolds() throws IOException {
        JsonNode report = DemoServer.JSON.readTree(demo.dir.resolve("report.json").toFile());
        JsonNode first = report.path("claims").get(0);
        assertThat(demo.json("/api/claims/" + first.path("id").asText())).isEqualTo(first);
        JsonNode doc = report.path("documents").get(2);
        assertThat(demo.json("/api/documents/" + doc.path("id").asText())).isEqualTo(doc);
        assertThat(demo.json("/api/quotes")).isEqualTo(report.path("quotes"));
        assertThat(demo.json("/api/documents").get(0).has("text")).isFalse();
        assertThat(demo.json("/api/overview").path("independent_sources").asInt()).isEqualTo(5);
    }

    @Test
    void everyPathTheOpenApiDescriptionNamesAnswersAndNoOtherDoes() {
        JsonNode spec = demo.json("/api/openapi.json");
        List<String> checked = new ArrayList<>();
        for (Iterator<String> it = spec.path("paths").fieldNames(); it.hasNext(); ) {
            String path = it.next();
            if (!spec.path("paths").path(path).has("get")) continue;
            String concrete = path.replace("/documents/{id}", "/documents/03-northern-herald").replace("/claims/{id}", demo.firstClaimPage())
                    .replace("/jobs/{id}", "/jobs/0").replace("/entities/{id}", "/entities/" + demo.json("/api/entities").get(0).path("id").asText());
            HttpResponse<String> r = demo.get(concrete);
            assertThat(r.headers().firstValue("Content-Type")).as(concrete).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
            assertThat(r.statusCode()).as(concrete).isEqualTo(concrete.equals("/api/jobs/0") ? 404 : 200);
            checked.add(path);
        }
        assertThat(checked).hasSize(16);
        HttpResponse<String> undocumented = demo.get("/api/sources");
        assertThat(undocumented.statusCode()).isEqualTo(404);
        assertThat(undocumented.body()).contains("\"error\"").contains("openapi.json");
    }

    @Test
    void aRequestNamingAnotherHostIsRefusedSoRebindingAnotherNameToLoopbackFails() {
        assertThat(demo.rawStatus("/", "attacker.example")).isEqualTo(421);
        assertThat(demo.rawStatus("/api/report", "attacker.example:" + demo.server.port())).isEqualTo(421);
        assertThat(demo.rawStatus("/", "localhost:" + demo.server.port())).isEqualTo(200);
        assertThat(demo.rawStatus("/", "127.0.0.1:" + demo.server.port())).isEqualTo(200);
    }

    @Test
    void anAdditionPostedFromAnotherSiteIsRefusedAndChangesNothing() throws Exception {
        State before = state();
        HttpResponse<String> r = demo.upload("/add", Map.of("a.txt", "Text\n\nA bridge fell, the mayor said.\n".getBytes(StandardCharsets.UTF_8)),
                "Origin", "http://attacker.example", "Sec-Fetch-Site", "cross-site");
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void pathsInRequestsCannotLeaveTheWorkspace() {
        for (String path : List.of("/originals/..%2Fcrosscheck.db", "/originals/../crosscheck.db", "/sources/..%2F..%2F..%2Fetc%2Fpasswd",
                "/export/..%2Fcrosscheck.db", "/static/..%2F..%2Fcrosscheck.db", "/originals/" + "0".repeat(64),
                "/api/documents/..%2F..%2Fcrosscheck.db")) {
            HttpResponse<String> r = demo.get(path);
            assertThat(r.statusCode()).as(path).isIn(400, 404);
            assertThat(r.body()).as(path).doesNotContain("SQLite format");
        }
    }

    @Test
    void anOriginalDownloadsByteForByteAndIsNeverShownAsAPage() throws Exception {
        Path html = DemoServer.demoCorpus().resolve("03-northern-herald.html");
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(html)));
        HttpResponse<byte[]> r = demo.http.send(demo.request("/originals/" + sha).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo(Files.readAllBytes(html));
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/octet-stream");
        assertThat(r.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"03-northern-herald.html\"");
    }

    @Test
    void anUploadIsAnalysedIntoTheSameWorkspaceAndShownEverywhere() throws Exception {
        String text = "Ferry service resumes after bridge collapse\n\nThe ferry between the old town and the terminal ran again on "
                + "Thursday, two days after the Saltmarsh Bridge collapsed, the harbour master said.\n";
        HttpResponse<String> r = demo.upload("/api/documents", Map.of("07-ferry-update.txt", text.getBytes(StandardCharsets.UTF_8)));
        assertThat(r.statusCode()).isEqualTo(202);
        JsonNode job = demo.awaitJob(DemoServer.JSON.readTree(r.body()).path("id").asText());
        assertThat(job.path("state").asText()).as(job.toString()).isEqualTo("done");
        assertThat(job.path("added")).extracting(JsonNode::asText).containsExactly("07-ferry-update");
        assertThat(demo.json("/api/documents")).extracting(d -> d.path("id").asText()).contains("07-ferry-update").hasSize(7);
        assertThat(Jsoup.parse(demo.get("/").body()).select("table td > a").eachAttr("href")).contains("/sources/07-ferry-update");
        assertThat(Files.readString(demo.dir.resolve("report.json"))).contains("07-ferry-update");
        assertThat(demo.get("/sources/07-ferry-update").body()).contains("the harbour master said");
        // searchable as soon as it is shown: the index is written before the new report is served
        assertThat(demo.json("/api/search?q=terminal&source=07-ferry-update")).isNotEmpty();
        assertThat(job.path("message").asText()).startsWith("added 1 document; 7 documents analysed together");
    }

    @Test
    void aFolderUnderAnAllowedPathCanBeAddedByItsPathAndAMissingOneIsRefused(@TempDir Path other, @TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("08-ferry-notes.txt"), "Ferry notes\n\nThe harbour master said the ferry ran again on Thursday.\n");
        try (DemoServer allowed = DemoServer.start(other, ServerSettings.DEFAULTS.withAllowedPaths(List.of(folder)))) {
            HttpResponse<String> r = postPath(allowed, folder.toString());
            assertThat(r.statusCode()).isEqualTo(303);
            String job = r.headers().firstValue("Location").orElseThrow().replace("/jobs/", "");
            assertThat(allowed.awaitJob(job).path("added")).extracting(JsonNode::asText).containsExactly("08-ferry-notes");
            State before = state(allowed);
            HttpResponse<String> missing = postPath(allowed, folder.resolve("no-such-file.txt").toString());
            assertThat(missing.statusCode()).isEqualTo(400);
            assertThat(Jsoup.parse(missing.body()).select("p.error").text()).isEqualTo("Not added: there is no file or folder "
                    + folder.resolve("no-such-file.txt") + " under the folders this server may read (" + folder.toAbsolutePath().normalize() + ").");
            assertThat(state(allowed)).isEqualTo(before);
        }
    }

    @Test
    void withoutAllowPathNoFileIsReadByItsPathAndTheFormSaysHowToAllowIt() throws Exception {
        State before = state();
        HttpResponse<String> r = postPath(demo, "/etc/passwd");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(r.body()).select("p.error").text()).contains("adding by a path is off").contains("--allow-path");
        assertThat(Jsoup.parse(demo.get("/add").body()).select("input#path")).isEmpty();
        assertThat(state()).isEqualTo(before);
    }

    static HttpResponse<String> postPath(DemoServer s, String path) {
        return s.send(s.request("/add").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("path=" + java.net.URLEncoder.encode(path, StandardCharsets.UTF_8))).build());
    }

    @Test
    void anUploadThatCannotBeReadFailsWithItsReasonAndChangesNothing() throws Exception {
        State before = state();
        byte[] junk = new byte[4096];
        new java.util.Random(7).nextBytes(junk);
        HttpResponse<String> r = demo.upload("/api/documents", Map.of("notes.txt", junk));
        JsonNode job = demo.awaitJob(DemoServer.JSON.readTree(r.body()).path("id").asText());
        assertThat(job.path("state").asText()).isEqualTo("failed");
        assertThat(job.path("message").asText()).contains("notes.txt").contains("workspace is unchanged");
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void anUploadOverTheLimitIsRefusedAndChangesNothing(@TempDir Path other) throws Exception {
        try (DemoServer small = DemoServer.start(other, ServerSettings.DEFAULTS.withMaxUploadBytes(2000))) {
            State before = state(small);
            HttpResponse<String> r = small.upload("/api/documents", Map.of("big.txt", "word ".repeat(2000).getBytes(StandardCharsets.UTF_8)));
            assertThat(r.statusCode()).isEqualTo(413);
            assertThat(r.body()).contains("larger than the limit of 2000 bytes");
            HttpResponse<String> form = small.upload("/add", Map.of("big.txt", "word ".repeat(2000).getBytes(StandardCharsets.UTF_8)));
            assertThat(form.statusCode()).isEqualTo(413);
            assertThat(Jsoup.parse(form.body()).select("p.error").text()).contains("Not added");
            assertThat(state(small)).isEqualTo(before);
        }
    }

    @Test
    void aHostileFileNameIsOnlyALabelAndNothingIsWrittenOutsideTheWorkspace() throws Exception {
        Set<Path> outside = filesUnder(tmp);
        HttpResponse<String> r = demo.upload("/api/documents",
                Map.of("../../../escaped.txt", "Escape\n\nThe harbour master said the ferry ran again.\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
        JsonNode job = demo.awaitJob(DemoServer.JSON.readTree(r.body()).path("id").asText());
        assertThat(job.path("state").asText()).isEqualTo("done");
        assertThat(job.path("added").get(0).asText()).isEqualTo("escaped");
        Set<Path> after = filesUnder(tmp);
        after.removeAll(outside);
        assertThat(after).allSatisfy(p -> assertThat(p.startsWith(demo.dir)).as(p.toString()).isTrue());
        assertThat(Path.of("../../../escaped.txt")).doesNotExist();
        assertThat(demo.dir.getParent().resolve("escaped.txt")).doesNotExist();
    }

    @Test
    void everyRequestNeedsTheTokenWhichTheAddressCarriesOnce(@TempDir Path other) {
        try (DemoServer guarded = DemoServer.start(other, ServerSettings.DEFAULTS.withToken("s3cret-token"))) {
            assertThat(guarded.server.address().toString()).endsWith("/?token=s3cret-token");
            assertThat(guarded.anonymous("/").statusCode()).isEqualTo(401);
            assertThat(guarded.anonymous("/api/report", "Authorization", "Bearer wrong").statusCode()).isEqualTo(401);
            assertThat(guarded.anonymous("/api/report", "Authorization", "Bearer s3cret-token").statusCode()).isEqualTo(200);
            HttpResponse<String> open = guarded.anonymous("/?token=s3cret-token");
            assertThat(open.statusCode()).isEqualTo(302);
            assertThat(open.headers().firstValue("Location")).hasValue("/");
            assertThat(open.headers().firstValue("Set-Cookie")).hasValueSatisfying(c -> assertThat(c).contains(Guard.COOKIE + "_" + guarded.server.port() + "=s3cret-token")
                    .containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict"));
            assertThat(guarded.anonymous("/claims", "Cookie", Guard.COOKIE + "_" + guarded.server.port() + "=s3cret-token").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void exportsAreDownloadsOfTheCurrentReport() {
        HttpResponse<String> csv = demo.get("/export/claims.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.body().lines().findFirst()).hasValue("id,statement,attributed_to,modality,independent_sources,documents,docs,values");
        assertThat(demo.get("/export/quotes.csv").body()).contains("Ekdahl");
        assertThat(demo.get("/export/discrepancies.csv").body()).contains("112");
        assertThat(demo.get("/export/report.md").body()).startsWith("# harbor-bridge");
        assertThat(demo.get("/export/report.json").body()).contains("crosscheck.report/1");
        assertThat(demo.get("/export/secrets.txt").statusCode()).isEqualTo(404);
    }

    /** What an addition that fails must leave as it was. */
    record State(List<String> documents, Set<String> originals, String reportJson) {}

    private State state() throws IOException {
        return state(demo);
    }

    static State state(DemoServer s) throws IOException {
        List<String> docs = s.ws.documents().stream().map(d -> d.id() + " " + d.sha256()).toList();
        Set<String> originals = new TreeSet<>();
        try (Stream<Path> files = Files.list(s.dir.resolve("originals"))) {
            files.forEach(p -> originals.add(p.getFileName().toString()));
        }
        return new State(docs, originals, Files.readString(s.dir.resolve("report.json")));
    }

    private static Set<Path> filesUnder(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).collect(java.util.stream.Collectors.toCollection(java.util.HashSet::new));
        }
    }
}
