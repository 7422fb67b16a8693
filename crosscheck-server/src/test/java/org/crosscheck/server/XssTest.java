package org.crosscheck.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.NoAlertPresentException;

/**
 * Documents are hostile: an uploaded page and a text full of script, event handlers and
 * javascript: links are shown on every page, and nothing of them runs or becomes markup.
 * Asserted in the browser itself: each payload would set window.__pwned, or open an alert.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class XssTest {
    @TempDir
    static Path tmp;

    DemoServer demo;
    Browser browser;

    static final String PAGE = """
            <html><head><title>Harbour <script>window.__pwned='title'</script> update</title>
            <meta property="og:site_name" content="<img src=x onerror=window.__pwned='meta'>">
            <script>window.__pwned='head'</script></head>
            <body><article><h1>Ferry update <img src=x onerror="window.__pwned='h1'"></h1>
            <p>"<script>window.__pwned='quote'</script> We will rebuild the bridge," the mayor said on Thursday.</p>
            <p>Read more <a href="javascript:window.__pwned='link'">here</a> or <a href="JaVaScRiPt:alert(1)">there</a>.
            The harbour master said the ferry ran again on Thursday.</p>
            <p><svg onload="window.__pwned='svg'"></svg>A <b onmouseover="window.__pwned='hover'">bold</b> claim about 14 injured
            people, the board said.</p>
            <iframe src="javascript:window.top.__pwned='frame'"></iframe>
            </article></body></html>
            """;
    static final String TEXT = """
            <script>window.__pwned='text'</script> Bridge notes

            The spokesman said "<img src=x onerror=window.__pwned='textquote'>" was not a word anyone used, according to the board.

            <a href="javascript:window.__pwned='textlink'">click</a> The Saltmarsh Bridge collapsed on Tuesday, injuring 14 people.
            """;

    @BeforeAll
    void start() throws Exception {
        demo = DemoServer.start(tmp.resolve("server"));
        browser = Browser.start(tmp.resolve("profile"));
        browser.open(demo.server.address().toString()); // the printed address: its token becomes the browser's cookie
        Path page = Files.writeString(tmp.resolve("hostile-page.html"), PAGE);
        Path text = Files.writeString(tmp.resolve("hostile-notes.txt"), TEXT);
        assertThat(browser.upload(demo, page, text)).isEqualTo("done");
    }

    @AfterAll
    void stop() {
        if (browser != null) browser.close();
        if (demo != null) demo.close();
    }

    @Test
    void nothingFromAHostileDocumentRunsOnAnyPage() {
        for (String path : List.of("/", "/claims", "/quotes", "/discrepancies", "/timeline", "/sources/hostile-page",
                "/sources/hostile-notes", "/export")) {
            browser.open(demo.url(path));
            assertNothingRan(path);
        }
        browser.open(demo.url("/sources/hostile-notes"));
        browser.screenshot("xss-source");
    }

    @Test
    void theHostileMarkupIsShownAsTheTextItIs() {
        browser.open(demo.url("/sources/hostile-notes"));
        assertThat(browser.find("div.text").getText()).contains("<script>window.__pwned='text'</script>")
                .contains("<a href=\"javascript:window.__pwned='textlink'\">click</a>");
    }

    @Test
    void theSelfContainedReportRunsNothingEither() {
        browser.open(demo.dir.resolve("report.html").toUri().toString());
        assertNothingRan("report.html");
        assertThat(browser.find("main").getText()).contains("hostile-notes");
    }

    private void assertNothingRan(String where) {
        assertThat(browser.script("return window.__pwned === undefined")).as(where + ": a payload ran").isEqualTo(true);
        try {
            browser.driver.switchTo().alert();
            throw new AssertionError(where + ": an alert opened");
        } catch (NoAlertPresentException expected) {
            // nothing opened
        }
        assertThat(browser.all("script, iframe, svg, object, embed")).as(where).isEmpty();
        assertThat(browser.all("[onerror], [onload], [onmouseover], [onclick]")).as(where).isEmpty();
        assertThat(browser.all("a")).as(where).allSatisfy(a -> assertThat(String.valueOf(a.getAttribute("href")).toLowerCase())
                .doesNotStartWith("javascript:"));
    }
}
