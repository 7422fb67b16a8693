package org.crosscheck.server;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.regex.Pattern;
import java.util.concurrent.atomic.AtomicReference;
import org.crosscheck.analysis.pipeline.ProgressListener;
import org.crosscheck.app.WorkspaceAnalyzer;
import org.crosscheck.ingest.Ingestor;
import org.crosscheck.model.Report;
import org.crosscheck.report.ReportReader;
import org.crosscheck.workspace.Workspace;
import org.eclipse.jetty.server.handler.MinimumDataRateHandler;
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
    private final Search search;

    private CrosscheckServer(Javalin app, Intake intake, Search search, ServerSettings settings, @Nullable String token) {
        this.app = app;
        this.intake = intake;
        this.search = search;
        this.settings = settings;
        this.token = token;
    }

    /**
     * Starts serving {@code ws}. Reports behind the workspace (a run killed after its commit) are
     * written again first; then its report.json is shown as it is, and when there is none (or it
     * cannot be read) the workspace's sources are analysed.
     *
     * @throws IllegalStateException when the port cannot be bound, saying which
     * @throws IllegalArgumentException when the settings cannot be served safely (no token off loopback, a missing --allow-path)
     */
    public static CrosscheckServer start(Workspace ws, WorkspaceAnalyzer analyzer, Ingestor ingestor, ServerSettings settings) {
        boolean loopback = settings.loopback();
        if (settings.noToken() && !loopback) {
            throw new IllegalArgumentException("--no-token is allowed on a loopback address only: off loopback anyone who reaches the port "
                    + "could read and add to the workspace");
        }
        String token = settings.noToken() ? null : settings.token() != null ? settings.token() : newToken();
        AllowedPaths allowed = new AllowedPaths(settings.allowedPaths());
        Search search = new Search(org.crosscheck.workspace.SearchIndex.open(ws.dir()));
        AtomicReference<Snapshot> current = new AtomicReference<>(initial(ws, analyzer));
        search.index(current.get());
        // a new report is indexed for search before requests see it, on the analysis's thread, so no reader waits for it
        Intake intake = new Intake(ws, analyzer, ingestor, s -> {
            search.index(s);
            current.set(s);
        }, settings.stallLimit());
        Path uploads = ws.dir().resolve(UPLOADS);
        try {
            Files.createDirectories(uploads);
            clear(uploads);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + uploads, e);
        }
        Guard guard = new Guard(token, loopback, settings.host());
        Site site = new Site(current::get, intake, search, ws.dir().resolve(Workspace.ORIGINALS), settings.maxUploadBytes(), allowed);
        Api api = new Api(current::get, intake, search, settings.maxUploadBytes());
        Semaphore arriving = new Semaphore(settings.uploadsAtOnce());
        Routes routes = new Routes();
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
            config.jetty.modifyServer(server -> {
                // a body that trickles in slower than this is cut off, so slow uploads cannot hold the server's threads
                server.setHandler(new MinimumDataRateHandler(settings.minUploadBytesPerSecond(), 0));
                server.setErrorHandler(new PlainErrors.ForServer());
            });
            config.jetty.modifyServletContextHandler(context -> context.setErrorHandler(new PlainErrors.ForContext()));
            config.routes.before(guard::check);

            routes.get(config, "/", site::overview);
            routes.get(config, "/claims", site::claims);
            routes.get(config, "/claims/{id}", site::claim);
            routes.get(config, "/quotes", site::quotes);
            routes.get(config, "/discrepancies", site::discrepancies);
            routes.get(config, "/timeline", site::timeline);
            routes.get(config, "/search", site::search);
            routes.get(config, "/entities", site::entities);
            routes.get(config, "/entities/{id}", site::entity);
            routes.get(config, "/sources/{id}", site::source);
            routes.post(config, "/sources/{id}/facts", site::editFacts);
            routes.get(config, "/originals/{sha256}", site::original);
            routes.get(config, "/add", site::addForm);
            routes.post(config, "/add", ctx -> oneOf(arriving, ctx, () -> site.add(ctx), false));
            routes.get(config, "/jobs/{id}", site::job);
            routes.get(config, "/export", site::exports);
            routes.get(config, "/export/{file}", site::export);
            routes.get(config, "/static/crosscheck.css", site::css);

            routes.get(config, "/api", api::index);
            routes.get(config, "/api/overview", api::overview);
            routes.get(config, "/api/documents", api::documents);
            routes.post(config, "/api/documents", ctx -> oneOf(arriving, ctx, () -> api.upload(ctx), true));
            routes.get(config, "/api/documents/{id}", api::document);
            routes.get(config, "/api/entities", ctx -> api.part(ctx, "entities"));
            routes.get(config, "/api/entities/{id}", api::entity);
            routes.get(config, "/api/quotes", ctx -> api.part(ctx, "quotes"));
            routes.get(config, "/api/claims", ctx -> api.part(ctx, "claims"));
            routes.get(config, "/api/claims/{id}", api::claim);
            routes.get(config, "/api/discrepancies", ctx -> api.part(ctx, "discrepancies"));
            routes.get(config, "/api/relations", ctx -> api.part(ctx, "relations"));
            routes.get(config, "/api/timeline", ctx -> api.part(ctx, "timeline"));
            routes.get(config, "/api/report", api::report);
            routes.get(config, "/api/search", api::search);
            routes.get(config, "/api/jobs/{id}", api::job);
            routes.get(config, "/api/openapi.json", api::openapi);

            config.routes.error(404, ctx -> {
                if (ctx.attribute(ANSWERED) != null) return; // a handler already said what is missing
                List<String> allowedMethods = routes.methods(ctx.path());
                if (!allowedMethods.isEmpty()) {
                    String allow = String.join(", ", allowedMethods);
                    ctx.header("Allow", allow);
                    ctx.status(HttpStatus.METHOD_NOT_ALLOWED);
                    String why = ctx.method() + " is not answered at " + ctx.path() + "; use " + allow + ".";
                    if (ctx.path().startsWith("/api/")) Api.error(ctx, HttpStatus.METHOD_NOT_ALLOWED, why);
                    else ctx.contentType("text/plain; charset=utf-8").result(why);
                    return;
                }
                if (ctx.path().startsWith("/api/")) api.notFound(ctx);
                else site.notFound(ctx, "There is no page " + ctx.path() + ".");
            });
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
                // the message is logged, not shown: it may name classes and paths of this machine
                if (ctx.path().startsWith("/api/")) {
                    Api.error(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "the server failed on this request; the workspace is unchanged; see the server's log");
                } else {
                    ctx.status(HttpStatus.INTERNAL_SERVER_ERROR).contentType("text/plain; charset=utf-8")
                            .result("The server failed on this request. The workspace is unchanged; see the server's log.");
                }
            });
        });
        try {
            app.start();
        } catch (RuntimeException e) {
            intake.close();
            search.close();
            throw new IllegalStateException("cannot listen on " + settings.host() + ":" + settings.port() + " (" + rootMessage(e)
                    + "); choose another with --port, or stop what is using it", e);
        }
        return new CrosscheckServer(app, intake, search, settings, token);
    }

    /**
     * Lets an upload in only while fewer than the limit are arriving: the rest are refused before
     * their bodies are read, and their connections closed, so a crowd of slow senders cannot take
     * every thread of the server.
     */
    private static void oneOf(Semaphore arriving, Context ctx, Runnable handler, boolean api) {
        if (!arriving.tryAcquire()) {
            ctx.header("Connection", "close");
            ctx.header("Retry-After", "5");
            String why = "too many uploads are arriving at once; try again in a few seconds";
            if (api) {
                Api.error(ctx, HttpStatus.SERVICE_UNAVAILABLE, why);
            } else {
                ctx.status(HttpStatus.SERVICE_UNAVAILABLE).contentType("text/plain; charset=utf-8").result("Not added: " + why + ".");
            }
            return;
        }
        try {
            handler.run();
        } finally {
            arriving.release();
        }
    }

    /** The routes, kept so that a request with another method is answered 405 with the methods the path takes. */
    private static final class Routes {
        private final List<Map.Entry<Pattern, String>> all = new ArrayList<>();

        void get(JavalinConfig config, String path, Handler h) {
            config.routes.get(path, h);
            add(path, "GET");
        }

        void post(JavalinConfig config, String path, Handler h) {
            config.routes.post(path, h);
            add(path, "POST");
        }

        private void add(String path, String method) {
            all.add(Map.entry(Pattern.compile(Pattern.quote(path).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q")), method));
        }

        List<String> methods(String path) {
            return all.stream().filter(e -> e.getKey().matcher(path).matches()).map(Map.Entry::getValue).distinct().toList();
        }
    }

    /** The reports as they stand, once written again when they were behind the workspace. */
    private static Snapshot initial(Workspace ws, WorkspaceAnalyzer analyzer) {
        if (!WorkspaceAnalyzer.reportsInStep(ws) && ws.documentCount() > 0) {
            LOG.warn("the reports in {} are behind its sources (an earlier run was stopped before it finished them, or an older "
                    + "crosscheck wrote them); writing them again", ws.dir());
            Report fresh = analyzer.bringReportsInStep(ws, ProgressListener.NONE);
            if (fresh != null) return new Snapshot(fresh);
        }
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

    /** Removes what uploads left behind when the server was killed while they arrived. */
    private static void clear(Path uploads) throws IOException {
        try (var files = Files.list(uploads)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) Files.deleteIfExists(p);
            }
        }
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

    /** The access token every request needs, or null when the server was started without one (loopback only). */
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
        search.close();
    }
}
