package org.crosscheck.server;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * The pages' frame (title, navigation, stylesheet) and the pages only the server has: adding
 * documents, a job's progress, exports and errors. Built as jsoup DOMs, so whatever text they show
 * is escaped. Stateless.
 */
final class Pages {
    /** The navigation: path, label. */
    private static final String[][] NAV = {{"/", "Overview"}, {"/search", "Search"}, {"/claims", "Claims"}, {"/discrepancies", "Disagreements"},
        {"/quotes", "Quotes"}, {"/entities", "People"}, {"/timeline", "Timeline"}, {"/add", "Add"}, {"/export", "Export"}};

    private Pages() {}

    /** A whole page of a workspace served at the root: {@code here} is the navigation entry to light up. */
    static byte[] page(String corpus, String title, String here, Consumer<Element> content) {
        return page(Mount.ROOT, corpus, title, here, null, content);
    }

    /**
     * A whole page of the workspace mounted at {@code mount}: its navigation leads to the
     * workspace's pages under the mount point (without "Add" when it is read-only), and a story's
     * pages lead back to the index of stories. {@code here} is the entry to light up, as its path at
     * the root ("/claims").
     */
    static byte[] page(Mount mount, String corpus, String title, String here, @Nullable Integer refreshSeconds, Consumer<Element> content) {
        String name = mount.title() == null ? corpus : mount.title();
        return frame(title + " · " + name + " · crosscheck", refreshSeconds, top -> {
            if (mount.inPile()) top.appendElement("a").addClass("up").attr("href", "/").text("All stories");
            top.appendElement("a").addClass("brand").attr("href", mount.path("/")).text("crosscheck · " + name);
            // the links wrap onto more lines on a narrow screen: nothing is hidden, and no script is needed
            Element nav = top.appendElement("nav").attr("aria-label", "pages");
            for (String[] n : NAV) {
                if (n[0].equals("/add") && !mount.editable()) continue;
                Element a = nav.appendElement("a").attr("href", mount.path(n[0])).text(n[1]);
                if (n[0].equals(here)) a.addClass("here").attr("aria-current", "page");
            }
        }, content);
    }

    /** The frame every page shares: head, stylesheet, skip link, a header {@code top} fills, and the main content. */
    static byte[] frame(String title, @Nullable Integer refreshSeconds, Consumer<Element> top, Consumer<Element> content) {
        Document doc = Document.createShell("");
        doc.outputSettings().prettyPrint(false).charset(StandardCharsets.UTF_8);
        doc.selectFirst("html").attr("lang", "en");
        Element head = doc.head();
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        if (refreshSeconds != null) head.appendElement("meta").attr("http-equiv", "refresh").attr("content", refreshSeconds.toString());
        head.appendElement("title").text(title);
        head.appendElement("link").attr("rel", "stylesheet").attr("href", "/static/crosscheck.css");
        doc.body().appendElement("a").addClass("skip").attr("href", "#main").text("Skip to the content");
        top.accept(doc.body().appendElement("header").addClass("top"));
        content.accept(doc.body().appendElement("main").id("main"));
        return ("<!DOCTYPE html>\n" + doc.html()).getBytes(StandardCharsets.UTF_8);
    }

    /** The form that adds documents, by upload or by a path on this machine. */
    static void addForm(Element main, long maxUploadBytes, boolean byPath, @Nullable String error) {
        main.appendElement("h1").text("Add documents");
        if (error != null) main.appendElement("p").addClass("error").text(error);
        main.appendElement("p").addClass("muted").text("Documents are read (text, HTML, PDF, Word, ODT, RTF, e-mail, WARC), kept byte for "
                + "byte in the workspace, and analysed together with the ones already in. The pages keep working meanwhile.");
        Element up = main.appendElement("form").addClass("add").attr("method", "post").attr("action", "/add")
                .attr("enctype", "multipart/form-data");
        up.appendElement("h2").text("Upload files");
        up.appendElement("label").attr("for", "file").text("Files to add");
        up.appendElement("input").attr("type", "file").attr("name", "file").attr("multiple", "").id("file");
        up.appendElement("button").attr("type", "submit").id("upload").text("Upload and analyse");
        up.appendElement("p").addClass("muted").text("At most " + (maxUploadBytes / (1024 * 1024)) + " MB in one upload.");
        if (!byPath) {
            main.appendElement("p").addClass("muted").text("Reading files by their path on this machine is off; start crosscheck serve with "
                    + "--allow-path DIR to read files under DIR.");
            return;
        }
        Element path = main.appendElement("form").addClass("add").attr("method", "post").attr("action", "/add");
        path.appendElement("h2").text("Read a file or folder on this machine");
        path.appendElement("label").attr("for", "path").text("Path of a file or folder");
        path.appendElement("input").attr("type", "text").attr("name", "path").attr("size", "60").attr("placeholder", "/path/to/articles")
                .id("path");
        path.appendElement("button").attr("type", "submit").id("read-path").text("Read and analyse");
    }

