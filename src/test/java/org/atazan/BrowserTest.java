package org.atazan;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the tests that drive the running platform in a real headless Chromium. The browser starts
 * before each test rather than once before all, so that without Chromium every test is reported as
 * skipped with the reason (and under CI=true, failed).
 */
public abstract class BrowserTest extends PlatformTest {

    protected static ChromeDriver driver;

    @LocalServerPort
    protected int port;

    @BeforeEach
    void startBrowser() {
        if (driver == null) driver = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /**
     * Opens a page at a width, checks it has a heading and no sideways scroll (at 360 px: a phone),
     * and saves a screenshot under target/screenshots.
     */
    protected void checkPage(String name, String path, int width) throws java.io.IOException {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, 900));
        driver.get(url(path));
        org.assertj.core.api.Assertions.assertThat(driver.findElement(org.openqa.selenium.By.tagName("h1")).getText()).isNotBlank();
        java.nio.file.Path shot = Browser.screenshot(driver, width, name);
        org.assertj.core.api.Assertions.assertThat(java.nio.file.Files.size(shot)).isGreaterThan(5_000);
        Number scrollWidth = (Number) driver.executeScript("return document.documentElement.scrollWidth");
        org.assertj.core.api.Assertions.assertThat(scrollWidth.intValue()).as("page width at %d px", width)
                .isLessThanOrEqualTo(width);
    }

    /** {@link #checkPage}, then one main landmark and no serious or critical axe-core violation. */
    protected void checkAccessiblePage(String name, String path, int width) throws java.io.IOException {
        checkPage(name, path, width);
        org.assertj.core.api.Assertions.assertThat(driver.findElements(org.openqa.selenium.By.tagName("main"))).hasSize(1);
        org.assertj.core.api.Assertions.assertThat(Axe.seriousOrCritical(driver)).as(name + " " + width).isEmpty();
    }

    /** Signs the browser in as the platform's admin through the sign-in form, forgetting any earlier session. */
    protected void signInAsAdmin() {
        driver.manage().deleteAllCookies();
        driver.get(url("/login?lang=ru"));
        driver.findElement(org.openqa.selenium.By.id("username")).sendKeys(ADMIN);
        driver.findElement(org.openqa.selenium.By.id("password")).sendKeys(ADMIN_PASSWORD);
        driver.findElement(org.openqa.selenium.By.cssSelector("main form button[type=submit]")).click();
        Browser.awaitSignedIn(driver);
    }

    /** A new test referendum with a country and one station, created through the API. */
    protected String referendumWithOneStation(String prefix, String country) {
        HttpTestClient client = new HttpTestClient(port);
        String id = prefix + "-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        org.assertj.core.api.Assertions.assertThat(client.postJson("/api/referendums", "{\"id\":\"" + id
                + "\",\"title\":\"" + prefix + "\",\"date\":\"2026-03-15\",\"country\":\"" + country + "\"}",
                ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(201);
        org.assertj.core.api.Assertions.assertThat(client.postJson("/api/referendums/" + id + "/territories",
                "[{\"code\":\"" + country + "\",\"kind\":\"country\"},{\"code\":\"" + country + "/1\",\"kind\":\"station\","
                        + "\"parent\":\"" + country + "\",\"registered\":900}]",
                ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(201);
        return id;
    }
}
