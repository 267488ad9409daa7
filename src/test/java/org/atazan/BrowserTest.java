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
}