    /** A source's fact as the report shows it, for the edit form: title, outlet, published (YYYY-MM-DD) or url; null when unknown. */
    static @Nullable String shown(org.crosscheck.model.DocumentReport d, String field) {
        return switch (field) {
            case "title" -> d.title();
            case "outlet" -> d.outlet();
            case "published" -> d.published() == null ? null : d.published().toString();
            case "url" -> d.details().url();
            default -> null;
        };
    }

    /**
     * The form that sets what the text does not say about a source. It posts to the same origin,
     * so the server's guard (same-site check, access token cookie) applies as to every change.
     */
    static void factsForm(Element main, org.crosscheck.model.DocumentReport d, @Nullable String error) {
        Element form = main.appendElement("form").addClass("facts-form").attr("method", "post")
                .attr("action", "/sources/" + WebLinks.segment(d.source().id()) + "/facts").id("facts-form");
        form.appendElement("h2").text("Correct what the text does not say");
        if (error != null) form.appendElement("p").addClass("error").id("facts-error").text(error);
        form.appendElement("p").addClass("muted").text("What you set is recorded in the workspace with your name and the time, shown as set "
                + "by hand, and kept for every later analysis. The original and its SHA-256 stay as they are. Empty a field to go back to "
                + "what the text shows.");
        String[][] fields = {{"title", "Title", "text"}, {"outlet", "Outlet", "text"}, {"published", "Published (YYYY-MM-DD)", "date"},
            {"url", "Address (URL)", "url"}};
        for (String[] f : fields) {
            Element label = form.appendElement("label").attr("for", "fact-" + f[0]).text(f[1]);
            var o = d.details().overrides().get(f[0]);
            if (o != null) label.appendElement("span").addClass("muted").text(" (set by hand: " + o.by() + ", "
                    + org.crosscheck.report.Wording.date(o.at()) + ")");
            String v = shown(d, f[0]);
            form.appendElement("input").attr("type", f[2]).attr("name", f[0]).id("fact-" + f[0]).attr("value", v == null ? "" : v)
                    .attr("maxlength", "500");
        }
        form.appendElement("label").attr("for", "fact-by").text("Your name (recorded with the change)");
        form.appendElement("input").attr("type", "text").attr("name", "by").id("fact-by").attr("maxlength", "80");
        form.appendElement("button").attr("type", "submit").id("facts-save").text("Record and analyse again");
    }

    /** A job's progress; the page reloads itself (no script) until the job is finished. */
    static void job(Element main, Intake.Status s) {
        main.appendElement("h1").text("Adding " + s.label());
        Element state = main.appendElement("p").addClass("job").attr("data-state", s.state().label()).id("job-state");
        switch (s.state()) {
            case DONE -> state.addClass("ok").text("Done: " + s.message());
            case FAILED -> state.addClass("error").text("Failed: " + s.message());
            default -> {
                state.text(capitalised(s.state().label()) + (s.stage() == null ? "" : ": " + stageWords(s.stage())
                        + (s.total() > 0 ? ", " + s.done() + " of " + s.total() : "")));
                if (s.total() > 0) main.appendElement("progress").attr("max", String.valueOf(s.total())).attr("value", String.valueOf(s.done()));
            }
        }
        if (!s.added().isEmpty()) {
            main.appendElement("h2").text("Added");
            Element ul = main.appendElement("ul").id("added");
            for (String id : s.added()) ul.appendElement("li").appendElement("a").attr("href", "/sources/" + WebLinks.segment(id)).text(id);
        }
        if (!s.skipped().isEmpty()) {
            main.appendElement("h2").text("Could not be read");
            Element ul = main.appendElement("ul").id("skipped");
            for (String why : s.skipped()) ul.appendElement("li").text(why);
        }
        if (s.state().finished()) {
            Element p = main.appendElement("p");
            p.appendElement("a").attr("href", "/").text("Back to the overview");
            p.appendText(" · ");
            p.appendElement("a").attr("href", "/add").text("Add more");
        }
    }

