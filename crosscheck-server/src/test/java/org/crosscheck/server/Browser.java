package org.crosscheck.server;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Test kit: Debian's headless Chromium driven through its ChromeDriver (both installed by
 * .ci/run; paths can be changed with -Dcrosscheck.chromium and -Dcrosscheck.chromedriver). The
 * driver is named, so Selenium never looks for one on the network. Screenshots go to
 * target/screenshots.
 */
final class Browser implements AutoCloseable {
    static final Path SHOTS = Path.of("target", "screenshots");
    final WebDriver driver;

    private Browser(WebDriver driver) {
        this.driver = driver;
    }

    static Browser start(Path profile) {
        File chromium = new File(System.getProperty("crosscheck.chromium", "/usr/bin/chromium"));
        File chromedriver = new File(System.getProperty("crosscheck.chromedriver", "/usr/bin/chromedriver"));
        if (!chromium.canExecute() || !chromedriver.canExecute()) {
            throw new IllegalStateException("the browser tests need Chromium and its driver at " + chromium + " and " + chromedriver
                    + ": install Debian's packages (apt-get install chromium chromium-driver; .ci/run does), or give their paths with "
                    + "-Dcrosscheck.chromium=... -Dcrosscheck.chromedriver=...");
        }
        ChromeOptions o = new ChromeOptions();
        o.setBinary(chromium);
        // the flags that keep Chromium from reaching for the network at start (this machine has none)
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-extensions",
                "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1280,1000");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver).usingAnyFreePort().build();
        WebDriver d = new ChromeDriver(service, o);
        d.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return new Browser(d);
    }

    void open(String url) {
        driver.get(url);
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    java.util.List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** Waits until an element matching {@code css} is there (pages that reload themselves included). */
    WebElement await(String css, Duration d) {
        return new WebDriverWait(driver, d).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    Object script(String js) {
        return ((JavascriptExecutor) driver).executeScript(js);
    }

    /** A screenshot of the whole page (the window grown to the page's height, up to 8000 pixels). */
    Path screenshot(String name) {
        Object h = script("return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)");
        int height = (int) Math.min(8000, Math.max(600, ((Number) h).longValue() + 40));
        Dimension before = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(before.getWidth(), height));
        try {
            Files.createDirectories(SHOTS);
            Path out = SHOTS.resolve(name + ".png");
            Files.write(out, ((ChromeDriver) driver).getScreenshotAs(OutputType.BYTES));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    /** Sets the window to this width (the height stays), as a phone or a laptop shows pages. */
    void width(int px) {
        Dimension d = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(px, d.getHeight()));
    }

    /** Whether the page is wider than the window, so it scrolls sideways. */
    boolean scrollsSideways() {
        return (Boolean) script("return document.documentElement.scrollWidth > window.innerWidth");
    }

    /** axe-core, installed by the build (target/axe), as a script to inject. */
    private static String axeSource;

    /**
     * The serious and critical accessibility violations axe-core finds in the page now open, each
     * as "rule: where" lines; empty when there are none.
     */
    java.util.List<String> axeViolations() {
        try {
            if (axeSource == null) axeSource = Files.readString(Path.of("target", "axe", "node_modules", "axe-core", "axe.min.js"));
        } catch (IOException e) {
            throw new UncheckedIOException("axe-core is not installed in target/axe: the build's process-test-resources step runs npm ci", e);
        }
        script(axeSource);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(180));
        Object out = ((JavascriptExecutor) driver).executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations"
                + ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
                + ".map(v => v.id + ' (' + v.impact + '): ' + v.nodes.slice(0, 3).map(n => n.target.join(' ') + ' ' + (n.failureSummary || '')"
                + ".replace(/\\s+/g, ' ')).join(' | '))))"
                + ".catch(e => done(['axe failed: ' + e]));");
        java.util.List<String> list = new java.util.ArrayList<>();
        for (Object o : (java.util.List<?>) out) list.add(String.valueOf(o));
        return list;
    }

    /** Uploads files through the Add documents form and waits on the job's page until it is finished; returns its state. */
    String upload(DemoServer demo, Path... files) {
        open(demo.url("/add"));
        StringBuilder paths = new StringBuilder();
        for (Path f : files) paths.append(paths.length() == 0 ? "" : "\n").append(f.toAbsolutePath());
        find("input#file").sendKeys(paths.toString());
        find("button#upload").click();
        try {
            return await("#job-state[data-state=done], #job-state[data-state=failed]", Duration.ofSeconds(120)).getAttribute("data-state");
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("upload-timed-out");
            throw new AssertionError("the upload did not finish; the page at " + driver.getCurrentUrl() + " says: "
                    + driver.findElement(By.tagName("body")).getText(), e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
