package cn.gov.sed.system.console;

import cn.gov.sed.testing.RunningSuite;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

/**
 * The console in a real browser: Debian's headless Chromium driven through chromium-driver, at 1366×768 (the desk
 * screen the console is made for), against the packaged suite ({@link RunningSuite}, the console included).
 * Downloads go to {@code target/console-downloads/}, screenshots to {@code target/console-screenshots/<name>.png}.
 * Without the two binaries the test is skipped (JUnit assumption) with what to install.
 */
public final class ConsoleBrowser implements AutoCloseable {
    public static final Path CHROMIUM = Paths.get(System.getProperty("console.chromium", "/usr/bin/chromium"));
    public static final Path CHROMEDRIVER = Paths.get(System.getProperty("console.chromedriver", "/usr/bin/chromedriver"));
    public static final Path SCREENSHOTS = Paths.get("target", "console-screenshots");
    public static final Path DOWNLOADS = Paths.get("target", "console-downloads").toAbsolutePath();

    /** The demo identities of the console's local sign-in (console/.../signin/DemoIdentity). */
    public static final String CITY = "city";
    public static final String DISTRICT_ADMIN_HEPING = "district-admin-120101";
    public static final String INSPECTOR_HEPING = "inspector-120101";
    public static final String DEPARTMENT = "department-HOUSING";

    private final WebDriver driver;
    private final String base;

    private ConsoleBrowser(WebDriver driver, String base) {
        this.driver = driver;
        this.base = base;
    }

    /** Skips the calling test when Chromium or its driver is missing; else starts the suite and the browser. */
    public static ConsoleBrowser open() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "install chromium and chromium-driver (Debian) to run the console browser tests");
        String base = RunningSuite.get().url(RunningSuite.CONSOLE);
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.createDirectories(DOWNLOADS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1366,768", "--lang=zh-CN", "--no-first-run", "--disable-extensions");
        options.setExperimentalOption("prefs", Map.of(
                "download.default_directory", DOWNLOADS.toString(),
                "download.prompt_for_download", false));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1366, 768));
        return new ConsoleBrowser(driver, base);
    }

    public WebDriver driver() {
        return driver;
    }

    public String base() {
        return base;
    }

    /** Opens the console signed out, then signs in as one of the demo identities; waits for the default screen. */
    public void signIn(String identity) {
        driver.get(base + "/");
        // forget the previous identity only once the page has settled (its screen rendered, or the sign-in shown):
        // cleared under a screen still rendering for the previous identity, its next read would go without a token (a 401)
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d ->
                !d.findElements(By.cssSelector("[data-testid='screen'][data-ready='true']")).isEmpty()
                        || d.findElements(By.cssSelector("[data-testid^='sign-in-']")).stream().anyMatch(WebElement::isDisplayed)
                        || d.findElements(By.cssSelector("[data-testid='error']")).stream().anyMatch(WebElement::isDisplayed));
        ((JavascriptExecutor) driver).executeScript("sessionStorage.clear();");
        driver.get(base + "/#/");
        driver.navigate().refresh();
        waitFor(By.cssSelector("[data-testid='sign-in-" + identity + "']")).click();
        waitFor(By.cssSelector("[data-testid='top-bar']:not([hidden])"));
    }

    /**
     * Opens a route of the console ({@code #/battle-map/120101}) afresh (a reload: the screen reads the API again, the
     * token stays in the tab's sessionStorage) and waits until its screen has rendered.
     */
    public void go(String hash) {
        driver.get(base + "/" + hash);
        driver.navigate().refresh();
        awaitReady();
    }

    /** Waits until the current screen says it rendered ({@code data-ready} on the screen root) or shows an error. */
    public void awaitReady() {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
            WebElement screen = d.findElement(By.cssSelector("[data-testid='screen']"));
            return "true".equals(screen.getAttribute("data-ready"))
                    || d.findElement(By.cssSelector("[data-testid='error']")).isDisplayed();
        });
    }

    public WebElement waitFor(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    public static By testId(String id) {
        return By.cssSelector("[data-testid='" + id + "']");
    }

    /** The visible error banner's text, or null when none shows. */
    public String shownError() {
        WebElement error = driver.findElement(testId("error"));
        return error.isDisplayed() ? error.getText() : null;
    }

    /** Writes {@code target/console-screenshots/<name>.png}. */
    public Path screenshot(String name) {
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Path target = SCREENSHOTS.resolve(name + ".png");
        try {
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    /** The browser console's errors (SEVERE: uncaught exceptions, failed requests) since the last call. */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
