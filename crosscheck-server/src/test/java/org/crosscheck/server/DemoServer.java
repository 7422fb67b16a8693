package org.crosscheck.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.crosscheck.analysis.StandardPipeline;
import org.crosscheck.analysis.pipeline.ProgressListener;
import org.crosscheck.app.WorkspaceAnalyzer;
import org.crosscheck.ingest.IngestLimits;
import org.crosscheck.ingest.IngestResult;
import org.crosscheck.ingest.Ingestor;
import org.crosscheck.nlp.opennlp.OpenNlpAnalyzer;
import org.crosscheck.workspace.Workspace;

/**
 * Test kit: the demo corpus (examples/harbor-bridge) analysed into a fresh workspace and served
 * on a free loopback port by the real server, with an HTTP client that speaks to it carrying the
 * server's access token (except through {@link #anonymous}).
 */
final class DemoServer implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();

    final Path dir;
    final Workspace ws;
    final Ingestor ingestor;
    final WorkspaceAnalyzer analyzer;
    final CrosscheckServer server;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private DemoServer(Path dir, Workspace ws, Ingestor ingestor, WorkspaceAnalyzer analyzer, CrosscheckServer server) {
        this.dir = dir;
        this.ws = ws;
        this.ingestor = ingestor;
        this.analyzer = analyzer;
        this.server = server;
    }

    static DemoServer start(Path tmp) {
        return start(tmp, ServerSettings.DEFAULTS);
    }

    static final OpenNlpAnalyzer NLP = new OpenNlpAnalyzer(new org.crosscheck.nlp.nlp4j.Nlp4jTagger());

    static DemoServer start(Path tmp, ServerSettings settings) {
        return start(tmp, settings, nlp -> nlp);
    }

    /** The demo server whose analysis runs through {@code wrap} of the real language analyzer (to make it slow, say). */
    static DemoServer start(Path tmp, ServerSettings settings, java.util.function.UnaryOperator<org.crosscheck.nlp.LanguageAnalyzer> wrap) {
        Path dir = tmp.resolve("workspace");
        Workspace ws = Workspace.open(dir);
        Ingestor ingestor = new Ingestor(IngestLimits.DEFAULTS);
        WorkspaceAnalyzer analyzer = new WorkspaceAnalyzer(StandardPipeline.create(wrap.apply(NLP)), "test");
        List<IngestResult> read = new ArrayList<>();
        for (Path f : ingestor.files(List.of(demoCorpus()), dir, read::add)) read.addAll(ingestor.read(f));
        analyzer.run(ws, read, new WorkspaceAnalyzer.Settings("harbor-bridge", LocalDate.of(2025, 3, 12)), ProgressListener.NONE);
        return new DemoServer(dir, ws, ingestor, analyzer, CrosscheckServer.start(ws, analyzer, ingestor, settings.withPort(0)));
    }

    static Path demoCorpus() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("examples/harbor-bridge"))) p = p.getParent();
        if (p == null) throw new IllegalStateException("run the tests inside the repository");
        return p.resolve("examples/harbor-bridge");
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    /** A request to this server with its token. */
    HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(60));
        if (server.token() != null) b.header("Authorization", "Bearer " + server.token());
        return b;
    }

    HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder b = request(path);
        if (headers.length > 0) b.headers(headers);
        return send(b.GET().build());
    }

    /** A GET without the token, as another user of the machine would send it. */
    HttpResponse<String> anonymous(String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(30));
        if (headers.length > 0) b.headers(headers);
        return send(b.GET().build());
    }

    /** The page of the claim most sources carry (claim ids are made from content, so tests look them up). */
    String firstClaimPage() {
        return "/claims/" + json("/api/claims").get(0).path("id").asText();
    }

    JsonNode json(String path) {
        HttpResponse<String> r = get(path);
        if (r.statusCode() != 200) throw new AssertionError(path + " answered " + r.statusCode() + ": " + r.body());
        try {
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new AssertionError(path + " did not answer JSON: " + r.body(), e);
        }
    }

    /** The status of a GET sent with this Host header and the token, over a plain socket (Java's HTTP client will not send another Host). */
    int rawStatus(String path, String host) {
        return Integer.parseInt(raw("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\n" + auth() + "Connection: close\r\n\r\n")
                .lines().findFirst().orElseThrow().split(" ")[1]);
    }

    /** The Authorization header line, or nothing when the server wants no token. */
    String auth() {
        return server.token() == null ? "" : "Authorization: Bearer " + server.token() + "\r\n";
    }

    /** The whole answer to bytes sent as they are over a plain socket: for requests no HTTP client would send. */
    String raw(String request) {
        try (java.net.Socket s = new java.net.Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(10_000);
            s.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new AssertionError("sending " + request.lines().findFirst().orElse("") + " failed: " + e, e);
        }
    }

    /** A multipart/form-data POST of files in field {@code file}, as a browser's form sends them. */
    HttpResponse<String> upload(String path, Map<String, byte[]> files, String... headers) {
        String boundary = "----crosscheck-test-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (var f : files.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + f.getKey()
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(f.getValue());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder b = request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary);
        if (headers.length > 0) b.headers(headers);
        return send(b.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    /** Polls a job until it is done or failed. */
    JsonNode awaitJob(String id) {
        long until = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < until) {
            JsonNode job = json("/api/jobs/" + id);
            String state = job.path("state").asText();
            if (state.equals("done") || state.equals("failed")) return job;
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
        throw new AssertionError("job " + id + " did not finish in two minutes");
    }

    HttpResponse<String> send(HttpRequest req) {
        try {
            return http.send(req, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(req.uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** The workspace's files other than the lock, with their sizes: what must not change when an addition fails. */
    Map<String, Long> files() throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals(".lock")
                    && !p.toString().contains(CrosscheckServer.UPLOADS) && !p.getFileName().toString().endsWith("-wal")
                    && !p.getFileName().toString().endsWith("-shm"))
                    .collect(java.util.stream.Collectors.toMap(p -> dir.relativize(p).toString(), p -> p.toFile().length()));
        }
    }

    @Override
    public void close() {
        server.close();
        ingestor.close();
        ws.close();
    }
}
