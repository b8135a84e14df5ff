package cn.chuanyu.metrology.web;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Debian's headless Chromium driven through Debian's chromedriver, so Selenium never downloads a browser or a
 * driver. Without them a test is skipped, except under CI=true, where that is a failure.
 */
public final class Chromium {

    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");
    /** How long a find waits for an element that is not (yet) on the page. */
    static final Duration IMPLICIT_WAIT = Duration.ofSeconds(2);

    private Chromium() {
    }

    /**
     * Starts a browser with a fresh profile that keeps the console's warnings and errors (a page's CSP violations
     * among them) for {@code driver.manage().logs()}, or skips (fails under CI) when Chromium is not installed.
     */
    public static WebDriver start() {
        if (!Files.isExecutable(BROWSER) || !Files.isExecutable(DRIVER)) {
            String missing = "Chromium and its driver are needed at " + BROWSER + " and " + DRIVER
                    + " (Debian packages chromium chromium-driver fonts-noto-cjk)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(missing);
            }
            Assumptions.abort(missing + "; browser tests skipped");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--lang=zh-CN", "--window-size=1280,900", "--user-data-dir=" + profile());
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.WARNING);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(IMPLICIT_WAIT);
        return driver;
    }

    /**
     * The elements the loaded page has now, without the implicit wait for one to appear: for asserting that a page
     * has none (a find that finds nothing would otherwise wait the whole {@link #IMPLICIT_WAIT} first).
     */
    public static List<WebElement> elementsNow(WebDriver driver, By by) {
        driver.manage().timeouts().implicitlyWait(Duration.ZERO);
        try {
            return driver.findElements(by);
        } finally {
            driver.manage().timeouts().implicitlyWait(IMPLICIT_WAIT);
        }
    }

    /**
     * Clicks a link or a form's submit button and waits until the browser has replaced the page, so what is read
     * next is the new page and not the one just left.
     */
    public static void clickToNextPage(WebDriver driver, WebElement button) {
        button.click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(browser -> isGone(button));
    }

    /**
     * Whether the element's document was replaced. Chromedriver answers a node of a document that is being replaced
     * either "stale element" or, in the moment of the swap, "does not belong to the document": both mean it is gone.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException stale) {
            return true;
        } catch (WebDriverException replaced) {
            if (String.valueOf(replaced.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw replaced;
        }
    }

    /** Signs in through the sign-in form, in Chinese, and waits for the page it leads to. */
    public static void signIn(WebDriver driver, int port, String username, String password) {
        driver.get("http://localhost:" + port + "/login?lang=zh-CN");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        clickToNextPage(driver, driver.findElement(By.cssSelector("main button[type=submit]")));
    }

    /** Signs out with the header's button and checks the browser is back on the sign-in page. */
    public static void signOut(WebDriver driver) {
        clickToNextPage(driver, driver.findElement(By.cssSelector("header form button")));
        assertThat(driver.getCurrentUrl()).contains("/login?logout");
    }

    /** Saves what the browser shows, at the given width, as target/browser-screenshots/name.png. */
    public static void screenshot(WebDriver driver, String name, int width) {
        Dimension before = driver.manage().window().getSize();
        try {
            Object height = ((ChromeDriver) driver).executeScript("return document.documentElement.scrollHeight");
            driver.manage().window().setSize(new Dimension(width, Math.min(6000,
                    Math.max(844, ((Number) height).intValue() + 120))));
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    /** Whether a run asked for screenshots of every step ({@code -Dui.screenshots=true}), to look at the pages. */
    public static boolean stepScreenshots() {
        return Boolean.getBoolean("ui.screenshots");
    }

    private static String profile() {
        try {
            return Files.createTempDirectory("chromium-profile").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One browser for a test class: started before its first test (at the given window size), quit after its
     * last, and a screenshot of the page a failed test ended on kept in target/browser-screenshots.
     */
    public static final class Browser implements BeforeAllCallback, AfterAllCallback, TestWatcher {

        private final Dimension size;
        private WebDriver driver;

        public Browser() {
            this(1280, 900);
        }

        public Browser(int width, int height) {
            this.size = new Dimension(width, height);
        }

        public WebDriver driver() {
            return driver;
        }

        @Override
        public void beforeAll(ExtensionContext context) {
            driver = start();
            driver.manage().window().setSize(size);
        }

        @Override
        public void afterAll(ExtensionContext context) {
            if (driver != null) {
                driver.quit();
            }
        }

        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            if (driver != null) {
                screenshot(driver, context.getRequiredTestClass().getSimpleName() + "-"
                        + context.getRequiredTestMethod().getName() + "-failed", 1280);
            }
        }
    }
}
