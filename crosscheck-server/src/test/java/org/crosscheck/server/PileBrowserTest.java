package org.crosscheck.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The index of a pile's stories in a real browser: from it into a story and back, and the same accessibility checks as every page. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PileBrowserTest {
    @TempDir
    static Path tmp;

    PileServer pile;
    Browser browser;

    @BeforeAll
    void start() {
        pile = PileServer.start(tmp.resolve("server"));
        browser = Browser.start(tmp.resolve("profile"));
        browser.open(pile.server.address().toString()); // the printed address: its token becomes the browser's cookie
    }

    @AfterAll
    void stop() {
        if (browser != null) browser.close();
        if (pile != null) pile.close();
    }

    @Test
    void theIndexLeadsIntoAStoryAndBackAndEveryPageOnTheWayPassesAxe() {
        List<String> problems = new ArrayList<>();
        for (int width : new int[] {1366, 390}) {
            browser.width(width);
            browser.open(pile.url("/"));
            check("index", width, problems);
            browser.find("table#stories tbody tr:first-child th a").click();
            assertThat(browser.driver.getCurrentUrl()).endsWith("/stories/" + pile.bridge().id() + "/");
            assertThat(browser.find("ul.facts").getText()).contains("2 documents");
            check("story", width, problems);
            browser.find("header.top a.up").click();
            assertThat(browser.find("h1").getText()).isEqualTo("Stories");
            browser.open(pile.url("/stories/0123456789ab/"));
            check("no-story", width, problems);
        }
        browser.width(1366);
        assertThat(problems).isEmpty();
    }

    private void check(String name, int width, List<String> problems) {
        if (browser.scrollsSideways()) problems.add(name + " at " + width + " px scrolls sideways");
        for (String v : browser.axeViolations()) problems.add(name + " at " + width + " px: " + v);
        browser.screenshot("pile-" + name + "-" + width);
    }
}
