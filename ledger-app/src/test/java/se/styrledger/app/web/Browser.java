package se.styrledger.app.web;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Debian's real headless Chromium driven by its chromedriver, for the web UI's end-to-end and accessibility tests.
 * Both binaries are named explicitly, so Selenium Manager never looks for (or downloads) a browser; a missing browser
 * fails the test with the command that installs it, never skips it.
 *
 * <pre>
 * try (Browser browser = Browser.start(baseUrl)) {
 *     browser.open("/rod-trad?asOf=2020-01-01");
 *     browser.find("h1").getText();
 *     Axe.assertNoViolations(browser);
 * }
 * </pre>
 */
public final class Browser implements AutoCloseable {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final String baseUrl;
    private final Path profile;

    private Browser(ChromeDriver driver, String baseUrl, Path profile) {
        this.driver = driver;
        this.baseUrl = baseUrl;
        this.profile = profile;
    }

    /** A fresh browser (own profile, no cookies) against the ledger at {@code baseUrl}, e.g. http://localhost:1234. */
    public static Browser start(String baseUrl) {
        requireInstalled();
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        try {
            Path profile = Files.createTempDirectory("styrledger-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--disable-extensions", "--lang=sv-SE", "--window-size=1280,1000",
                    "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort()
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
            return new Browser(driver, baseUrl, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fails (never skips) when the browser is missing: CI installs it, .ci/run says how. */
    public static void requireInstalled() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new AssertionError("The web UI is tested in a real browser: " + CHROMIUM + " and " + CHROMEDRIVER
                    + " must be installed (Debian: apt-get install -y chromium chromium-driver; .ci/run does this).");
        }
    }

    /** Opens a path of the ledger (or a full URL) and waits until the page has loaded. */
    public Browser open(String pathOrUrl) {
        driver.get(pathOrUrl.startsWith("http") ? pathOrUrl : baseUrl + pathOrUrl);
        return this;
    }

    public String baseUrl() {
        return baseUrl;
    }

    public ChromeDriver driver() {
        return driver;
    }

    public String path() {
        String url = driver.getCurrentUrl();
        return url == null ? "" : url.substring(baseUrl.length());
    }

    public String title() {
        return driver.getTitle();
    }

    /** The element, waiting (bounded) for it: after a click the next page may still be on its way. */
    public WebElement find(String css) {
        return new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    /**
     * Clicks what navigates (a link, a form's button) and waits until the next page has replaced this one, so that
     * what the test reads next is never the old page's element.
     */
    public Browser follow(String css) {
        return follow(find(css));
    }

    /** As {@link #follow(String)}, for an element the test has already picked out. */
    public Browser follow(WebElement link) {
        WebElement page = driver.findElement(By.tagName("html"));
        link.click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(page));
        return this;
    }

    /** Waits (bounded) until the page's text holds {@code expected}, e.g. the next page after a click. */
    public Browser awaitText(String expected) {
        // The old page's body goes stale when the next one arrives: that is a reason to look again, not a failure.
        new WebDriverWait(driver, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.tagName("body")).getText().contains(expected));
        return this;
    }

    public List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public boolean exists(String css) {
        return !findAll(css).isEmpty();
    }

    /** The page's visible text. */
    public String text() {
        return find("body").getText();
    }

    public String html() {
        return driver.getPageSource();
    }

    /** The element that has the keyboard focus now. */
    public WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /** Presses keys as a keyboard user does (to the focused element). */
    public Browser press(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
        return this;
    }

    /** Tabs forward until the focused element matches {@code css}; fails after {@code maxTabs} presses. */
    public WebElement tabTo(String css, int maxTabs) {
        for (int i = 0; i < maxTabs; i++) {
            press(Keys.TAB);
            WebElement focused = focused();
            if ((Boolean) ((JavascriptExecutor) driver).executeScript("return arguments[0].matches(arguments[1])",
                    focused, css)) {
                return focused;
            }
        }
        throw new AssertionError("Nothing matching '" + css + "' received focus within " + maxTabs + " Tab presses");
    }

    /** Fills a form field by its id (the field's label points to it). */
    public Browser fill(String id, String value) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
        return this;
    }

    /** The HTTP status is not visible to WebDriver; the page's own text and title tell the user instead. */
    public Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Saves a PNG of the whole page (its full height at the window's width). */
    public void screenshot(Path file, int width) throws IOException {
        driver.manage().window().setSize(new Dimension(width, 1000));
        Number height = (Number) script("return Math.ceil(document.documentElement.scrollHeight)");
        driver.manage().window().setSize(new Dimension(width, Math.min(Math.max(height.intValue() + 160, 600), 6000)));
        File shot = driver.getScreenshotAs(OutputType.FILE);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.copy(shot.toPath(), file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // A leftover temporary profile is harmless.
            }
        }
    }
}
