package org.crosscheck.server;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.crosscheck.model.Claim;
import org.crosscheck.model.DocumentReport;
import org.crosscheck.report.CsvExport;
import org.crosscheck.report.HtmlReport;
import org.crosscheck.report.MarkdownBrief;
import org.crosscheck.report.ReportJson;
import org.crosscheck.report.html.Links.ClaimOrder;
import org.crosscheck.report.html.ReportViews;
import org.jsoup.nodes.Element;

/** The HTML pages and downloads: each handler reads the current snapshot and writes one page. Thread-safe. */
final class Site {
    /** Rows of the claims matrix on one page; the export has every claim. */
    static final int CLAIMS_PER_PAGE = 1000;

    private final Supplier<Snapshot> now;
    private final Intake intake;
    private final Search search;
    private final Path originals;
    private final long maxUploadBytes;
    private final AllowedPaths allowed;
    private static final byte[] CSS = ReportViews.css().getBytes(StandardCharsets.UTF_8);

    Site(Supplier<Snapshot> now, Intake intake, Search search, Path originals, long maxUploadBytes, AllowedPaths allowed) {
        this.now = now;
        this.intake = intake;
        this.search = search;
        this.originals = originals;
        this.maxUploadBytes = maxUploadBytes;
        this.allowed = allowed;
    }

    void overview(Context ctx) {
        Snapshot s = now.get();
        html(ctx, s.page("overview", () -> page(s, "Overview", "/", main -> {
            if (s.report().documents().isEmpty()) {
                main.appendElement("h1").text(s.report().corpusName());
                Element p = main.appendElement("p").text("This workspace has no sources yet. ");
                if (s.mount().editable()) p.appendElement("a").attr("href", s.mount().path("/add")).text("Add documents");
            } else {
                s.views().overview(main);
            }
        })));
    }

    void claims(Context ctx) {
        Snapshot s = now.get();
        ClaimOrder order = ClaimOrder.CORROBORATION;
        String sort = ctx.queryParam("sort");
        for (ClaimOrder o : ClaimOrder.values()) if (o.label().equals(sort)) order = o;
        ClaimOrder chosen = order;
        html(ctx, s.page("claims:" + chosen, () -> page(s, "Claims", "/claims", main -> s.views().claims(main, chosen, CLAIMS_PER_PAGE))));
    }

    void claim(Context ctx) {
        Snapshot s = now.get();
        Claim c = s.views().claim(ctx.pathParam("id"));
        if (c == null) {
            notFound(ctx, "There is no claim " + ctx.pathParam("id") + " in this report.");
            return;
        }
        html(ctx, s.item("claim:" + c.id(), () -> page(s, "Claim: " + (c.statement().length() > 60 ? c.statement().substring(0, 59) + "…"
                : c.statement()), "/claims", main -> s.views().claim(main, c))));
    }

    void quotes(Context ctx) {
        Snapshot s = now.get();
        html(ctx, s.page("quotes", () -> page(s, "Quotes", "/quotes", main -> s.views().quotes(main))));
    }

    void discrepancies(Context ctx) {
        Snapshot s = now.get();
        html(ctx, s.page("discrepancies", () -> page(s, "Disagreements", "/discrepancies", main -> s.views().discrepancies(main))));
    }

    void entities(Context ctx) {
        Snapshot s = now.get();
        html(ctx, s.page("entities", () -> page(s, "People, organisations and places", "/entities", main -> s.views().entities(main))));
    }

    void entity(Context ctx) {
        Snapshot s = now.get();
        org.crosscheck.model.Entity e = s.views().entity(ctx.pathParam("id"));
        if (e == null) {
            notFound(ctx, "There is no person, organisation or place " + ctx.pathParam("id") + " in this report.");
            return;
        }
        html(ctx, s.page("entity:" + e.id(), () -> page(s, e.name(), "/entities", main -> s.views().entity(main, e))));
    }

    void timeline(Context ctx) {
        Snapshot s = now.get();
        html(ctx, s.page("timeline", () -> page(s, "Timeline", "/timeline", main -> s.views().timeline(main))));
    }

    void source(Context ctx) {
        Snapshot s = now.get();
        DocumentReport d = s.views().document(ctx.pathParam("id"));
        if (d == null) {
            notFound(ctx, "There is no source " + ctx.pathParam("id") + " in this workspace.");
            return;
        }
        String focus = ctx.queryParam("claim");
        org.crosscheck.model.Span found = found(d, ctx.queryParam("at"));
        // the page marks the claim and the characters asked for, so they are part of its key; the rest never changes in a snapshot
        String key = "source:" + d.source().id() + "\u0000" + (focus == null ? "" : focus) + "\u0000"
                + (found == null ? "" : found.start() + "-" + found.end());
        html(ctx, s.item(key, () -> page(s, org.crosscheck.report.Wording.sourceName(d), "", main -> {
            s.views().source(main, d, focus, found);
            if (s.mount().editable()) Pages.factsForm(main, d, null);
        })));
    }