    /** A stage's name as a reader takes it: no model ids or versions, words not identifiers ("nlp:opennlp-1.9" is "nlp"). */
    static String stageWords(String stage) {
        String s = stage.strip();
        int cut = s.length();
        for (char c : new char[] {':', '(', '[', '@', '/'}) {
            int i = s.indexOf(c);
            if (i > 0) cut = Math.min(cut, i);
        }
        return s.substring(0, cut).replace('-', ' ').replace('_', ' ').strip();
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** The search form (a GET form: a search is a link that can be kept and shared) and its hits. */
    static void search(Element main, Snapshot s, org.crosscheck.workspace.SearchIndex.Query q, List<org.crosscheck.workspace.SearchIndex.Hit> hits) {
        main.appendElement("h1").text("Search");
        Element form = main.appendElement("form").addClass("search").attr("method", "get").attr("action", s.mount().path("/search"))
                .attr("role", "search");
        form.appendElement("label").attr("for", "q").text("Words to find in the sources, quotes and claims");
        form.appendElement("input").attr("type", "search").attr("name", "q").id("q").attr("value", q.words()).attr("maxlength", "500");
        Element source = select(form, "source", "Source", "all sources", q.doc());
        for (org.crosscheck.model.DocumentReport d : s.report().documents()) {
            option(source, d.source().id(), org.crosscheck.report.Wording.sourceName(d) + " (" + d.source().id() + ")", q.doc());
        }
        Element speaker = select(form, "speaker", "Said by", "anyone", q.speaker());
        java.util.Map<String, String> entityNames = new java.util.HashMap<>();
        s.report().entities().forEach(e -> entityNames.put(e.id(), e.name()));
        java.util.SortedSet<String> speakers = new java.util.TreeSet<>();
        for (org.crosscheck.model.Quote x : s.report().quotes()) {
            if (x.kind() == org.crosscheck.model.QuoteKind.TERM || !x.speaker().known()) continue;
            String n = x.speaker().entity() != null && entityNames.containsKey(x.speaker().entity()) ? entityNames.get(x.speaker().entity())
                    : x.speaker().name();
            if (n != null) speakers.add(n);
        }
        speakers.forEach(n -> option(speaker, n, n, q.speaker()));
        Element naming = select(form, "entity", "Naming", "anyone or anything", q.entity());
        s.report().entities().stream().sorted(java.util.Comparator.comparing(org.crosscheck.model.Entity::name))
                .forEach(e -> option(naming, e.id(), e.name(), q.entity()));
        Element modality = select(form, "modality", "How a claim is carried", "any way", q.modality());
        for (org.crosscheck.model.Modality m : org.crosscheck.model.Modality.values()) {
            option(modality, m.label(), org.crosscheck.report.Wording.says(m), q.modality());
        }
        Element kind = select(form, "kind", "Find in", "sources, quotes and claims", q.kind() == null ? null : q.kind().label());
        option(kind, "source", "the sources' text", q.kind() == null ? null : q.kind().label());
        option(kind, "quote", "quotes", q.kind() == null ? null : q.kind().label());
        option(kind, "claim", "claims", q.kind() == null ? null : q.kind().label());
        checkbox(form, "single", "Only claims one source carries", q.singleOnly());
        checkbox(form, "disputed", "Only claims sources disagree on", q.disputedOnly());
        form.appendElement("button").attr("type", "submit").id("search-go").text("Search");
        if (q.words().isBlank()) return;
        Element results = main.appendElement("section").addClass("results").attr("aria-labelledby", "results-h");
        results.appendElement("h2").id("results-h").text(hits.isEmpty() ? "Nothing found"
                : org.crosscheck.report.Wording.count(hits.size(), "result") + (hits.size() >= q.limit() ? " (the best " + q.limit() + ")" : ""));
        Element ol = results.appendElement("ol").addClass("hits");
        for (org.crosscheck.workspace.SearchIndex.Hit h : hits) {
            var e = h.entry();
            Element li = ol.appendElement("li").addClass("hit").attr("data-kind", e.kind().label());
            Element head = li.appendElement("div").addClass("muted");
            org.crosscheck.model.DocumentReport d = s.views().document(e.doc());
            String name = d == null ? e.doc() : org.crosscheck.report.Wording.sourceName(d);
            switch (e.kind()) {
                case SOURCE -> head.appendText("In the text of " + name);
                case QUOTE -> head.appendText((e.speaker() == null ? "Words whose speaker crosscheck did not find" : "Said by " + e.speaker()) + ", in " + name);
                case CLAIM -> {
                    head.appendText("A claim " + name + " "
                            + (e.modality() == null ? "carries" : org.crosscheck.report.Wording.says(org.crosscheck.model.Modality.valueOf(
                                    e.modality().toUpperCase(java.util.Locale.ROOT)))));
                    if (e.single()) head.appendElement("span").addClass("badge single").text("one source only");
                    if (e.disputed()) head.appendElement("span").addClass("badge").text("sources disagree");
                }
            }
            Element snippet = li.appendElement("p").addClass("snippet");
            snippetInto(snippet, h.snippet());
            Element links = li.appendElement("div");
            links.appendElement("a").addClass("open").attr("href", Search.link(s.mount(), h)).text("Open " + name + " at these words");
            if (e.kind() == org.crosscheck.workspace.SearchIndex.Kind.CLAIM) {
                links.appendText(" · ");
                links.appendElement("a").attr("href", s.mount().path("/claims/" + WebLinks.segment(e.ref()))).text("every source that carries this claim");
            }
        }
    }

    /** FTS5's snippet, its matched words marked; every character enters as text. */
    private static void snippetInto(Element p, String snippet) {
        int i = 0;
        while (i < snippet.length()) {
            int open = snippet.indexOf(org.crosscheck.workspace.SearchIndex.OPEN, i);
            if (open < 0) {
                p.appendText(snippet.substring(i));
                break;
            }
            p.appendText(snippet.substring(i, open));
            int close = snippet.indexOf(org.crosscheck.workspace.SearchIndex.CLOSE, open);
            if (close < 0) close = snippet.length();
            p.appendElement("mark").addClass("found").text(snippet.substring(open + 1, close));
            i = close + 1;
        }
    }

    private static Element select(Element form, String name, String label, String any, @Nullable String chosen) {
        Element div = form.appendElement("div").addClass("filter");
        div.appendElement("label").attr("for", "f-" + name).text(label);
        Element sel = div.appendElement("select").attr("name", name).id("f-" + name);
        option(sel, "", any, chosen == null ? "" : chosen);
        return sel;
    }

    private static void option(Element select, String value, String text, @Nullable String chosen) {
        Element o = select.appendElement("option").attr("value", value).text(text);
        if (value.equals(chosen)) o.attr("selected", "");
    }

    private static void checkbox(Element form, String name, String label, boolean checked) {
        Element div = form.appendElement("div").addClass("check");
        Element box = div.appendElement("input").attr("type", "checkbox").attr("name", name).attr("value", "1").id("f-" + name);
        if (checked) box.attr("checked", "");
        div.appendElement("label").attr("for", "f-" + name).text(label);
    }

    static void exports(Mount mount, Element main) {
        main.appendElement("h1").text("Export");
        Element ul = main.appendElement("ul");
        for (String[] e : new String[][] {{"/export/sources.csv", "Sources (CSV): title, outlet, origin, date and how it was found, facts set by hand"},
            {"/export/claims.csv", "Claims (CSV): each claim, who says it, how firmly, how many independent sources"},
            {"/export/quotes.csv", "Quotes (CSV): every attributed statement with its speaker and the word that introduces it"},
            {"/export/discrepancies.csv", "Disagreements (CSV): one row per variant, with the sources that give it"},
            {"/export/report.md", "The brief (Markdown)"},
            {"/export/report.json", "The whole report (JSON, the crosscheck.report/1 contract)"},
            {"/export/report.html", "The whole report as one self-contained page"}}) {
            ul.appendElement("li").appendElement("a").attr("href", mount.path(e[0])).text(e[1]);
        }
        main.appendElement("p").addClass("muted").text("The same data, piece by piece, is served as JSON under " + mount.path("/api/")
                + "; its OpenAPI description is at /api/openapi.json.");
    }

    static void message(Element main, String title, String text) {
        message(Mount.ROOT, main, title, text);
    }

    static void message(Mount mount, Element main, String title, String text) {
        main.appendElement("h1").text(title);
        main.appendElement("p").text(text);
        main.appendElement("p").appendElement("a").attr("href", mount.path("/")).text("Back to the overview");
    }
}
