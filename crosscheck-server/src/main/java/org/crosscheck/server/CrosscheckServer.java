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
import org.crosscheck.app.StoryPile;
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
    private final @Nullable Intake intake;
    private final AutoCloseable served;
    private final ServerSettings settings;
    private final @Nullable String token;

    private CrosscheckServer(Javalin app, @Nullable Intake intake, AutoCloseable served, ServerSettings settings, @Nullable String token) {
        this.app = app;
        this.intake = intake;
        this.served = served;
        this.settings = settings;
        this.token = token;
    }

    /** One workspace's handlers: its pages and its API. */
    record View(Site site, Api api) {}

    /**
     * Starts serving {@code ws}. Reports behind the workspace (a run killed after its commit) are
     * written again first; then its report.json is shown as it is, and when there is none (or it
     * cannot be read) the workspace's sources are analysed.
     *
     * @throws IllegalStateException when the port cannot be bound, saying which
     * @throws IllegalArgumentException when the settings cannot be served safely (no token off loopback, a missing --allow-path)
     */
    public static CrosscheckServer start(Workspace ws, WorkspaceAnalyzer analyzer, Ingestor ingestor, ServerSettings settings) {
        String token = token(settings);
        AllowedPaths allowed = new AllowedPaths(settings.allowedPaths());
        Search search = new Search(org.crosscheck.workspace.SearchIndex.open(ws.dir()));
        AtomicReference<Snapshot> current = new AtomicReference<>(initial(ws, analyzer, Mount.ROOT));
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
        Site site = new Site(current::get, intake, search, ws.dir().resolve(Workspace.ORIGINALS), settings.maxUploadBytes(), allowed);
        Api api = new Api(current::get, intake, search, settings.maxUploadBytes());
        View view = new View(site, api);
        Semaphore arriving = new Semaphore(settings.uploadsAtOnce());
        Javalin app = app(settings, token, uploads, (config, routes) -> {
            workspaceRoutes(config, routes, "", ctx -> view, true, arriving);
            notFound(config, routes, ctx -> view, (ctx, why) -> site.notFound(ctx, why));
        });
        try {
            app.start();
        } catch (RuntimeException e) {
            intake.close();
            search.close();
            throw cannotListen(settings, e);
        }
        return new CrosscheckServer(app, intake, search, settings, token);
    }

    /**
     * Starts serving the pile of stories in {@code pile} (the --out of {@code analyze --stories}):
     * the index of stories at {@code /}, and each story's pages, read-only, under
     * {@code /stories/ID/}. A story's workspace is opened when its pages are first asked for, and
     * stays open (and locked) until the server stops.
     *
     * @throws IllegalStateException when the port cannot be bound, saying which
     * @throws IllegalArgumentException when the settings cannot be served safely, or {@code pile} holds no index of stories
     */
    public static CrosscheckServer startStories(Path pile, WorkspaceAnalyzer analyzer, Ingestor ingestor, ServerSettings settings) {
        String token = token(settings);
        Pile stories = new Pile(pile, id -> {
            Workspace ws = Workspace.open(pile.resolve("stories").resolve(id));
            try {
                // the header names the story by its headline in the index, as the index does (the workspace's own name is its id)
                Mount mount = Mount.story(id, StoryPile.readIndex(pile).stream().filter(e -> e.id().equals(id)).map(StoryPile.Entry::title)
                        .filter(java.util.Objects::nonNull).findFirst().orElse(null));
                Search search = new Search(org.crosscheck.workspace.SearchIndex.open(ws.dir()));
                Snapshot snapshot = initial(ws, analyzer, mount);
                search.index(snapshot);
                // never given work (a story's pages add nothing), but the pages share their code with a workspace's that do
                Intake idle = new Intake(ws, analyzer, ingestor, s -> {}, settings.stallLimit());
                Site site = new Site(() -> snapshot, idle, search, ws.dir().resolve(Workspace.ORIGINALS), settings.maxUploadBytes(),
                        new AllowedPaths(List.of()));
                return new Pile.Story(new View(site, new Api(() -> snapshot, idle, search, settings.maxUploadBytes())), () -> {
                    idle.close();
                    search.close();
                    ws.close();
                });
            } catch (IOException e) {
                ws.close();
                throw new UncheckedIOException("cannot read the index of stories in " + pile, e);
            } catch (RuntimeException e) {
                ws.close();
                throw e;
            }
        });
        PileSite index = new PileSite(stories);
        Javalin app = app(settings, token, null, (config, routes) -> {
            routes.get(config, "/", index::index);
            workspaceRoutes(config, routes, "/stories/{story}", ctx -> stories.view(ctx.pathParam("story")), false, null);
            config.routes.exception(Pile.UnavailableException.class, index::unavailable);
            notFound(config, routes, stories::viewOf, index::notFound);
        });
        try {
            app.start();
        } catch (RuntimeException e) {
            stories.close();
            throw cannotListen(settings, e);
        }
        return new CrosscheckServer(app, null, stories, settings, token);
    }

    private static final Pattern API = Pattern.compile("(/stories/[0-9a-f]{1,64})?/api/.*");

    /** Whether the request is for an API, whose answers are JSON, errors too. */
    private static boolean api(Context ctx) {
        return API.matcher(ctx.path()).matches();
    }

    private static String token(ServerSettings settings) {
        if (settings.noToken() && !settings.loopback()) {
            throw new IllegalArgumentException("--no-token is allowed on a loopback address only: off loopback anyone who reaches the port "
                    + "could read and add to the workspace");
        }
        return settings.noToken() ? null : settings.token() != null ? settings.token() : newToken();
    }

    private static IllegalStateException cannotListen(ServerSettings settings, RuntimeException e) {
        return new IllegalStateException("cannot listen on " + settings.host() + ":" + settings.port() + " (" + rootMessage(e)
                + "); choose another with --port, or stop what is using it", e);
    }

    /** The server, its guard and its error answers, with the routes {@code routes} adds. */
    private static Javalin app(ServerSettings settings, @Nullable String token, @Nullable Path uploads,
            java.util.function.BiConsumer<JavalinConfig, Routes> addRoutes) {
        Guard guard = new Guard(token, settings.loopback(), settings.host());
        Routes routes = new Routes();
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.jetty.host = settings.host();
            config.jetty.port = settings.port();
            if (uploads != null) {
                config.jetty.multipartConfig.cacheDirectory(uploads.toAbsolutePath().toString());
                config.jetty.multipartConfig.maxFileSize(settings.maxUploadBytes(), SizeUnit.BYTES);
                config.jetty.multipartConfig.maxTotalRequestSize(settings.maxUploadBytes() + 64 * 1024, SizeUnit.BYTES);
                config.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
            }
            config.http.maxRequestSize = 1024 * 1024;
            config.jetty.modifyServer(server -> {
                // a body that trickles in slower than this is cut off, so slow uploads cannot hold the server's threads
                server.setHandler(new MinimumDataRateHandler(settings.minUploadBytesPerSecond(), 0));
                server.setErrorHandler(new PlainErrors.ForServer());
            });
            config.jetty.modifyServletContextHandler(context -> context.setErrorHandler(new PlainErrors.ForContext()));
            config.routes.before(guard::check);
            routes.get(config, "/static/crosscheck.css", Site::css);
            addRoutes.accept(config, routes);
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
                // the message is logged, not shown: it may name classes and paths of this machine
                if (api(ctx)) {
                    Api.error(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "the server failed on this request; the workspace is unchanged; see the server's log");
                } else {
                    ctx.status(HttpStatus.INTERNAL_SERVER_ERROR).contentType("text/plain; charset=utf-8")
                            .result("The server failed on this request. The workspace is unchanged; see the server's log.");
                }
            });
        });
    }

    /**
     * A workspace's pages and API under {@code prefix} ("" at the root), each handled by the view
     * {@code view} finds for the request; the routes that add to the workspace only when it is
     * {@code editable}.
     */
    private static void workspaceRoutes(JavalinConfig config, Routes routes, String prefix, java.util.function.Function<Context, View> view,
            boolean editable, @Nullable Semaphore arriving) {
        routes.get(config, prefix + "/", ctx -> view.apply(ctx).site().overview(ctx));
        routes.get(config, prefix + "/claims", ctx -> view.apply(ctx).site().claims(ctx));
        routes.get(config, prefix + "/claims/{id}", ctx -> view.apply(ctx).site().claim(ctx));
        routes.get(config, prefix + "/quotes", ctx -> view.apply(ctx).site().quotes(ctx));
        routes.get(config, prefix + "/discrepancies", ctx -> view.apply(ctx).site().discrepancies(ctx));
        routes.get(config, prefix + "/timeline", ctx -> view.apply(ctx).site().timeline(ctx));
        routes.get(config, prefix + "/search", ctx -> view.apply(ctx).site().search(ctx));
        routes.get(config, prefix + "/entities", ctx -> view.apply(ctx).site().entities(ctx));
        routes.get(config, prefix + "/entities/{id}", ctx -> view.apply(ctx).site().entity(ctx));
        routes.get(config, prefix + "/sources/{id}", ctx -> view.apply(ctx).site().source(ctx));
        routes.get(config, prefix + "/originals/{sha256}", ctx -> view.apply(ctx).site().original(ctx));
        routes.get(config, prefix + "/export", ctx -> view.apply(ctx).site().exports(ctx));
        routes.get(config, prefix + "/export/{file}", ctx -> view.apply(ctx).site().export(ctx));

        routes.get(config, prefix + "/api", ctx -> view.apply(ctx).api().index(ctx));
        routes.get(config, prefix + "/api/overview", ctx -> view.apply(ctx).api().overview(ctx));
        routes.get(config, prefix + "/api/documents", ctx -> view.apply(ctx).api().documents(ctx));
        routes.get(config, prefix + "/api/documents/{id}", ctx -> view.apply(ctx).api().document(ctx));
        routes.get(config, prefix + "/api/entities", ctx -> view.apply(ctx).api().part(ctx, "entities"));
        routes.get(config, prefix + "/api/entities/{id}", ctx -> view.apply(ctx).api().entity(ctx));
        routes.get(config, prefix + "/api/quotes", ctx -> view.apply(ctx).api().part(ctx, "quotes"));
        routes.get(config, prefix + "/api/claims", ctx -> view.apply(ctx).api().part(ctx, "claims"));
        routes.get(config, prefix + "/api/claims/{id}", ctx -> view.apply(ctx).api().claim(ctx));
        routes.get(config, prefix + "/api/discrepancies", ctx -> view.apply(ctx).api().part(ctx, "discrepancies"));
        routes.get(config, prefix + "/api/relations", ctx -> view.apply(ctx).api().part(ctx, "relations"));
        routes.get(config, prefix + "/api/timeline", ctx -> view.apply(ctx).api().part(ctx, "timeline"));
        routes.get(config, prefix + "/api/report", ctx -> view.apply(ctx).api().report(ctx));
        routes.get(config, prefix + "/api/search", ctx -> view.apply(ctx).api().search(ctx));
        routes.get(config, prefix + "/api/openapi.json", ctx -> view.apply(ctx).api().openapi(ctx));
        if (!editable) return;
        if (arriving == null) throw new IllegalArgumentException("an editable workspace needs its upload limit");
        routes.post(config, prefix + "/sources/{id}/facts", ctx -> view.apply(ctx).site().editFacts(ctx));
        routes.get(config, prefix + "/add", ctx -> view.apply(ctx).site().addForm(ctx));
        routes.post(config, prefix + "/add", ctx -> oneOf(arriving, ctx, () -> view.apply(ctx).site().add(ctx), false));
        routes.get(config, prefix + "/jobs/{id}", ctx -> view.apply(ctx).site().job(ctx));
        routes.post(config, prefix + "/api/documents", ctx -> oneOf(arriving, ctx, () -> view.apply(ctx).api().upload(ctx), true));
        routes.get(config, prefix + "/api/jobs/{id}", ctx -> view.apply(ctx).api().job(ctx));
    }

    /**
     * What a path no route takes is answered with: 405 with the methods the path takes, else the
     * not-found page (JSON under an API) of the workspace the path is in, or {@code elsewhere}'s
     * when it is in none.
     */
    private static void notFound(JavalinConfig config, Routes routes, java.util.function.Function<Context, @Nullable View> viewOf,
            java.util.function.BiConsumer<Context, String> elsewhere) {
        config.routes.error(404, ctx -> {
            if (ctx.attribute(ANSWERED) != null) return; // a handler already said what is missing
            List<String> allowedMethods = routes.methods(ctx.path());
            if (!allowedMethods.isEmpty()) {
                String allow = String.join(", ", allowedMethods);
                ctx.header("Allow", allow);
                ctx.status(HttpStatus.METHOD_NOT_ALLOWED);
                String why = ctx.method() + " is not answered at " + ctx.path() + "; use " + allow + ".";
                if (api(ctx)) Api.error(ctx, HttpStatus.METHOD_NOT_ALLOWED, why);
                else ctx.contentType("text/plain; charset=utf-8").result(why);
                return;
            }
            View view = viewOf.apply(ctx);
            if (view != null && api(ctx)) view.api().notFound(ctx);
            else if (view != null) view.site().notFound(ctx, "There is no page " + ctx.path() + ".");
            else elsewhere.accept(ctx, "There is no page " + ctx.path() + ".");
        });
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
    private static Snapshot initial(Workspace ws, WorkspaceAnalyzer analyzer, Mount mount) {
        if (!WorkspaceAnalyzer.reportsInStep(ws) && ws.documentCount() > 0) {
            LOG.warn("the reports in {} are behind its sources (an earlier run was stopped before it finished them, or an older "
                    + "crosscheck wrote them); writing them again", ws.dir());
            Report fresh = analyzer.bringReportsInStep(ws, ProgressListener.NONE);
            if (fresh != null) return new Snapshot(fresh, mount);
        }
        byte[] json = ws.readFile("report.json");
        if (json != null) {
            try {
                return new Snapshot(ReportReader.read(json), mount);
            } catch (ReportReader.BadReportException e) {
                LOG.warn("{} cannot be shown ({}); analysing the workspace again", ws.dir().resolve("report.json"), e.getMessage());
            }
        }
        if (ws.documents().isEmpty()) {
            return Snapshot.empty(WorkspaceAnalyzer.effective(ws, WorkspaceAnalyzer.Settings.REMEMBERED).corpusName(), mount);
        }
        LOG.info("analysing the {} sources of {}", ws.documents().size(), ws.dir());
        return new Snapshot(analyzer.run(ws, List.of(), WorkspaceAnalyzer.Settings.REMEMBERED, ProgressListener.NONE).report(), mount);
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
        if (intake != null) intake.close();
        app.stop();
        try {
            served.close();
        } catch (Exception e) {
            LOG.warn("closing what {} served failed", settings.host() + ":" + app.port(), e);
        }
    }
}
