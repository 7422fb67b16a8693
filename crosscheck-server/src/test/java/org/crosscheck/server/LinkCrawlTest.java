package org.crosscheck.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every internal link on every page of the demo workspace, and in report.html, leads somewhere: the
 * page answers, and the anchor it names is on it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LinkCrawlTest {
    @TempDir
    static Path tmp;

    DemoServer demo;

    @BeforeAll
    void start() {
        demo = DemoServer.start(tmp.resolve("server"));
    }

    @AfterAll
    void stop() {
        if (demo != null) demo.close();
    }

    @Test
    void everyLinkOnEveryPageResolvesToAPageAndAnAnchorOnIt() {
        Map<String, Set<String>> idsOf = new HashMap<>();
        Map<String, Integer> status = new HashMap<>();
        Deque<String> todo = new ArrayDeque<>(List.of("/"));
        List<String[]> links = new ArrayList<>(); // from, to
        while (!todo.isEmpty()) {
            String path = todo.poll();
            if (status.containsKey(path)) continue;
            HttpResponse<String> r = demo.get(path);
            status.put(path, r.statusCode());
            boolean html = r.headers().firstValue("Content-Type").orElse("").startsWith("text/html")
                    && !r.headers().firstValue("Content-Disposition").isPresent();
            if (r.statusCode() != 200 || !html) continue;
            Document page = Jsoup.parse(r.body());
            idsOf.put(path, new HashSet<>(page.getAllElements().eachAttr("id")));
            for (Element a : page.select("a[href]")) {
                String href = a.attr("href");
                if (href.startsWith("http:") || href.startsWith("https:") || href.startsWith("mailto:")) continue;
                URI u = URI.create("http://x" + path).resolve(href);
                String target = u.getRawPath() + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
                links.add(new String[] {path, target + (u.getRawFragment() == null ? "" : "#" + u.getRawFragment())});
                // pages are crawled; downloads only asked for
                if (!status.containsKey(target)) todo.add(target);
            }
        }
        List<String> broken = new ArrayList<>();
        for (String[] l : links) {
            String to = l[1];
            int hash = to.indexOf('#');
            String page = hash < 0 ? to : to.substring(0, hash);
            Integer st = status.get(page);
            if (st == null || st != 200) broken.add(l[0] + " -> " + to + " (" + st + ")");
            else if (hash >= 0 && idsOf.containsKey(page) && !idsOf.get(page).contains(java.net.URLDecoder.decode(to.substring(hash + 1),
                    java.nio.charset.StandardCharsets.UTF_8))) {
                broken.add(l[0] + " -> " + to + " (no such anchor)");
            }
        }
        assertThat(status.keySet()).as("the crawl reaches every kind of page").anyMatch(p -> p.startsWith("/entities/"))
                .anyMatch(p -> p.startsWith("/claims/")).anyMatch(p -> p.startsWith("/sources/")).contains("/timeline", "/search");
        assertThat(broken).isEmpty();
    }

    @Test
    void everyLinkInReportHtmlNamesAnAnchorItHolds() {
        Document report = Jsoup.parse(demo.get("/export/report.html").body());
        Set<String> ids = new HashSet<>(report.getAllElements().eachAttr("id"));
        List<String> broken = new ArrayList<>();
        for (Element a : report.select("a[href]")) {
            String href = a.attr("href");
            if (!href.startsWith("#") || !ids.contains(href.substring(1))) broken.add(href + " (" + a.text() + ")");
        }
        assertThat(report.select("a[href]")).hasSizeGreaterThan(50);
        assertThat(report.select("nav.toc a")).isNotEmpty();
        assertThat(broken).isEmpty();
    }
}
