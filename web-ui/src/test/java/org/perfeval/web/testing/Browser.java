package org.perfeval.web.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.opentest4j.TestAbortedException;

/**
 * A real headless Chromium (Debian's chromium and chromedriver) for one test class. Without them the class is
 * skipped with a message, except in CI (CI=true) or with -Dperfeval.it.require-browser=true, where that fails.
 * Screenshots go to web-ui/target/screenshots/.
 */
public final class Browser implements BeforeAllCallback, AfterAllCallback, TestExecutionExceptionHandler {

    private static final Path CHROMIUM = Path.of(System.getProperty("perfeval.chromium", "/usr/bin/chromium"));
    private static final Path DRIVER = Path.of(System.getProperty("perfeval.chromedriver", "/usr/bin/chromedriver"));
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static ChromeDriver driver;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
            String message = "no Chromium at " + CHROMIUM + " with chromedriver at " + DRIVER + ": the browser test "
                    + context.getDisplayName() + " is skipped (apt-get install chromium chromium-driver)";
            if ("true".equalsIgnoreCase(System.getenv("CI")) || Boolean.getBoolean("perfeval.it.require-browser")) {
                throw new IllegalStateException(message.replace("is skipped", "must run here but cannot"));
            }
            System.err.println("[perfeval] " + message);
            throw new TestAbortedException(message);
        }
        System.setProperty("SE_OFFLINE", "true");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // headless Chromium ignores --lang for the Accept-Language it sends (en-US): a clerk's browser asks for Chinese
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--lang=zh-CN", "--accept-lang=zh-CN,zh", "--window-size=1366,768",
                "--user-data-dir=" + Files.createTempDirectory("perfeval-chromium"));
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .build();
        driver = new ChromeDriver(service, options);
        Files.createDirectories(SCREENSHOTS);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }

    /** A failed test leaves the page it failed on: a screenshot, the address and the page source. */
    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        if (driver != null) {
            String name = "failed-" + context.getRequiredTestMethod().getName();
            try {
                screenshot(name);
                Files.writeString(SCREENSHOTS.resolve(name + ".html"), driver.getCurrentUrl() + "\n"
                        + driver.getPageSource());
            } catch (RuntimeException | IOException e) {
                failure.addSuppressed(e);
            }
        }
        throw failure;
    }

    /** What the page wrote to the console as errors since the last call, such as content security policy refusals. */
    public static List<String> consoleErrors() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(entry -> entry.getMessage()).toList();
    }

    /** Forgets every cookie of every site and path, not only those the current page can see. */
    public static void forgetCookies() {
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
    }

    public static WebDriver driver() {
        return driver;
    }

    public static WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(Long.getLong("perfeval.browser.wait", 90)));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /** Waits until some element matching {@code css} shows {@code text}, and returns it. */
    public static WebElement awaitText(String css, String text) {
        return waiting().until(d -> d.findElements(By.cssSelector(css)).stream()
                .filter(e -> e.getText().contains(text)).findFirst().orElse(null));
    }

    public static WebElement await(By by) {
        return waiting().until(ExpectedConditions.presenceOfElementLocated(by));
    }

    public static void screenshot(String name) throws IOException {
        Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }
}
