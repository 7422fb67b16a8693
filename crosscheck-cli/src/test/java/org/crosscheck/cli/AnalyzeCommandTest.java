package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    static String sha256(Path p) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
    }

    /** Every span in the report: its text must be documents[].text.substring(start, end). */
    static List<JsonNode> spans(JsonNode report) {
        List<JsonNode> out = new ArrayList<>();
        report.path("documents").forEach(d -> d.path("removed").forEach(r -> {
            ((com.fasterxml.jackson.databind.node.ObjectNode) r).put("doc", d.path("id").asText());
            out.add(r);
        }));
        report.path("entities").forEach(e -> e.path("mentions").forEach(out::add));
        report.path("quotes").forEach(out::add);
        report.path("claims").forEach(c -> c.path("mentions").forEach(out::add));
        report.path("discrepancies").forEach(d -> d.path("variants").forEach(v -> v.path("mentions").forEach(out::add)));
        report.path("timeline").forEach(t -> t.path("mentions").forEach(out::add));
        return out;
    }

    static void assertContract(JsonNode report) {
        assertThat(report.path("schema").asText()).isEqualTo("crosscheck.report/1");
        for (String field : List.of("corpus", "documents", "entities", "quotes", "claims", "discrepancies", "relations", "timeline")) {
            assertThat(report.has(field)).as(field).isTrue();
        }
        for (JsonNode d : report.path("documents")) {
            for (String field : List.of("id", "path", "sha256", "media_type", "outlet", "origin", "published", "title", "text", "body",
                    "removed", "flags")) {
                assertThat(d.has(field)).as("documents[]." + field).isTrue();
            }
        }
        java.util.Map<String, String> texts = new java.util.HashMap<>();
        report.path("documents").forEach(d -> texts.put(d.path("id").asText(), d.path("text").asText()));
        List<JsonNode> spans = spans(report);
        assertThat(spans).isNotEmpty();
        for (JsonNode s : spans) {
            String text = texts.get(s.path("doc").asText());
            assertThat(text).as("document of %s", s).isNotNull();
            assertThat(text.substring(s.path("start").asInt(), s.path("end").asInt())).isEqualTo(s.path("text").asText());
        }
    }

    @Test
    void theDemoCorpusGivesAReportThatKeepsTheContract() throws Exception {
        Path out = tmp.resolve("ws");
        Cli r = Cli.run("analyze", Cli.repoRoot().resolve("examples/harbor-bridge").toString(), "--out", out.toString(),
                "--reference-date", "2025-03-12");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("report.html");
        JsonNode report = JSON.readTree(out.resolve("report.json").toFile());
        assertContract(report);
        assertThat(report.path("documents")).hasSize(6);
        assertThat(Files.readString(out.resolve("report.md"))).startsWith("# harbor-bridge");
        // report.html is one file: every link inside it leads to something in it
        org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(out.resolve("report.html").toFile(), "UTF-8");
        java.util.Set<String> ids = new java.util.HashSet<>(html.getAllElements().eachAttr("id"));
        assertThat(html.select("a[href^=#]").eachAttr("href")).isNotEmpty()
                .allSatisfy(h -> assertThat(ids).as("target of %s", h).contains(h.substring(1)));
        assertThat(html.select("script")).isEmpty();
    }

    @Test
    void theXinjiangCorpusKeepsTheContractWithHashesOfTheOriginals() throws Exception {
        Path corpus = Cli.shared().resolve("corpora/xinjiang-report-2022");
        Path out = tmp.resolve("ws");
        Cli r = Cli.run("analyze", corpus.toString(), "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode report = JSON.readTree(out.resolve("report.json").toFile());
        assertContract(report);
        assertThat(report.path("documents")).hasSize(5);
        for (JsonNode d : report.path("documents")) {
            Path original = corpus.resolve(d.path("id").asText() + ".txt");
            assertThat(d.path("sha256").asText()).isEqualTo(sha256(original));
            assertThat(Files.readAllBytes(out.resolve("originals").resolve(d.path("sha256").asText())))
                    .isEqualTo(Files.readAllBytes(original));
        }
    }

    @Test
    void aSecondRunReadsOnlyNewFilesAndAnalysesAllTogether() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "Bridge falls in harbour\n\nThe bridge fell on Tuesday, the mayor said.\n");
        Path out = tmp.resolve("ws");
        assertThat(Cli.run("analyze", in.toString(), "--out", out.toString()).code()).isZero();
        Files.writeString(in.resolve("b.txt"), "Harbour bridge collapses\n\nThe harbour bridge collapsed on Tuesday, officials said.\n");
        Cli second = Cli.run("analyze", in.toString(), "--out", out.toString());
        assertThat(second.err()).contains("1 new, 1 already in the workspace, 0 skipped; analysed 2 documents");
        assertThat(JSON.readTree(out.resolve("report.json").toFile()).path("documents")).hasSize(2);
    }

    @Test
    void aMixedPileBecomesStoriesAndAStoriesFolderIsNeverTakenForAWorkspace() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("pile"));
        Files.writeString(in.resolve("bridge-1.txt"), "Harbor Bridge collapses in Lindqvist\n\nThe Harbor Bridge in Lindqvist collapsed on "
                + "Tuesday, injuring six people. Mayor Ana Petrova said inspectors had warned the council about corroded cables.\n");
        Files.writeString(in.resolve("bridge-2.txt"), "Six hurt as Lindqvist bridge falls\n\nSix people were hurt when the Harbor Bridge "
                + "collapsed in Lindqvist. Petrova told reporters that corroded cables had been reported to the council.\n");
        Files.writeString(in.resolve("strike.txt"), "Dockers strike at Varnes\n\nDock workers at the Port of Varnes walked out on Monday "
                + "over pay. The Varnes Dockers Union said the strike would last until shipping companies raised wages.\n");
        Path out = tmp.resolve("stories");
        Cli r = Cli.run("analyze", in.toString(), "--stories", "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("2 stories (2 with new documents)");
        assertThat(r.out()).contains("index.html").contains("stories.json");
        assertThat(JSON.readTree(out.resolve("stories.json").toFile()).path("stories")).hasSize(2);

        // served, a folder of stories is the index of its stories (crosscheck-server's PileServerTest), whose pages add nothing
        Cli served = Cli.run("serve", out.toString(), "--allow-path", in.toString());
        assertThat(served.code()).isEqualTo(2);
        assertThat(served.err()).contains("holds stories").contains("--allow-path does not apply");
        assertThat(out.resolve("crosscheck.db")).doesNotExist();

        Cli plain = Cli.run("analyze", in.toString(), "--out", out.toString());
        assertThat(plain.code()).isEqualTo(2);
        assertThat(plain.err()).contains("holds stories").contains("add --stories");
        Path ws = tmp.resolve("ws");
        assertThat(Cli.run("analyze", in.resolve("strike.txt").toString(), "--out", ws.toString()).code()).isZero();
        Cli mixed = Cli.run("analyze", in.toString(), "--stories", "--out", ws.toString());
        assertThat(mixed.code()).isEqualTo(2);
        assertThat(mixed.err()).contains("is a workspace of one event");
    }

    @Test
    void badInputsAreNamedSkippedAndNothingInTheWorkspaceIsLost() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("good.txt"), "Bridge falls\n\nThe bridge fell on Tuesday, the mayor said.\n");
        Path out = tmp.resolve("ws");
        assertThat(Cli.run("analyze", in.toString(), "--out", out.toString()).code()).isZero();

        Path bad = Files.createDirectories(tmp.resolve("bad"));
        Files.write(bad.resolve("empty.txt"), new byte[0]);
        byte[] junk = new byte[2048];
        new java.util.Random(1).nextBytes(junk);
        Files.write(bad.resolve("blob.txt"), junk);
        Files.writeString(bad.resolve("fine.txt"), "Second story\n\nThe ferry resumed service on Friday, the operator said.\n");
        Cli r = Cli.run("analyze", bad.toString(), "--out", out.toString());
        assertThat(r.code()).isEqualTo(Main.SKIPPED);
        assertThat(r.err()).contains("skipped " + bad.resolve("empty.txt") + ": empty file")
                .contains("skipped " + bad.resolve("blob.txt") + ": binary data");
        JsonNode report = JSON.readTree(out.resolve("report.json").toFile());
        assertThat(report.path("documents")).extracting(d -> d.path("id").asText()).containsExactly("fine", "good");
    }

    @Test
    void documentTextIsEscapedInTheHtmlReport() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("evil.txt"), "Headline with <script>alert('x')</script> inside\n\n"
                + "The mayor said \"<img src=x onerror=alert(1)>\" was typed into the form on Tuesday by someone.\n"
                + "<a href=\"javascript:alert(2)\">click here</a> appeared in the text of the article as well today.\n");
        Path out = tmp.resolve("ws");
        assertThat(Cli.run("analyze", in.toString(), "--out", out.toString()).code()).isZero();
        String html = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
        assertThat(html).doesNotContain("<script", "<img", "<a href=\"javascript")
                .contains("&lt;script&gt;alert('x')&lt;/script&gt;", "&lt;img src=x onerror=alert(1)&gt;");
        assertThat(html).contains("Content-Security-Policy");
        String md = Files.readString(out.resolve("report.md"));
        assertThat(md).doesNotContain("<script>");
    }

    @Test
    void noReadableInputIsAFailureWithAMessage() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.write(in.resolve("empty.txt"), new byte[0]);
        Cli r = Cli.run("analyze", in.toString(), "--out", tmp.resolve("ws").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("no document could be read");
    }

    @Test
    void usageErrorsExitWithTwo() {
        Cli r = Cli.run("analyze", "somewhere");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("Missing required option: '--out=DIR'");
    }

    @Test
    void reportsAreWrittenWithNoTemporaryFilesLeft() throws Exception {
        Path out = tmp.resolve("ws");
        Cli.run("analyze", Cli.repoRoot().resolve("examples/harbor-bridge").toString(), "--out", out.toString());
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }
}
