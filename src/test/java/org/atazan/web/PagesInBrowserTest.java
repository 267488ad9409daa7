package org.atazan.web;

import org.atazan.Browser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The main pages in a real headless Chromium, at a 360 px phone width and a desktop width: each is
 * screenshotted (target/screenshots) and must fit the phone screen without sideways scrolling.
 */
class PagesInBrowserTest extends org.atazan.BrowserTest {

    @ParameterizedTest(name = "{0} at {2} px")
    @CsvSource({
            "home, /?lang=kk, 360", "home, /?lang=en, 1280",
            "version, /charters/kz/versions/2026?lang=ru, 360", "version, /charters/kz/versions/2026?lang=ru, 1280",
            "article, /charters/kz/versions/2026/articles/1?lang=ru, 360", "article, /charters/kz/versions/2026/articles/1?lang=ru, 1280",
            "compare, /charters/kz/compare?lang=ru, 360", "compare, /charters/kz/compare?view=side&lang=ru, 1280",
            "compare-gg, /charters/de-gg/compare?lang=en, 360",
            "search, /charters/kz/versions/2026?q=%D0%BF%D1%80%D0%B5%D0%B7%D0%B8%D0%B4%D0%B5%D0%BD%D1%82&lang=ru, 360",
    })
    void pageFitsThePhoneAndIsScreenshotted(String name, String path, int width) throws Exception {
        checkPage(name, path, width);
    }
}
