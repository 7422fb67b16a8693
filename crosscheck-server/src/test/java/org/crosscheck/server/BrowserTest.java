package org.crosscheck.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebElement;

/**
 * A newsroom's walk through the demo workspace in a real browser: the overview, a claim lit up in
 * the sources that carry it, the disagreements, the other views, and an upload that appears once
 * analysed. Each page's screenshot is written to target/screenshots.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserTest {
    @TempDir
    static Path tmp;

    DemoServer demo;
    Browser browser;

    @BeforeAll
    void start() {
        demo = DemoServer.start(tmp.resolve("server"));
        browser = Browser.start(tmp.resolve("profile"));
        browser.open(demo.server.address().toString()); // the printed address: its token becomes the browser's cookie
    }

    @AfterAll
    void stop() {
        if (browser != null) browser.close();
        if (demo != null) demo.close();
    }

    @Test
    @Order(1)
    void theOverviewShowsTheEventItsSourcesAndWhatWasFound() {
        browser.open(demo.url("/"));
        assertThat(browser.find("h1").getText()).isEqualTo("harbor-bridge");
        assertThat(browser.find("ul.facts").getText()).contains("6 documents from 5 independent sources").contains("disagreements");
        assertThat(browser.all("ul.copies a")).extracting(WebElement::getText).containsExactly("Lindqvist Daily");
        assertThat(browser.screenshot("overview")).exists();
    }

    @Test
    @Order(2)
    void openingAClaimLightsUpItsWordsInEverySourceThatCarriesIt() throws Exception {
        browser.open(demo.url("/claims"));
        browser.screenshot("claims");
        WebElement first = browser.find("table.matrix tbody tr:first-child th a");
        String href = first.getAttribute("href");
        first.click();
        String id = href.substring(href.lastIndexOf('/') + 1);
        JsonNode claim = demo.json("/api/claims/" + id);
        List<WebElement> sections = browser.all("section.mention");
        assertThat(sections.size()).isGreaterThanOrEqualTo(2).isEqualTo(claim.path("mentions").findValues("doc").stream().distinct().count());
        for (WebElement s : sections) {
            String doc = s.getAttribute("data-doc");
            WebElement mark = s.findElement(org.openqa.selenium.By.cssSelector("mark.claim"));
            assertThat(mark.isDisplayed()).isTrue();
            String said = null;
            for (JsonNode m : claim.path("mentions")) if (m.path("doc").asText().equals(doc)) said = m.path("text").asText();
            assertThat(mark.getText()).as(doc).isEqualTo(said.strip());
            assertThat(mark.getCssValue("background-color")).isNotEqualTo("rgba(0, 0, 0, 0)");
        }
        browser.screenshot("claim");
        // and from the claim into the full text of a source, where the same words are marked
        sections.get(1).findElement(org.openqa.selenium.By.linkText("in the full text")).click();
        assertThat(browser.all("div.text a.c")).isNotEmpty();
        browser.screenshot("source");
    }

    @Test
    @Order(3)
    void theDisagreementsPageSetsEachVariantSideBySideWithItsSources() {
        browser.open(demo.url("/discrepancies"));
        List<WebElement> ds = browser.all("section.discrepancy");
        assertThat(ds).hasSizeGreaterThanOrEqualTo(5);
        for (WebElement d : ds) assertThat(d.findElements(org.openqa.selenium.By.cssSelector(".variant"))).hasSizeGreaterThanOrEqualTo(2);
        // (this server judges claims without sentence vectors, so which approximations it pairs differs from the tool's)
        assertThat(browser.find("main").getText()).contains("120").contains("112").contains("hedge");
        browser.screenshot("discrepancies");
    }

    @Test
    @Order(4)
    void quotesAreGroupedBySpeakerAndTheTimelineIsInOrder() {
        browser.open(demo.url("/quotes"));
        assertThat(browser.all("section.speaker h2")).extracting(WebElement::getText).anyMatch(t -> t.startsWith("Ingrid Solberg"));
        assertThat(browser.find("section.unattributed h2").getText()).startsWith("Speaker not found");
        browser.screenshot("quotes");
        browser.open(demo.url("/timeline"));
        // the event's own days first, then the background the sources recall, each in order
        List<WebElement> tables = browser.all("table");
        assertThat(browser.all("h2")).extracting(WebElement::getText)
                .containsSubsequence("The event's own days", "Background the sources recall");
        // dates read as dates, with the calendar date kept in the markup
        List<String> days = tables.get(0).findElements(org.openqa.selenium.By.cssSelector("tr td:first-child time")).stream()
                .map(t -> t.getAttribute("datetime")).toList();
        assertThat(days).isNotEmpty().isSorted().allMatch(w -> w.startsWith("2025-03-"));
        assertThat(tables.get(0).findElement(org.openqa.selenium.By.cssSelector("tr td:first-child time")).getText()).endsWith("March 2025");
        List<String> background = tables.get(1).findElements(org.openqa.selenium.By.cssSelector("tr td:first-child time")).stream()
                .map(t -> t.getAttribute("datetime")).toList();
        assertThat(background).isNotEmpty().isSorted().contains("1987");
        browser.screenshot("timeline");
        browser.open(demo.url("/export"));
        browser.screenshot("export");
    }

    @Test
    @Order(10)
    void theOverviewGivesItsThreeAnswersFirst() {
        browser.width(1366);
        browser.open(demo.url("/"));
        List<WebElement> corroborated = browser.all("section#corroborated ol.claims > li");
        assertThat(corroborated).isNotEmpty();
        // each with a coverage bar: a block per independent source, and the same in words
        assertThat(corroborated.get(0).findElements(org.openqa.selenium.By.cssSelector(".coverage .block")).size()).isGreaterThanOrEqualTo(2);
        assertThat(corroborated.get(0).findElement(org.openqa.selenium.By.cssSelector(".coverage .words")).getText()).contains("independent sources");
        assertThat(browser.find("section#single-source h2").getText()).isEqualTo("Only one source carries");
        List<WebElement> disagreements = browser.all("section#disagreements li > a");
        assertThat(disagreements).hasSizeGreaterThanOrEqualTo(5);
        // the answers come before the list of sources
        int answers = browser.find("section#disagreements").getLocation().getY();
        assertThat(browser.find("h2#sources").getLocation().getY()).isGreaterThan(answers);
        disagreements.get(0).click();
        String anchor = browser.driver.getCurrentUrl().substring(browser.driver.getCurrentUrl().indexOf('#') + 1);
        assertThat(browser.find("section#" + anchor).isDisplayed()).isTrue();
    }

    @Test
    @Order(11)
    void aSearchFindsAQuoteAndOpensItsSourceAtTheCharactersFound() {
        browser.width(1366);
        browser.open(demo.url("/search"));
        browser.find("input#q").sendKeys("injured");
        new org.openqa.selenium.support.ui.Select(browser.find("select#f-kind")).selectByValue("quote");
        browser.find("button#search-go").click();
        // the results page loads after the click: wait for it rather than read the form page still showing
        browser.await("ol.hits li.hit", java.time.Duration.ofSeconds(20));
        List<WebElement> hits = browser.all("ol.hits li.hit");
        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0).getAttribute("data-kind")).isEqualTo("quote");
        assertThat(hits.get(0).findElement(org.openqa.selenium.By.cssSelector("mark.found")).getText()).isEqualToIgnoringCase("injured");
        hits.get(0).findElement(org.openqa.selenium.By.cssSelector("a.open")).click();
        WebElement found = browser.find("mark#found");
        assertThat(found.getText()).isEqualToIgnoringCase("injured");
        // the page opens scrolled to the words
        Number top = (Number) browser.script("return document.getElementById('found').getBoundingClientRect().top");
        Number height = (Number) browser.script("return window.innerHeight");
        assertThat(top.doubleValue()).isBetween(0.0, height.doubleValue());
        assertThat(found.getCssValue("background-color")).isNotEqualTo("rgba(0, 0, 0, 0)");
    }

    @Test
    @Order(12)
    void anEntityPageShowsItsNamesSourcesAndWhatItSays() {
        browser.width(1366);
        browser.open(demo.url("/entities"));
        browser.driver.findElement(org.openqa.selenium.By.linkText("Ingrid Solberg")).click();
        assertThat(browser.find("h1").getText()).isEqualTo("Ingrid Solberg");
        assertThat(browser.all("table td a[href^='/sources/']")).isNotEmpty();
        assertThat(browser.all("div.quote")).isNotEmpty();
        // from a source it names, back into the text where it is named
        browser.all("table td a[href*='#at-']").get(0).click();
        assertThat(browser.driver.getCurrentUrl()).contains("/sources/").contains("#at-");
    }

    @Test
    @Order(13)
    void theMatrixFitsALaptopAndAPhoneWithoutScrollingSideways() {
        for (int width : new int[] {1366, 390}) {
            browser.width(width);
            browser.open(demo.url("/claims"));
            assertThat(browser.scrollsSideways()).as("the claims page at " + width + " px scrolls sideways").isFalse();
            // the matrix scrolls in its own box, its header and first column staying in view
            assertThat(browser.find("table.matrix thead th").getCssValue("position")).isEqualTo("sticky");
            // a cell's words open from the keyboard (and a tap), not only in a hover tooltip
            WebElement cell = browser.all("table.matrix td details summary").get(0);
            cell.sendKeys(org.openqa.selenium.Keys.ENTER);
            assertThat(browser.all("table.matrix td details[open] .said").get(0).isDisplayed()).isTrue();
            browser.screenshot("matrix-" + width);
        }
        browser.width(1366);
    }

    @Test
    @Order(14)
    void everyPageAndTheReportFileFitAPhonePassAxeAndAreKeptAsScreenshots() throws Exception {
        String claim = demo.firstClaimPage();
        String entity = "/entities/" + demo.json("/api/entities").get(0).path("id").asText();
        Path report = tmp.resolve("report.html");
        Files.writeString(report, demo.get("/export/report.html").body());
        java.util.Map<String, String> pages = new java.util.LinkedHashMap<>();
        for (String[] p : new String[][] {{"overview", "/"}, {"search", "/search?q=bridge"}, {"claims", "/claims"}, {"claim", claim},
            {"quotes", "/quotes"}, {"disagreements", "/discrepancies"}, {"timeline", "/timeline"}, {"entities", "/entities"},
            {"entity", entity}, {"source", "/sources/03-northern-herald"}, {"add", "/add"}, {"export", "/export"}, {"not-found", "/nowhere"}}) {
            pages.put(p[0], demo.url(p[1]));
        }
        pages.put("report-html", report.toUri().toString());
        // the check itself finds what it is for: an unlabelled field and grey on white
        Path bad = tmp.resolve("bad.html");
        Files.writeString(bad, "<!DOCTYPE html><html><head><title>t</title></head><body><main><h1>t</h1><input type=text>"
                + "<p style='color:#ccc'>faint words</p></main></body></html>");
        browser.open(bad.toUri().toString());
        assertThat(browser.axeViolations()).anyMatch(v -> v.startsWith("label")).anyMatch(v -> v.startsWith("color-contrast"));
        List<String> problems = new java.util.ArrayList<>();
        for (int width : new int[] {1366, 390}) {
            browser.width(width);
            for (var p : pages.entrySet()) {
                browser.open(p.getValue());
                if (browser.scrollsSideways()) problems.add(p.getKey() + " at " + width + " px scrolls sideways");
                if (width == 1366 || !p.getKey().equals("report-html")) {
                    for (String v : browser.axeViolations()) problems.add(p.getKey() + " at " + width + " px: " + v);
                }
                browser.screenshot(p.getKey() + "-" + width);
            }
        }
        browser.width(1366);
        assertThat(problems).isEmpty();
        assertThat(Browser.SHOTS.resolve("overview-390.png")).exists();
    }

    @Test
    @Order(20)
    void anUploadedDocumentIsAnalysedAndAppearsInTheOverview() throws Exception {
        Path file = tmp.resolve("07-ferry-update.txt");
        Files.writeString(file, "Ferry service resumes after bridge collapse\n\nThe ferry between the old town and the terminal ran "
                + "again on Thursday, two days after the Saltmarsh Bridge collapsed, the harbour master said.\n");
        browser.open(demo.url("/add"));
        browser.screenshot("add");
        assertThat(browser.upload(demo, file)).isEqualTo("done");
        assertThat(browser.all("ul#added a")).extracting(WebElement::getText).containsExactly("07-ferry-update");
        browser.screenshot("job-done");
        browser.open(demo.url("/"));
        assertThat(browser.find("ul.facts").getText()).contains("7 documents");
        assertThat(browser.find("table").getText()).contains("07-ferry-update").contains("Ferry service resumes after bridge collapse");
        browser.screenshot("overview-after-upload");
    }

    @Test
    @Order(21)
    void aDateAndOutletSetOnASourcesPageShowEverywhereAndLeaveTheOriginalAsItWas() throws Exception {
        Path original = demo.dir.resolve("originals");
        var before = demo.json("/api/report").path("documents");
        JsonNode doc = null;
        for (JsonNode d : before) if (d.path("id").asText().equals("05-harbour-watch-blog")) doc = d;
        assertThat(doc).isNotNull();
        String sha = doc.path("sha256").asText();
        byte[] bytes = Files.readAllBytes(original.resolve(sha));

        browser.open(demo.url("/sources/05-harbour-watch-blog"));
        browser.find("input#fact-outlet").clear();
        browser.find("input#fact-outlet").sendKeys("Harbour Watch");
        browser.find("input#fact-by").sendKeys("Desk editor");
        // a date input takes the date as typed in the browser's locale; the value attribute is what the form posts
        var published = browser.find("input#fact-published");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript("arguments[0].value = '2025-03-11'", published);
        browser.screenshot("facts-form");
        browser.find("button#facts-save").click();
        assertThat(browser.await("#job-state[data-state=done], #job-state[data-state=failed]", java.time.Duration.ofSeconds(120))
                .getAttribute("data-state")).isEqualTo("done");

        browser.open(demo.url("/sources/05-harbour-watch-blog"));
        String provenance = browser.find("dl.provenance").getText();
        assertThat(provenance).contains("Harbour Watch (set by hand: Desk editor (web view)").contains("11 March 2025 (set by hand");
        assertThat(provenance).contains(sha);
        browser.screenshot("facts-set");
        browser.open(demo.url("/"));
        assertThat(browser.find("table").getText()).contains("Harbour Watch (set by hand").contains("11 March 2025");

        JsonNode after = null;
        for (JsonNode d : demo.json("/api/report").path("documents")) if (d.path("id").asText().equals("05-harbour-watch-blog")) after = d;
        assertThat(after.path("outlet").asText()).isEqualTo("Harbour Watch");
        assertThat(after.path("published").asText()).isEqualTo("2025-03-11");
        assertThat(after.path("overrides").path("outlet").path("by").asText()).isEqualTo("Desk editor (web view)");
        assertThat(after.path("sha256").asText()).isEqualTo(sha);
        assertThat(Files.readAllBytes(original.resolve(sha))).isEqualTo(bytes);
    }
}
