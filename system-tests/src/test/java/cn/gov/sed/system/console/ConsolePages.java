package cn.gov.sed.system.console;

import io.restassured.path.json.JsonPath;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static cn.gov.sed.system.console.ConsoleBrowser.testId;

/**
 * What the lists and analysis tests do on a page, over {@link ConsoleBrowser}: navigate and wait for the new render
 * (not the last one's {@code data-ready}), use the filters, read rows and chart attributes, download an export.
 */
final class ConsolePages {
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final ConsoleBrowser browser;

    ConsolePages(ConsoleBrowser browser) {
        this.browser = browser;
    }

    /** Opens a route and waits for its screen to render (the hash changes within the page: a new render starts). */
    void go(String hash) {
        forgetReady();
        browser.driver().get(browser.base() + "/" + hash);
        browser.awaitReady();
    }

    /** Clicks something that navigates (a filter's 查询, a row) and waits for the screen it leads to. */
    void clickAndAwait(String testid) {
        forgetReady();
        browser.waitFor(testId(testid)).click();
        browser.awaitReady();
    }

    void clickAndAwait(WebElement element) {
        forgetReady();
        element.click();
        browser.awaitReady();
    }

    void select(String testid, String value) {
        new Select(browser.waitFor(testId(testid))).selectByValue(value);
    }

    String text(String testid) {
        return browser.waitFor(testId(testid)).getText();
    }

    List<WebElement> all(String testid) {
        return browser.all(testId(testid));
    }

    String url() {
        return browser.driver().getCurrentUrl();
    }

    /** The token the console holds for the signed-in caller (what its API calls carry). */
    String token() {
        return (String) js("return sessionStorage.getItem('sed.console.token');");
    }

    void awaitAttribute(String testid, String attribute, String value) {
        new WebDriverWait(browser.driver(), PATIENCE).withMessage(testid + " " + attribute + "=" + value)
                .until(d -> browser.all(testId(testid)).stream().anyMatch(e -> value.equals(e.getAttribute(attribute))));
    }

    /** An attribute holding a JSON array of strings (a chart's data-keys). */
    List<String> jsonList(String testid, String attribute) {
        String json = browser.waitFor(testId(testid)).getAttribute(attribute);
        return JsonPath.from(json == null ? "[]" : json).getList("$", String.class);
    }

    /** Clicks an export button and waits for the file it saves into the browser's download folder. */
    Path download(String testid, String extension) {
        Path folder = ConsoleBrowser.DOWNLOADS;
        if (browser.driver() instanceof ChromeDriver chrome) {
            chrome.executeCdpCommand("Browser.setDownloadBehavior",
                    Map.of("behavior", "allow", "downloadPath", folder.toString()));
        }
        // a file of the same name is overwritten, so "new" is by modification time, not by name
        Map<Path, FileTime> before = files(folder);
        browser.waitFor(testId(testid)).click();
        return new WebDriverWait(browser.driver(), PATIENCE).withMessage("a " + extension + " download in " + folder)
                .until(d -> files(folder).entrySet().stream()
                        .filter(f -> f.getKey().getFileName().toString().endsWith(extension))
                        .filter(f -> !f.getValue().equals(before.get(f.getKey())))
                        .map(Map.Entry::getKey).filter(p -> size(p) > 0).findFirst().orElse(null));
    }

    private static Map<Path, FileTime> files(Path folder) {
        try (Stream<Path> list = Files.list(folder)) {
            Map<Path, FileTime> times = new HashMap<>();
            list.forEach(p -> {
                try {
                    times.put(p, Files.getLastModifiedTime(p));
                } catch (IOException e) {
                    // renamed or removed while listing (a download in progress)
                }
            });
            return times;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0; // still being written or renamed
        }
    }

    private void forgetReady() {
        js("var s = document.querySelector(\"[data-testid='screen']\"); if (s) { s.removeAttribute('data-ready'); }");
    }

    private Object js(String script) {
        return ((JavascriptExecutor) browser.driver()).executeScript(script);
    }
}