    /** The characters {@code at} ("start-end") names in a source's text, or null when it names none. */
    private static org.crosscheck.model.@org.jspecify.annotations.Nullable Span found(DocumentReport d, String at) {
        if (at == null || !at.matches("\\d{1,9}-\\d{1,9}")) return null;
        int start = Integer.parseInt(at.substring(0, at.indexOf('-')));
        int end = Integer.parseInt(at.substring(at.indexOf('-') + 1));
        if (start >= end || end > d.source().text().length()) return null;
        return d.source().span(start, end);
    }

    /** The search page: the form with its filters, and the hits, each opening its source at the characters found. */
    void search(Context ctx) {
        Snapshot s = now.get();
        org.crosscheck.workspace.SearchIndex.Query q;
        try {
            q = Search.query(ctx, 50);
        } catch (IllegalArgumentException e) {
            ctx.status(HttpStatus.BAD_REQUEST);
            html(ctx, page(s, "Search", "/search", main -> Pages.message(s.mount(), main, "Search", "Not searched: " + e.getMessage() + ".")));
            return;
        }
        html(ctx, s.search("page:" + q, () -> {
            List<org.crosscheck.workspace.SearchIndex.Hit> hits = q.words().isBlank() ? List.of() : search.find(s, q);
            return page(s, q.words().isBlank() ? "Search" : "Search: " + q.words(), "/search", main -> Pages.search(main, s, q, hits));
        }));
    }

    /**
     * The source page's form: the facts a user changed (a field left as shown is not set; a field
     * emptied goes back to what the text shows) are recorded with who and when, and everything is
     * analysed again; answers with a redirect to the job's page.
     */
    void editFacts(Context ctx) {
        Snapshot s = now.get();
        DocumentReport d = s.views().document(ctx.pathParam("id"));
        if (d == null) {
            notFound(ctx, "There is no source " + ctx.pathParam("id") + " in this workspace.");
            return;
        }
        java.util.Map<String, String> changes = new java.util.LinkedHashMap<>();
        for (String field : org.crosscheck.model.FactOverride.FIELDS) {
            String v = ctx.formParam(field);
            if (v == null) continue;
            v = v.strip();
            String shown = Pages.shown(d, field);
            boolean overridden = d.details().overrides().containsKey(field);
            if (v.equals(shown == null ? "" : shown)) continue; // unchanged
            if (v.isEmpty() && !overridden) continue; // nothing set to take back
            String problem = v.isEmpty() ? null : org.crosscheck.app.MetaFile.problem(field, v);
            if (problem != null) {
                ctx.status(HttpStatus.BAD_REQUEST);
                html(ctx, page(s, d.source().id(), "", main -> Pages.factsForm(main, d, "Not recorded: " + problem + ".")));
                return;
            }
            changes.put(field, v);
        }
        if (changes.isEmpty()) {
            ctx.redirect("/sources/" + WebLinks.segment(d.source().id()), HttpStatus.SEE_OTHER);
            return;
        }
        String by = ctx.formParam("by");
        by = by == null || by.isBlank() ? "web view" : by.strip().replaceAll("\\s+", " ");
        if (by.length() > 80) by = by.substring(0, 80);
        String job;
        try {
            job = intake.submitFacts(d.source().id(), changes, by + " (web view)");
        } catch (Intake.BusyException e) {
            ctx.status(HttpStatus.SERVICE_UNAVAILABLE);
            html(ctx, page(s, d.source().id(), "", main -> Pages.factsForm(main, d, "Not recorded: " + e.getMessage() + ".")));
            return;
        }
        ctx.redirect("/jobs/" + job, HttpStatus.SEE_OTHER);
    }

