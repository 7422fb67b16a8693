package org.crosscheck.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.crosscheck.analysis.StandardPipeline;
import org.crosscheck.analysis.pipeline.ProgressListener;
import org.crosscheck.app.StoryPile;
import org.crosscheck.app.WorkspaceAnalyzer;
import org.crosscheck.ingest.IngestLimits;
import org.crosscheck.ingest.Ingestor;

/**
 * Test kit: a small invented pile of two stories (a bridge that fell, told by two articles; a
 * dock strike whose headline carries markup) grouped by {@code analyze --stories}'s code into
 * {@code tmp/pile}, and served as stories by the real server.
 */
final class PileServer implements AutoCloseable {
    static final String BRIDGE_1 = "Harbor Bridge collapses in Lindqvist\n\nThe Harbor Bridge in Lindqvist collapsed on Tuesday, injuring six "
            + "people. Mayor Ana Petrova said inspectors had warned the council about corroded cables. \"We were told the cables were "
            + "safe,\" Petrova said.\n";
    static final String BRIDGE_2 = "Six hurt as Lindqvist bridge falls\n\nSix people were hurt when the Harbor Bridge collapsed in Lindqvist. "
            + "Petrova told reporters that corroded cables had been reported to the council.\n";
    static final String STRIKE = "<b>Dockers</b> strike at Varnes\n\nDock workers at the Port of Varnes walked out on Monday over pay. The "
            + "Varnes Dockers Union said the strike would last until shipping companies raised wages.\n";

    final Path dir;
    final Ingestor ingestor;
    final CrosscheckServer server;
    final List<StoryPile.Entry> stories;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private PileServer(Path dir, Ingestor ingestor, CrosscheckServer server, List<StoryPile.Entry> stories) {
        this.dir = dir;
        this.ingestor = ingestor;
        this.server = server;
        this.stories = stories;
    }

    static PileServer start(Path tmp) {
        Path dir = tmp.resolve("pile");
        Ingestor ingestor = new Ingestor(IngestLimits.DEFAULTS);
        WorkspaceAnalyzer analyzer = new WorkspaceAnalyzer(StandardPipeline.create(DemoServer.NLP), "test");
        try {
            var read = List.of(ingestor.read("bridge-1.txt", BRIDGE_1.getBytes(StandardCharsets.UTF_8)),
                    ingestor.read("strike.txt", STRIKE.getBytes(StandardCharsets.UTF_8)),
                    ingestor.read("bridge-2.txt", BRIDGE_2.getBytes(StandardCharsets.UTF_8)));
            var o = new StoryPile(analyzer).run(dir, read, new WorkspaceAnalyzer.Settings("desk", null), ProgressListener.NONE);
            CrosscheckServer server = CrosscheckServer.startStories(dir, analyzer, ingestor, ServerSettings.DEFAULTS.withPort(0));
            return new PileServer(dir, ingestor, server, o.stories());
        } catch (IOException e) {
            ingestor.close();
            throw new UncheckedIOException(e);
        }
    }

    /** The story the bridge's two articles make. */
    StoryPile.Entry bridge() {
        return stories.stream().filter(e -> e.documents() == 2).findFirst().orElseThrow();
    }

    /** The story of the strike, whose headline holds markup. */
    StoryPile.Entry strike() {
        return stories.stream().filter(e -> e.documents() == 1).findFirst().orElseThrow();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    /** A GET with the token. */
    HttpResponse<String> get(String path) {
        HttpRequest req = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + server.token()).GET().build();
        try {
            return http.send(req, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    JsonNode json(String path) {
        HttpResponse<String> r = get(path);
        if (r.statusCode() != 200) throw new AssertionError(path + " answered " + r.statusCode() + ": " + r.body());
        try {
            return DemoServer.JSON.readTree(r.body());
        } catch (IOException e) {
            throw new AssertionError(path + " did not answer JSON: " + r.body(), e);
        }
    }

    /** The whole answer to a request line sent as it is (no client would send a hostile path unchanged), with the token. */
    String raw(String method, String target) {
        String request = method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + server.token()
                + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
        try (java.net.Socket s = new java.net.Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(30_000);
            s.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError("sending " + target + " failed: " + e, e);
        }
    }

    /** The status of a raw GET. */
    int rawStatus(String target) {
        return Integer.parseInt(raw("GET", target).lines().findFirst().orElseThrow().split(" ")[1]);
    }

    @Override
    public void close() {
        server.close();
        ingestor.close();
    }
}
