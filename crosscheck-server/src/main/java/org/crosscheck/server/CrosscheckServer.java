package org.crosscheck.server;

import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.crosscheck.analysis.pipeline.ProgressListener;
import org.crosscheck.app.WorkspaceAnalyzer;
import org.crosscheck.ingest.Ingestor;
import org.crosscheck.report.ReportReader;
import org.crosscheck.workspace.Workspace;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code crosscheck serve}: the web view and JSON API over one open workspace. Started with
 * {@link #start}; serves until {@link #close}, which lets a running analysis finish first. The
 * caller keeps ownership of the workspace and the ingestor and closes them after the server.
 * Thread-safe.
 */
public final class CrosscheckServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CrosscheckServer.class);
    /** The folder inside the workspace where Jetty may spill large uploads while they arrive (hidden, so never read as a source). */
    static final String UPLOADS = ".uploads";
    /** Set on a request whose handler wrote its own error page, so the generic one does not replace it. */
    static final String ANSWERED = "crosscheck.answered";

    private final Javalin app;
    private final Intake intake;
    private final ServerSettings settings;
    private final @Nullable String token;

    private CrosscheckServer(Javalin app, Intake intake, ServerSettings settings, @Nullable String token) {
        this.app = app;
        this.intake = intake;
        this.settings = settings;
        this.token = token;
    }

    /**
     * Starts serving {@code ws}. Its report.json is shown as it is; when there is none (or it cannot
     * be read) the workspace's sources are analysed first.
     *
     * @throws IllegalStateException when the port cannot be bound, saying which
     */
    public static CrosscheckServer start(Workspace ws, WorkspaceAnalyzer analyzer, Ingestor ingestor, ServerSettings settings) {
        boolean loopback = settings.loopback();
        String token = settings.token() != null ? settings.token() : loopback ? null : newToken();
        AtomicReference<Snapshot> current = new AtomicReference<>(initial(ws, analyzer));
        Intake intake = new Intake(ws, analyzer, ingestor, current);
        Path uploads = ws.dir().resolve(UPLOADS);
        try {
            Files.createDirectories(uploads);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + uploads, e);
        }
        Guard guard = new Guard(token, loopback);
        Site site = new Site(current::get, intake, ws.dir().resolve(Workspace.ORIGINALS), settings.maxUploadBytes());
        Api api = new Api(current::get, intake, settings.maxUploadBytes());
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.jetty.host = settings.host();
            config.jetty.port = settings.port();
            config.jetty.multipartConfig.cacheDirectory(uploads.toAbsolutePath().toString());
            config.jetty.multipartConfig.maxFileSize(settings.maxUploadBytes(), SizeUnit.BYTES);
            config.jetty.multipartConfig.maxTotalRequestSize(settings.maxUploadBytes() + 64 * 1024, SizeUnit.BYTES);
            config.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
            config.http.maxRequestSize = 1024 * 1024;
            config.routes.before(guard::check);

            config.routes.get("/", site::overview);
            config.routes.get("/claims", site::claims);
            config.routes.get("/claims/{id}", site::claim);
            config.routes.get("/quotes", site::quotes);
            config.routes.get("/discrepancies", site::discrepancies);
            config.routes.get("/timeline", site::timeline);
            config.routes.get("/sources/{id}", site::source);
            config.routes.post("/sources/{id}/facts", site::editFacts);
            config.routes.get("/originals/{sha256}", site::original);
            config.routes.get("/add", site::addForm);
            config.routes.post("/add", site::add);
            config.routes.get("/jobs/{id}", site::job);
            config.routes.get("/export", site::exports);
            config.routes.get("/export/{file}", site::export);
            config.routes.get("/static/crosscheck.css", site::css);

            config.routes.get("/api/overview", api::overview);
            config.routes.get("/api/documents", api::documents);
            config.routes.post("/api/documents", api::upload);
            config.routes.get("/api/documents/{id}", api::document);
            config.routes.get("/api/entities", ctx -> api.part(ctx, "entities"));
            config.routes.get("/api/quotes", ctx -> api.part(ctx, "quotes"));
            config.routes.get("/api/claims", ctx -> api.part(ctx, "claims"));
            config.routes.get("/api/claims/{id}", api::claim);
            config.routes.get("/api/discrepancies", ctx -> api.part(ctx, "discrepancies"));
            config.routes.get("/api/relations", ctx -> api.part(ctx, "relations"));
            config.routes.get("/api/timeline", ctx -> api.part(ctx, "timeline"));
            config.routes.get("/api/report", api::report);
            config.routes.get("/api/jobs/{id}", api::job);
            config.routes.get("/api/openapi.json", api::openapi);

            config.routes.error(404, ctx -> {
                if (ctx.attribute(ANSWERED) != null) return; // a handler already said what is missing
                if (ctx.path().startsWith("/api/")) api.notFound(ctx);
                else site.notFound(ctx, "There is no page " + ctx.path() + ".");
            });
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
                if (ctx.path().startsWith("/api/")) {
                    Api.error(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "the server failed: " + e.getMessage());
                } else {
                    ctx.status(HttpStatus.INTERNAL_SERVER_ERROR).contentType("text/plain; charset=utf-8")
                            .result("The server failed on this request: " + e.getMessage() + "\nThe workspace is unchanged; see the server's log.");
                }
            });
        });
        try {
            app.start();
        } catch (RuntimeException e) {
            intake.close();
            throw new IllegalStateException("cannot listen on " + settings.host() + ":" + settings.port() + " (" + rootMessage(e)
                    + "); choose another with --port, or stop what is using it", e);
        }
        return new CrosscheckServer(app, intake, settings, token);
    }

    private static Snapshot initial(Workspace ws, WorkspaceAnalyzer analyzer) {
        byte[] json = ws.readFile("report.json");
        if (json != null) {
            try {
                return new Snapshot(ReportReader.read(json));
            } catch (ReportReader.BadReportException e) {
                LOG.warn("{} cannot be shown ({}); analysing the workspace again", ws.dir().resolve("report.json"), e.getMessage());
            }
        }
        if (ws.documents().isEmpty()) {
            return Snapshot.empty(WorkspaceAnalyzer.effective(ws, WorkspaceAnalyzer.Settings.REMEMBERED).corpusName());
        }
        LOG.info("analysing the {} sources of {}", ws.documents().size(), ws.dir());
        return new Snapshot(analyzer.run(ws, List.of(), WorkspaceAnalyzer.Settings.REMEMBERED, ProgressListener.NONE).report());
    }

    private static String newToken() {
        byte[] b = new byte[24];
        new SecureRandom().nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return String.valueOf(t.getMessage());
    }

    /** The port the server listens on (the one chosen when the settings asked for any). */
    public int port() {
        return app.port();
    }

    /** The access token required off loopback, or null on loopback. */
    public @Nullable String token() {
        return token;
    }

    /** The address to open, with the access token when one is required. */
    public URI address() {
        String host = settings.host().contains(":") ? "[" + settings.host() + "]" : settings.host();
        return URI.create("http://" + host + ":" + port() + "/" + (token == null ? "" : "?token=" + token));
    }

    /** Finishes the running analysis (queued ones are dropped), then stops serving. */
    @Override
    public void close() {
        intake.close();
        app.stop();
    }
}
