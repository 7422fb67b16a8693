package org.crosscheck.server;

import java.nio.charset.StandardCharsets;
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

    /** A whole page: {@code here} is the navigation entry to light up. */
    static byte[] page(String corpus, String title, String here, Consumer<Element> content) {
        return page(corpus, title, here, null, content);
    }

    static byte[] page(String corpus, String title, String here, @Nullable Integer refreshSeconds, Consumer<Element> content) {
        Document doc = Document.createShell("");
        doc.outputSettings().prettyPrint(false).charset(StandardCharsets.UTF_8);
        doc.selectFirst("html").attr("lang", "en");
        Element head = doc.head();
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        if (refreshSeconds != null) head.appendElement("meta").attr("http-equiv", "refresh").attr("content", refreshSeconds.toString());
        head.appendElement("title").text(title + " · " + corpus + " · crosscheck");
        head.appendElement("link").attr("rel", "stylesheet").attr("href", "/static/crosscheck.css");
        doc.body().appendElement("a").addClass("skip").attr("href", "#main").text("Skip to the content");
        Element top = doc.body().appendElement("header").addClass("top");
        top.appendElement("a").addClass("brand").attr("href", "/").text("crosscheck · " + corpus);
        // the links wrap onto more lines on a narrow screen: nothing is hidden, and no script is needed
        Element nav = top.appendElement("nav").attr("aria-label", "pages");
        for (String[] n : NAV) {
            Element a = nav.appendElement("a").attr("href", n[0]).text(n[1]);
            if (n[0].equals(here)) a.addClass("here").attr("aria-current", "page");
        }
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

    static void exports(Element main) {
        main.appendElement("h1").text("Export");
        Element ul = main.appendElement("ul");
        for (String[] e : new String[][] {{"/export/sources.csv", "Sources (CSV): title, outlet, origin, date and how it was found, facts set by hand"},
            {"/export/claims.csv", "Claims (CSV): each claim, who says it, how firmly, how many independent sources"},
            {"/export/quotes.csv", "Quotes (CSV): every attributed statement with its speaker and the word that introduces it"},
            {"/export/discrepancies.csv", "Disagreements (CSV): one row per variant, with the sources that give it"},
            {"/export/report.md", "The brief (Markdown)"},
            {"/export/report.json", "The whole report (JSON, the crosscheck.report/1 contract)"},
            {"/export/report.html", "The whole report as one self-contained page"}}) {
            ul.appendElement("li").appendElement("a").attr("href", e[0]).text(e[1]);
        }
        main.appendElement("p").addClass("muted").text("The same data, piece by piece, is served as JSON under /api/; its OpenAPI "
                + "description is at /api/openapi.json.");
    }

    static void message(Element main, String title, String text) {
        main.appendElement("h1").text(title);
        main.appendElement("p").text(text);
        main.appendElement("p").appendElement("a").attr("href", "/").text("Back to the overview");
    }
}