    /** The original bytes of a source, as a download: never shown by the browser, whatever they hold. */
    void original(Context ctx) {
        String sha = ctx.pathParam("sha256");
        DocumentReport d = sha.matches("[0-9a-f]{64}") ? now.get().report().documents().stream()
                .filter(x -> x.source().sha256().equals(sha)).findFirst().orElse(null) : null;
        Path file = originals.resolve(sha.matches("[0-9a-f]{64}") ? sha : "none");
        // the workspace writes its originals as files: a link planted in their folder is not followed out of it
        if (d == null || !Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            notFound(ctx, "No original with that SHA-256 is kept in this workspace.");
            return;
        }
        String ext = "";
        String path = d.source().path();
        int dot = path.lastIndexOf('.');
        if (dot > path.lastIndexOf('/') && dot >= 0) ext = path.substring(dot).replaceAll("[^A-Za-z0-9.]", "");
        if (ext.length() > 10) ext = "";
        String name = d.source().id().replaceAll("[^A-Za-z0-9._-]", "_") + ext;
        ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
        ctx.contentType("application/octet-stream");
        try {
            ctx.result(Files.newInputStream(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    void addForm(Context ctx) {
        Snapshot s = now.get();
        html(ctx, page(s, "Add documents", "/add", main -> Pages.addForm(main, maxUploadBytes, allowed.any(), null)));
    }

    /** A form post: an upload or a path; answers with a redirect to the job's page. */
    void add(Context ctx) {
        Snapshot s = now.get();
        String job;
        try {
            List<Intake.Upload> uploads = ctx.isMultipartFormData() ? UploadReader.read(ctx, maxUploadBytes) : List.of();
            String path = ctx.formParam("path");
            if (!uploads.isEmpty()) {
                job = intake.submit(uploads);
            } else if (path != null && !path.isBlank()) {
                job = intake.submit(allowed.resolve(path), allowed.roots());
            } else {
                throw new IllegalArgumentException("choose a file to upload, or give a path");
            }
        } catch (UploadReader.TooLargeException e) {
            refuse(ctx, s, HttpStatus.CONTENT_TOO_LARGE, e);
            return;
        } catch (Intake.BusyException e) {
            refuse(ctx, s, HttpStatus.SERVICE_UNAVAILABLE, e);
            return;
        } catch (IllegalArgumentException e) { // InvalidPathException too
            refuse(ctx, s, HttpStatus.BAD_REQUEST, e);
            return;
        }
        ctx.redirect("/jobs/" + job, HttpStatus.SEE_OTHER);
    }

    /** The form again, saying why nothing was added. */
    private void refuse(Context ctx, Snapshot s, HttpStatus status, RuntimeException why) {
        ctx.status(status);
        html(ctx, page(s, "Add documents", "/add", main -> Pages.addForm(main, maxUploadBytes, allowed.any(),
                "Not added: " + why.getMessage() + ".")));
    }

    void job(Context ctx) {
        Snapshot s = now.get();
        Intake.Status st = intake.status(ctx.pathParam("id"));
        if (st == null) {
            notFound(ctx, "There is no such job (jobs are forgotten when the server stops).");
            return;
        }
        html(ctx, Pages.page(s.mount(), s.report().corpusName(), "Adding " + st.label(), "/add", st.state().finished() ? null : 1,
                main -> Pages.job(main, st)));
    }

    void exports(Context ctx) {
        Snapshot s = now.get();
        html(ctx, page(s, "Export", "/export", main -> Pages.exports(s.mount(), main)));
    }

    void export(Context ctx) {
        Snapshot s = now.get();
        String name = ctx.pathParam("file");
        String type;
        byte[] body;
        switch (name) {
            case "sources.csv" -> { type = "text/csv; charset=utf-8"; body = s.page("export:" + name, () -> CsvExport.sources(s.report())); }
            case "claims.csv" -> { type = "text/csv; charset=utf-8"; body = s.page("export:" + name, () -> CsvExport.claims(s.report())); }
            case "quotes.csv" -> { type = "text/csv; charset=utf-8"; body = s.page("export:" + name, () -> CsvExport.quotes(s.report())); }
            case "discrepancies.csv" -> { type = "text/csv; charset=utf-8";
                body = s.page("export:" + name, () -> CsvExport.discrepancies(s.report())); }
            case "report.md" -> { type = "text/markdown; charset=utf-8"; body = s.page("export:" + name, () -> MarkdownBrief.write(s.report())); }
            case "report.json" -> { type = "application/json"; body = s.page("export:" + name, () -> ReportJson.write(s.report())); }
            case "report.html" -> { type = "text/html; charset=utf-8"; body = s.page("export:" + name, () -> HtmlReport.write(s.report())); }
            default -> {
                notFound(ctx, "There is no export called " + name + ".");
                return;
            }
        }
        String base = s.report().corpusName().replaceAll("[^A-Za-z0-9._-]", "_").toLowerCase(Locale.ROOT);
        ctx.header("Content-Disposition", "attachment; filename=\"" + base + "-" + name + "\"");
        ctx.contentType(type).result(body);
    }

    /** The stylesheet every page links, whichever workspace it shows. */
    static void css(Context ctx) {
        ctx.header("Cache-Control", "max-age=3600");
        ctx.contentType("text/css; charset=utf-8").result(CSS);
    }

    void notFound(Context ctx, String why) {
        ctx.attribute(CrosscheckServer.ANSWERED, true);
        ctx.status(HttpStatus.NOT_FOUND);
        Snapshot s = now.get();
        html(ctx, page(s, "Not found", "", main -> Pages.message(s.mount(), main, "Not found", why)));
    }

    private static byte[] page(Snapshot s, String title, String here, Consumer<Element> content) {
        return Pages.page(s.mount(), s.report().corpusName(), title, here, null, content);
    }

    private static void html(Context ctx, byte[] page) {
        ctx.contentType("text/html; charset=utf-8").result(page);
    }
}
