package org.crosscheck.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Supplier;
import org.crosscheck.model.QuoteKind;

/**
 * The JSON API under {@code /api/}: the report contract's objects, piece by piece, from the current
 * snapshot (so a document or a claim here is exactly what report.json holds for it), plus uploads
 * and their jobs. Described by {@code /api/openapi.json}. Errors are {@code {"error": "..."}}.
 * Thread-safe.
 */
final class Api {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Supplier<Snapshot> now;
    private final Intake intake;
    private final Search search;
    private final long maxUploadBytes;
    private final byte[] openapi;

    Api(Supplier<Snapshot> now, Intake intake, Search search, long maxUploadBytes) {
        this.now = now;
        this.intake = intake;
        this.search = search;
        this.maxUploadBytes = maxUploadBytes;
        try (InputStream in = Api.class.getResourceAsStream("openapi.json")) {
            if (in == null) throw new IllegalStateException("openapi.json is missing from the classpath");
            this.openapi = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void overview(Context ctx) {
        Snapshot s = now.get();
        ObjectNode o = JSON.createObjectNode();
        o.set("corpus", s.tree().path("corpus"));
        o.put("documents", s.report().documents().size());
        o.put("independent_sources", s.views().independentSources());
        o.put("claims", s.report().claims().size());
        o.put("claims_single_source", s.report().claims().stream().filter(c -> c.independentSources() <= 1).count());
        o.put("quotes", s.report().quotes().stream().filter(q -> q.kind() != QuoteKind.TERM).count());
        o.put("discrepancies", s.report().discrepancies().size());
        o.put("timeline", s.report().timeline().size());
        o.put("unplaced_dates", s.report().unplacedDates().size());
        json(ctx, o);
    }

    /** Every document without its texts (those are in /api/documents/{id}). */
    void documents(Context ctx) {
        json(ctx, now.get().documentSummaries());
    }

    void document(Context ctx) {
        JsonNode d = now.get().document(ctx.pathParam("id"));
        if (d == null) error(ctx, HttpStatus.NOT_FOUND, "no document " + ctx.pathParam("id"));
        else json(ctx, d);
    }

    void claim(Context ctx) {
        JsonNode c = now.get().claim(ctx.pathParam("id"));
        if (c == null) error(ctx, HttpStatus.NOT_FOUND, "no claim " + ctx.pathParam("id"));
        else json(ctx, c);
    }

    /** What the API holds, so a bare {@code /api} answers in JSON rather than with a page. */
    void index(Context ctx) {
        ObjectNode o = JSON.createObjectNode();
        o.put("api", "crosscheck");
        Mount mount = now.get().mount();
        o.put("openapi", mount.path("/api/openapi.json"));
        ArrayNode paths = o.putArray("paths");
        for (String p : List.of("/api/overview", "/api/documents", "/api/documents/{id}", "/api/entities", "/api/entities/{id}",
                "/api/quotes", "/api/claims", "/api/claims/{id}", "/api/discrepancies", "/api/relations", "/api/timeline", "/api/report",
                "/api/search", "/api/jobs/{id}")) {
            if (mount.editable() || !p.startsWith("/api/jobs")) paths.add(mount.path(p));
        }
        json(ctx, o);
    }

    /** Full-text search: each hit with its span, its snippet (matched words in [brackets]) and the page that shows it. */
    void search(Context ctx) {
        Integer limit = natural(ctx, "limit");
        if (limit == null) return;
        org.crosscheck.workspace.SearchIndex.Query q;
        try {
            q = Search.query(ctx, Math.max(1, Math.min(limit, 200)));
        } catch (IllegalArgumentException e) {
            error(ctx, HttpStatus.BAD_REQUEST, e.getMessage());
            return;
        }
        Snapshot s = now.get();
        org.crosscheck.workspace.SearchIndex.Query query = q;
        ctx.contentType("application/json").result(s.search("api:" + q, () -> {
            try {
                return JSON.writeValueAsBytes(hits(s, query));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("a tree of plain nodes always serialises", e);
            }
        }));
    }

    private ArrayNode hits(Snapshot s, org.crosscheck.workspace.SearchIndex.Query q) {
        ArrayNode out = JSON.createArrayNode();
        for (var h : search.find(s, q)) {
            ObjectNode o = out.addObject();
            var e = h.entry();
            o.put("kind", e.kind().label());
            o.put("ref", e.ref());
            o.put("doc", e.doc());
            o.put("start", h.start());
            o.put("end", h.end());
            o.put("text", e.text());
            o.put("snippet", h.snippet().replace(org.crosscheck.workspace.SearchIndex.OPEN, '[').replace(org.crosscheck.workspace.SearchIndex.CLOSE, ']'));
            o.put("speaker", e.speaker());
            o.put("modality", e.modality());
            o.put("single_source", e.single());
            o.put("disputed", e.disputed());
            o.put("link", Search.link(s.mount(), h));
        }
        return out;
    }

    void entity(Context ctx) {
        for (JsonNode e : now.get().tree().path("entities")) {
            if (e.path("id").asText().equals(ctx.pathParam("id"))) {
                json(ctx, e);
                return;
            }
        }
        error(ctx, HttpStatus.NOT_FOUND, "no entity " + ctx.pathParam("id"));
    }

    /**
     * One of the report's top-level arrays: the items that touch the document {@code doc} when it is
     * given, from {@code offset} (0 by default), at most {@code limit} of them (all by default).
     */
    void part(Context ctx, String field) {
        JsonNode all = now.get().tree().path(field);
        String doc = ctx.queryParam("doc");
        Integer offset = natural(ctx, "offset");
        Integer limit = natural(ctx, "limit");
        if (offset == null || limit == null) return;
        if (doc == null && offset == 0 && limit == Integer.MAX_VALUE) {
            json(ctx, all);
            return;
        }
        ArrayNode out = JSON.createArrayNode();
        int seen = 0;
        for (JsonNode item : all) {
            if (doc != null && item.findValues("doc").stream().noneMatch(d -> d.asText().equals(doc)) && !touches(item.path("docs"), doc)) {
                continue;
            }
            if (seen++ < offset) continue;
            if (out.size() >= limit) continue; // counted for X-Total-Count
            out.add(item);
        }
        ctx.header("X-Total-Count", String.valueOf(seen));
        json(ctx, out);
    }

    private static boolean touches(JsonNode docs, String doc) {
        for (JsonNode d : docs) if (d.asText().equals(doc)) return true;
        return false;
    }

    /** A query parameter that must be a whole number from 0; answers 400 and returns null when it is not. */
    private static @org.jspecify.annotations.Nullable Integer natural(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return name.equals("limit") ? Integer.MAX_VALUE : 0;
        try {
            int n = Integer.parseInt(v.strip());
            if (n >= 0) return n;
        } catch (NumberFormatException e) {
            // answered below
        }
        error(ctx, HttpStatus.BAD_REQUEST, name + " must be a whole number from 0, not " + v);
        return null;
    }

    void report(Context ctx) {
        json(ctx, now.get().tree());
    }

    /** Multipart upload (field {@code file}, one or more): 202 with the job to poll. */
    void upload(Context ctx) {
        try {
            List<Intake.Upload> uploads = ctx.isMultipartFormData() ? UploadReader.read(ctx, maxUploadBytes) : List.of();
            if (uploads.isEmpty()) {
                error(ctx, HttpStatus.BAD_REQUEST, "send the files as multipart/form-data in the field 'file'");
                return;
            }
            String id = intake.submit(uploads);
            ctx.status(HttpStatus.ACCEPTED).header("Location", "/api/jobs/" + id);
            json(ctx, status(intake.status(id)));
        } catch (UploadReader.TooLargeException e) {
            error(ctx, HttpStatus.CONTENT_TOO_LARGE, e.getMessage());
        } catch (Intake.BusyException e) {
            error(ctx, HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
        } catch (IllegalArgumentException e) {
            error(ctx, HttpStatus.BAD_REQUEST, e.getMessage());
        }
    }

    void job(Context ctx) {
        Intake.Status s = intake.status(ctx.pathParam("id"));
        if (s == null) error(ctx, HttpStatus.NOT_FOUND, "no job " + ctx.pathParam("id"));
        else json(ctx, status(s));
    }

    void openapi(Context ctx) {
        ctx.contentType("application/json").result(openapi);
    }

    void notFound(Context ctx) {
        error(ctx, HttpStatus.NOT_FOUND, "no such API path: " + ctx.path() + " (see /api/openapi.json)");
    }

    private static ObjectNode status(Intake.Status s) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", s.id());
        o.put("label", s.label());
        o.put("state", s.state().label());
        o.put("stage", s.stage());
        o.put("done", s.done());
        o.put("total", s.total());
        o.put("message", s.message());
        ArrayNode added = o.putArray("added");
        s.added().forEach(added::add);
        ArrayNode skipped = o.putArray("skipped");
        s.skipped().forEach(skipped::add);
        return o;
    }

    static void error(Context ctx, HttpStatus status, String message) {
        ObjectNode o = JSON.createObjectNode();
        o.put("error", message);
        ctx.attribute(CrosscheckServer.ANSWERED, true);
        ctx.status(status);
        json(ctx, o);
    }

    private static void json(Context ctx, JsonNode node) {
        try {
            ctx.contentType("application/json").result(JSON.writeValueAsBytes(node));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain nodes always serialises", e);
        }
    }
}
