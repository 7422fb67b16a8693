package org.crosscheck.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server as another user of the machine, or a careless or hostile caller, meets it: no token,
 * a spoofed Host, paths outside what it may read, links out of them, wrong methods, malformed
 * requests, a crowd of slow uploads, a document whose analysis stalls. Each gets a clear refusal
 * and leaves the workspace as it was.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrustBoundaryTest {
    @TempDir
    static Path tmp;

    DemoServer demo;
    Path allowed;

    @BeforeAll
    void start() throws IOException {
        allowed = Files.createDirectories(tmp.resolve("allowed"));
        demo = DemoServer.start(tmp.resolve("server"), ServerSettings.DEFAULTS.withAllowedPaths(List.of(allowed)));
    }

    @AfterAll
    void stop() {
        if (demo != null) demo.close();
    }

    @Test
    void onLoopbackTooARequestWithoutTheTokenGetsNothingWhateverItsHost() {
        assertThat(demo.server.token()).isNotBlank();
        assertThat(demo.server.address().toString()).contains("?token=" + demo.server.token());
        assertThat(demo.anonymous("/").statusCode()).isEqualTo(401);
        assertThat(demo.anonymous("/api/documents/03-northern-herald").statusCode()).isEqualTo(401);
        String spoofed = demo.raw("GET /api/report HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        assertThat(spoofed).startsWith("HTTP/1.1 401");
        String post = demo.raw("POST /add HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                + "Content-Length: 16\r\nConnection: close\r\n\r\npath=/etc/shadow");
        assertThat(post).startsWith("HTTP/1.1 401");
    }

    @Test
    void aPathOutsideTheAllowedFoldersIsRefusedInTheSameWordsWhetherSomethingIsThereOrNot() throws Exception {
        Files.createSymbolicLink(allowed.resolve("passwd-link"), Path.of("/etc/passwd"));
        ServerTest.State before = state();
        List<String> answers = new ArrayList<>();
        for (String path : List.of("/etc/passwd", "/etc/no-such-file", allowed + "/../../../etc/passwd", allowed.resolve("passwd-link").toString(),
                allowed.resolve("no-such-file").toString(), "relative/path")) {
            HttpResponse<String> r = ServerTest.postPath(demo, path);
            assertThat(r.statusCode()).as(path).isEqualTo(400);
            String said = Jsoup.parse(r.body()).select("p.error").text();
            assertThat(said).as(path).isEqualTo("Not added: there is no file or folder " + path + " under the folders this server may read ("
                    + allowed.toAbsolutePath().normalize() + ").");
            answers.add(said.replace(path, "PATH"));
        }
        assertThat(answers).as("one answer whatever is there").containsOnly(answers.get(0));
        assertThat(state()).isEqualTo(before);
        Files.delete(allowed.resolve("passwd-link"));
    }

    @Test
    void aLinkInsideAnAllowedFolderIsNotFollowedOutOfItAndIsNamed() throws Exception {
        Path folder = Files.createDirectories(allowed.resolve("batch"));
        Files.writeString(folder.resolve("09-pier.txt"), "Pier closed\n\nThe harbour master said the pier stays closed until Friday.\n");
        Files.createSymbolicLink(folder.resolve("shadow.txt"), Path.of("/etc/shadow"));
        Files.createSymbolicLink(folder.resolve("etc"), Path.of("/etc"));
        HttpResponse<String> r = ServerTest.postPath(demo, folder.toString());
        assertThat(r.statusCode()).isEqualTo(303);
        JsonNode job = demo.awaitJob(r.headers().firstValue("Location").orElseThrow().replace("/jobs/", ""));
        assertThat(job.path("added")).extracting(JsonNode::asText).containsExactly("09-pier");
        assertThat(job.path("skipped")).extracting(JsonNode::asText).containsExactlyInAnyOrder(
                folder.resolve("etc") + ": symbolic link leading out of the folders given, not followed (name its target itself, or use --follow-links)",
                folder.resolve("shadow.txt") + ": symbolic link leading out of the folders given, not followed (name its target itself, or use --follow-links)");
        assertThat(demo.json("/api/documents")).extracting(d -> d.path("path").asText()).noneMatch(p -> p.contains("etc") || p.contains("shadow"));
    }

    @Test
    void theAddressPrintedForAnotherLoopbackAddressAnswersAndOnlyWithTheToken(@TempDir Path other) throws Exception {
        try (DemoServer second = DemoServer.start(other, ServerSettings.DEFAULTS.withHost("127.0.0.2"))) {
            URI printed = second.server.address();
            assertThat(printed.getHost()).isEqualTo("127.0.0.2");
            HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
            HttpResponse<String> open = http.send(HttpRequest.newBuilder(printed).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(open.statusCode()).isEqualTo(302);
            String cookie = open.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(printed.resolve("/claims")).header("Cookie", cookie).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(http.send(HttpRequest.newBuilder(printed.resolve("/claims")).build(), HttpResponse.BodyHandlers.ofString()).statusCode())
                    .isEqualTo(401);
        }
    }

    @Test
    void noTokenIsRefusedOffLoopbackAndSaidLoudlyOnIt(@TempDir Path other) {
        assertThatThrownBy(() -> CrosscheckServer.start(demo.ws, demo.analyzer, demo.ingestor,
                ServerSettings.DEFAULTS.withHost("0.0.0.0").withPort(0).withoutToken()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--no-token is allowed on a loopback address only");
        try (DemoServer open = DemoServer.start(other, ServerSettings.DEFAULTS.withoutToken())) {
            assertThat(open.server.token()).isNull();
            assertThat(open.anonymous("/").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aWrongMethodIsAnswered405WithTheMethodsThePathTakes() {
        HttpResponse<String> delete = demo.send(demo.request("/claims").DELETE().build());
        assertThat(delete.statusCode()).isEqualTo(405);
        assertThat(delete.headers().firstValue("Allow")).hasValue("GET");
        HttpResponse<String> put = demo.send(demo.request("/api/documents").PUT(HttpRequest.BodyPublishers.ofString("x")).build());
        assertThat(put.statusCode()).isEqualTo(405);
        assertThat(put.headers().firstValue("Allow")).hasValue("GET, POST");
        assertThat(put.body()).contains("\"error\"");
        assertThat(demo.send(demo.request("/sources/03-northern-herald").POST(HttpRequest.BodyPublishers.noBody()).build()).statusCode())
                .isEqualTo(405);
        assertThat(demo.send(demo.request("/nowhere").DELETE().build()).statusCode()).isEqualTo(404);
    }

    @Test
    void jettysOwnErrorAnswersCarryTheSecurityHeadersAndNoClassNamesOrPaths() {
        for (String request : List.of("GET /%zz HTTP/1.1\r\nHost: 127.0.0.1\r\n" + demo.auth() + "Connection: close\r\n\r\n",
                "GET /sources/a%2F..%2F..%2Fb HTTP/1.1\r\nHost: 127.0.0.1\r\n" + demo.auth() + "Connection: close\r\n\r\n",
                "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + "x".repeat(40_000) + "\r\nConnection: close\r\n\r\n",
                "BREW / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: nonsense\r\n\r\n")) {
            String answer = demo.raw(request);
            String status = answer.lines().findFirst().orElse("");
            assertThat(status).as(request.substring(0, 20)).matches("HTTP/1.1 4\\d\\d .*");
            assertThat(answer).as(status).contains("Content-Security-Policy: " + Guard.CSP).contains("X-Content-Type-Options: nosniff")
                    .doesNotContain("org.eclipse").doesNotContainIgnoringCase("jetty").doesNotContain("Exception").doesNotContain("HTTP ERROR")
                    .doesNotContain(tmp.toString());
        }
    }

    @Test
    void uploadsBeyondTheLimitAreRefusedAtOnceWhileSlowOnesArriveAndReadersStillGetAnswers(@TempDir Path other) throws Exception {
        try (DemoServer small = DemoServer.start(other, ServerSettings.DEFAULTS.withUploadsAtOnce(2).withMinUploadBytesPerSecond(1))) {
            List<Socket> slow = new ArrayList<>();
            try {
                for (int i = 0; i < 2; i++) slow.add(slowUpload(small));
                Thread.sleep(500); // both are inside the handler, reading their bodies
                long t0 = System.nanoTime();
                HttpResponse<String> refused = small.upload("/api/documents", Map.of("x.txt", "A ferry ran, he said.\n".getBytes(StandardCharsets.UTF_8)));
                assertThat(refused.statusCode()).isEqualTo(503);
                assertThat(refused.body()).contains("too many uploads are arriving at once");
                assertThat(small.get("/claims").statusCode()).isEqualTo(200);
                assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(10));
            } finally {
                for (Socket s : slow) s.close();
            }
            assertThat(small.ws.documents()).hasSize(6);
        }
    }

    @Test
    void aBodyThatTricklesInSlowerThanTheMinimumRateIsCutOff(@TempDir Path other) throws Exception {
        try (DemoServer strict = DemoServer.start(other, ServerSettings.DEFAULTS.withMinUploadBytesPerSecond(1000));
                Socket s = slowUpload(strict)) {
            s.setSoTimeout(1000);
            OutputStream out = s.getOutputStream();
            long until = System.nanoTime() + Duration.ofSeconds(40).toNanos();
            boolean cut = false;
            while (System.nanoTime() < until && !cut) {
                try {
                    out.write('x');
                    out.flush();
                    s.getInputStream().read(); // an answer, or the end of the stream: either way the server let go of the upload
                    cut = true;
                } catch (java.net.SocketTimeoutException e) {
                    // nothing yet: keep trickling
                } catch (IOException e) {
                    cut = true;
                }
            }
            assertThat(cut).as("the server cut off a body arriving at 1 byte a second").isTrue();
            assertThat(strict.ws.documents()).hasSize(6);
        }
    }

    @Test
    void anAnalysisThatStallsFailsWithoutChangingTheWorkspaceAndTheNextAdditionGoesAhead(@TempDir Path other) throws Exception {
        try (DemoServer stalling = DemoServer.start(other, ServerSettings.DEFAULTS.withStallLimit(Duration.ofSeconds(2)), nlp -> (text, start, end) -> {
            if (text.substring(start, end).contains("STALL")) {
                try {
                    Thread.sleep(6_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return nlp.analyze(text, start, end);
        })) {
            ServerTest.State before = ServerTest.state(stalling);
            HttpResponse<String> r = stalling.upload("/api/documents", Map.of("slow.txt", "Slow\n\nThe STALL word makes this one slow, he said.\n"
                    .getBytes(StandardCharsets.UTF_8)));
            JsonNode job = stalling.awaitJob(DemoServer.JSON.readTree(r.body()).path("id").asText());
            assertThat(job.path("state").asText()).isEqualTo("failed");
            assertThat(job.path("message").asText()).contains("without finishing a document").contains("Nothing was added");
            assertThat(ServerTest.state(stalling)).isEqualTo(before);
            HttpResponse<String> next = stalling.upload("/api/documents", Map.of("10-quay.txt", "Quay\n\nThe quay reopened on Friday, the mayor said.\n"
                    .getBytes(StandardCharsets.UTF_8)));
            JsonNode done = stalling.awaitJob(DemoServer.JSON.readTree(next.body()).path("id").asText());
            assertThat(done.path("state").asText()).as(done.toString()).isEqualTo("done");
            assertThat(done.path("added")).extracting(JsonNode::asText).containsExactly("10-quay");
        }
    }

    @Test
    void aWorkspaceWhoseRunWasKilledBeforeItsReportsIsServedInStepWithTheNewDocument(@TempDir Path other) throws Exception {
        Path dir = other.resolve("ws");
        byte[] second = "Ferry\n\nThe ferry ran again on Thursday, the harbour master said.\n".getBytes(StandardCharsets.UTF_8);
        try (org.crosscheck.workspace.Workspace ws = org.crosscheck.workspace.Workspace.open(dir)) {
            demo.analyzer.run(ws, List.of(demo.ingestor.read("a.txt", "Bridge\n\nThe bridge fell on Tuesday, the mayor said.\n"
                    .getBytes(StandardCharsets.UTF_8))), org.crosscheck.app.WorkspaceAnalyzer.Settings.REMEMBERED,
                    org.crosscheck.analysis.pipeline.ProgressListener.NONE);
            Throwable killed = org.assertj.core.api.Assertions.catchThrowable(() -> demo.analyzer.run(ws, List.of(demo.ingestor.read("b.txt",
                    second)), org.crosscheck.app.WorkspaceAnalyzer.Settings.REMEMBERED, (stage, done, total) -> {
                        if (stage.equals(org.crosscheck.app.WorkspaceAnalyzer.WRITING_REPORTS)) throw new Error("killed before the reports");
                    }));
            assertThat(killed).hasMessage("killed before the reports");
            assertThat(ws.documents()).hasSize(2);
        }
        try (org.crosscheck.workspace.Workspace ws = org.crosscheck.workspace.Workspace.open(dir);
                CrosscheckServer server = CrosscheckServer.start(ws, demo.analyzer, demo.ingestor, ServerSettings.DEFAULTS.withPort(0))) {
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> doc = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/documents/b"))
                    .header("Authorization", "Bearer " + server.token()).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(doc.statusCode()).isEqualTo(200);
            assertThat(DemoServer.JSON.readTree(Files.readAllBytes(dir.resolve("report.json"))).path("corpus").path("documents").asInt()).isEqualTo(2);
        }
    }

    /** A socket that has sent the headers of a large multipart upload and none of its body. */
    private static Socket slowUpload(DemoServer s) throws IOException {
        Socket socket = new Socket("127.0.0.1", s.server.port());
        String head = "POST /api/documents HTTP/1.1\r\nHost: 127.0.0.1\r\n" + s.auth()
                + "Content-Type: multipart/form-data; boundary=b\r\nContent-Length: 100000\r\n\r\n--b\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"slow.txt\"\r\n\r\n";
        socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        return socket;
    }

    private ServerTest.State state() throws IOException {
        return ServerTest.state(demo);
    }
}
