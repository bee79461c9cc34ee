package com.lifeline.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;

/**
 * One headless Chromium for the browser journeys: Debian's /usr/bin/chromium through
 * /usr/bin/chromedriver (Selenium is given both, so it never downloads a browser), China time and
 * Chinese as the browser's language, a fresh profile (no cookies of another session). Screenshots go
 * to {@code target/browser-journey/}, emptied once per test run, so every journey's pictures stay.
 */
final class Chromium implements AutoCloseable {

    static final String PASSWORD = "Demo-Pass-2026";
    static final Duration WAIT = Duration.ofSeconds(40);
    static final String TASKLIST = "/camunda/app/tasklist/default/";
    private static final Path SHOTS = Path.of("target", "browser-journey");
    private static boolean shotsCleaned;

    final WebDriver driver;
    final WebDriverWait wait;
    private final String base;

    Chromium(int port) throws IOException {
        cleanScreenshotsOnce();
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort()
                .withEnvironment(Map.of("TZ", "Asia/Shanghai"))
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1400,1800", "--lang=zh-CN",
                "--user-data-dir=" + Files.createTempDirectory("lifeline-chromium").toAbsolutePath());
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
        this.driver = new ChromeDriver(service, options);
        this.wait = new WebDriverWait(driver, WAIT);
        this.base = "http://localhost:" + port;
    }

    private static synchronized void cleanScreenshotsOnce() throws IOException {
        Files.createDirectories(SHOTS);
        if (shotsCleaned) {
            return;
        }
        try (var old = Files.list(SHOTS)) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }
        shotsCleaned = true;
    }

    String url(String path) {
        return base + path;
    }

    void open(String path) {
        driver.get(url(path));
    }

    /** Path and query of the page the browser shows, without the fragment. */
    String currentPath() {
        String url = driver.getCurrentUrl();
        return url.startsWith(base) ? url.substring(base.length()) : url;
    }

    /** Tasklist's login form is showing (the webapps' login: the app's one login page). */
    WebElement waitForLoginForm() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("form[name=signinForm] input[type=text]")));
    }

    /** Logs into Tasklist through its login page and waits until its header and actions are there. */
    void loginToTasklist(String user) {
        open(TASKLIST);
        submitLogin(user);
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".start-process-action a")));
    }

    /** Fills in and sends the login form that is showing. */
    void submitLogin(String user) {
        waitForLoginForm().sendKeys(user);
        driver.findElement(By.cssSelector("form[name=signinForm] input[type=password]")).sendKeys(PASSWORD);
        driver.findElement(By.cssSelector("form[name=signinForm] button[type=submit]")).click();
    }

    /** Tasklist re-renders its lists while they load: find and click in one step, again if it went stale. */
    void clickFresh(By locator) {
        wait.ignoring(StaleElementReferenceException.class).until(d -> {
            WebElement element = ExpectedConditions.elementToBeClickable(locator).apply(d);
            if (element == null) {
                return false;
            }
            element.click();
            return true;
        });
    }

    String bodyText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    void scrollTo(WebElement element) {
        js().executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    }

    JavascriptExecutor js() {
        return (JavascriptExecutor) driver;
    }

    /** NN-what.png and the page's HTML beside it (NN-what.html). */
    void shot(int step, String what) {
        try {
            String file = String.format("%02d-%s", step, what);
            Path png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(png, SHOTS.resolve(file + ".png"), StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(SHOTS.resolve(file + ".html"), driver.getPageSource(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
