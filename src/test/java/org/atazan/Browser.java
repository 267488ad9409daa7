package org.atazan;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

/**
 * A real headless Chromium (Debian's chromium and chromium-driver). Without them the browser tests
 * are skipped with a stated reason; under CI=true their absence fails the tests.
 */
public final class Browser {
    static final String CHROMIUM = "/usr/bin/chromium";
    static final String DRIVER = "/usr/bin/chromedriver";

    private Browser() {
    }

    public static ChromeDriver start() {
        boolean present = new File(CHROMIUM).canExecute() && new File(DRIVER).canExecute();
        if (!present) {
            if (TestDatabases.isCi()) throw new IllegalStateException("CI=true but " + CHROMIUM + " or " + DRIVER + " is missing");
            Assumptions.abort("No Chromium: install Debian's chromium and chromium-driver to run the browser tests");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                "--disable-dev-shm-usage", "--lang=en");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER)).build();
        return new ChromeDriver(service, options);
    }

    /**
     * A wait for what a click or a script brings. The page may be replaced between finding an element
     * and reading it (the old page's element goes stale): that is "not yet", never a failure.
     */
    public static FluentWait<WebDriver> waiting(WebDriver driver, int seconds) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds)).ignoring(StaleElementReferenceException.class);
    }

    /** Waits until the sign-in form's answer has replaced it (the session cookie is then set). */
    public static void awaitSignedIn(WebDriver driver) {
        waiting(driver, 20).until(d -> !d.getCurrentUrl().contains("/login"));
    }

    /** Resizes the window to a phone (360 px) or desktop width and saves a full screenshot. */
    public static Path screenshot(ChromeDriver driver, int width, String name) {
        return screenshot(driver, width, name, Path.of("target", "screenshots"));
    }

    /** The same, into a folder of the caller's choice. */
    public static Path screenshot(ChromeDriver driver, int width, String name, Path folder) {
        driver.manage().window().setSize(new Dimension(width, 900));
        Object height = driver.executeScript("return document.documentElement.scrollHeight");
        int h = Math.min(6000, Math.max(600, ((Number) height).intValue()));
        driver.manage().window().setSize(new Dimension(width, h));
        File shot = driver.getScreenshotAs(OutputType.FILE);
        try {
            Path dir = Files.createDirectories(folder);
            Path target = dir.resolve(name + "-" + width + ".png");
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
