package org.crosscheck.server;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import org.crosscheck.app.StoryPile;
import org.crosscheck.report.Wording;
import org.jsoup.nodes.Element;

/**
 * The pages of a pile served as stories that belong to no one story: the index of stories, and
 * what a path outside every story is answered with. Every title comes from a document and enters
 * the page as text. Thread-safe.
 */
final class PileSite {
    private final Pile pile;

    PileSite(Pile pile) {
        this.pile = pile;
    }

    /** The index: every story, largest first, with its dates, sources, outlets and size, linked to its pages. */
    void index(Context ctx) {
        List<StoryPile.Entry> stories = pile.stories();
        html(ctx, page("Stories", main -> {
            main.appendElement("h1").text("Stories");
            int documents = stories.stream().mapToInt(StoryPile.Entry::documents).sum();
            main.appendElement("p").id("stories-count").text(Wording.count(stories.size(), "story", "stories") + " from "
                    + Wording.count(documents, "document") + ", the most independent sources first.");
            if (stories.isEmpty()) return;
            // in a box of its own that scrolls sideways on a narrow screen, so the page does not (as the report's tables)
            Element table = main.appendElement("div").addClass("table-wrap").attr("tabindex", "0").attr("role", "region")
                    .attr("aria-label", "stories").appendElement("table").addClass("stories").id("stories");
            table.appendElement("caption").addClass("muted").text("Each story is analysed on its own: open it to see who said what, "
                    + "the claims its sources share and where they disagree.");
            Element head = table.appendElement("thead").appendElement("tr");
            for (String h : List.of("Story", "Dates", "Independent sources", "Outlets", "Documents")) {
                head.appendElement("th").attr("scope", "col").text(h);
            }
            Element body = table.appendElement("tbody");
            for (StoryPile.Entry e : stories) {
                Element tr = body.appendElement("tr").attr("data-story", e.id());
                Element th = tr.appendElement("th").attr("scope", "row");
                th.appendElement("a").attr("href", Mount.story(e.id(), null).path("/")).text(e.title() == null ? "Story " + e.id() : e.title());
                th.appendElement("div").addClass("muted").text(e.id());
                tr.appendElement("td").text(StoryPile.dates(e));
                tr.appendElement("td").addClass("num").text(String.valueOf(e.sources()));
                tr.appendElement("td").addClass("num").text(StoryPile.outlets(e));
                tr.appendElement("td").addClass("num").text(String.valueOf(e.documents()));
            }
        }));
    }

    /** A story that cannot be shown: not found, or busy, said in a page that leads back to the index. */
    void unavailable(Pile.UnavailableException e, Context ctx) {
        ctx.attribute(CrosscheckServer.ANSWERED, true);
        ctx.status(e.status());
        if (e.status() == HttpStatus.SERVICE_UNAVAILABLE.getCode()) ctx.header("Retry-After", "30");
        if (ctx.path().matches("/stories/[^/]+/api/.*")) {
            Api.error(ctx, HttpStatus.forStatus(e.status()), e.getMessage());
            return;
        }
        html(ctx, page(e.status() == 404 ? "Not found" : "Not available", main -> message(main, e.status() == 404 ? "Not found" : "Not available",
                e.getMessage())));
    }

    /** A path that is in no story and no page of the index. */
    void notFound(Context ctx, String why) {
        ctx.attribute(CrosscheckServer.ANSWERED, true);
        ctx.status(HttpStatus.NOT_FOUND);
        html(ctx, page("Not found", main -> message(main, "Not found", why)));
    }

    private static void message(Element main, String title, String text) {
        main.appendElement("h1").text(title);
        main.appendElement("p").text(text);
        main.appendElement("p").appendElement("a").attr("href", "/").text("Back to the stories");
    }

    private static byte[] page(String title, java.util.function.Consumer<Element> content) {
        return Pages.frame(title + " · crosscheck", null, top -> {
            top.appendElement("a").addClass("brand").attr("href", "/").text("crosscheck · stories");
        }, content);
    }

    private static void html(Context ctx, byte[] page) {
        ctx.contentType("text/html; charset=utf-8").result(page);
    }
}
