package org.atazan.commission.web;

import org.atazan.Axe;
import org.atazan.BrowserTest;
import org.atazan.HttpTestClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The commission's public pages in Chromium on the demo commission, in kk, ru and en at 360 and 1280 px:
 * they fit, have one main landmark, no serious or critical axe-core violation, and no English word on
 * the Kazakh and Russian pages (references and ids, marked translate="no", aside).
 */
class CommissionPagesInBrowserTest extends BrowserTest {

    static Stream<Arguments> pages() {
        String[][] pages = {{"index", "/commission"}, {"body", "/commission/bodies/kz-constitutional-commission-2026-sample"},
                {"meeting", "/commission/meetings/kz-cc-2026-03"}, {"minutes", "/commission/meetings/kz-cc-2026-03/minutes"},
                {"amendments", "/commission/bodies/kz-constitutional-commission-2026-sample/amendments"},
                {"draft-article", "/charters/kz/versions/2026-02-11/articles/52"}};
        List<Arguments> out = new ArrayList<>();
        for (String[] p : pages) {
            for (String lang : new String[]{"kk", "ru", "en"}) {
                for (int width : new int[]{360, 1280}) out.add(Arguments.of(p[0], p[1], lang, width));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} in {2} at {3} px")
    @MethodSource("pages")
    void fitsAndHasNoSeriousAccessibilityViolation(String name, String path, String lang, int width) throws Exception {
        checkPage("commission-" + name + "-" + lang, path + "?lang=" + lang, width);
        assertThat(driver.findElements(By.tagName("main"))).hasSize(1);
        assertThat(Axe.seriousOrCritical(driver)).as(name + " " + lang + " " + width).isEmpty();
        String main = (String) driver.executeScript("var m = document.querySelector('main').cloneNode(true);"
                + "m.querySelectorAll('[translate=no], .b-title').forEach(function (e) { e.remove(); });"
                + "return m.textContent;");
        assertThat(main).containsAnyOf("Sample data", "Образец данных", "Үлгі деректер");
        if (!lang.equals("en")) {
            assertThat(main.replace("SHA-256", "").replace("PDF", "")).as(name + " " + lang).doesNotContainPattern("\\b[A-Za-z]{3,}\\b");
        }
    }

    /**
     * The secretary's forms on the amendments page (every one opened), in kk, ru and en at 360 and 1280 px: they fit,
     * have no serious axe-core violation, and their labels are in the page's language.
     */
    @Test
    void theSecretarysFormsFitAndHaveNoSeriousAccessibilityViolation() throws Exception {
        MeetingScript s = new MeetingScript(new HttpTestClient(port), ADMIN, ADMIN_PASSWORD);
        String api = "/api/commission/bodies/" + s.body + "/amendments";
        for (String text : new String[]{"Курултай работает на постоянной основе.", "Заседания Курултая открыты."}) {
            assertThat(s.post(api, """
                    {"action":"replace","charter":"kz","version":"2026","article":"52","text":"%s"}""".formatted(text), s.secretary)
                    .statusCode()).isEqualTo(201);
        }
        assertThat(s.post(api + "/A-1/recommendation", "{\"text\":\"Курултай работает постоянно.\",\"reason\":\"Короче.\"}", s.secretary)
                .statusCode()).isEqualTo(200);
        s.open("browser-" + s.tag, "2026-03-10");
        driver.manage().window().setSize(new Dimension(1280, 900));
        driver.get(url("/login"));
        driver.findElement(By.id("username")).sendKeys(s.secretary);
        driver.findElement(By.id("password")).sendKeys(MeetingScript.PASSWORD);
        driver.findElement(By.cssSelector("main form button[type=submit]")).submit();
        org.atazan.Browser.waiting(driver, 20).until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        try {
            String page = "/commission/bodies/" + s.body + "/amendments";
            for (String lang : new String[]{"kk", "ru", "en"}) {
                for (int width : new int[]{360, 1280}) {
                    driver.manage().window().setSize(new Dimension(width, 900));
                    driver.get(url(page + "?lang=" + lang));
                    driver.executeScript("document.querySelectorAll('main details').forEach(function (d) { d.open = true; });");
                    checkPage("commission-amendment-forms-" + lang, page + "?lang=" + lang, width);
                    driver.executeScript("document.querySelectorAll('main details').forEach(function (d) { d.open = true; });");
                    assertThat(driver.findElements(By.cssSelector("main form textarea[name=text]"))).as("two recommendations and the draft").hasSize(3);
                    Number scrollWidth = (Number) driver.executeScript("return document.documentElement.scrollWidth");
                    assertThat(scrollWidth.intValue()).as("forms opened at %d px", width).isLessThanOrEqualTo(width);
                    assertThat(Axe.seriousOrCritical(driver)).as("forms " + lang + " " + width).isEmpty();
                    if (!lang.equals("en")) {
                        String forms = (String) driver.executeScript("var out = '';"
                                + "document.querySelectorAll('main details').forEach(function (d) { var c = d.cloneNode(true);"
                                + "c.querySelectorAll('[translate=no], textarea, input, option[translate=no]').forEach(function (e) { e.remove(); });"
                                + "out += c.textContent + ' '; }); return out;");
                        assertThat(forms).as("forms " + lang).doesNotContainPattern("\\b[A-Za-z]{3,}\\b");
                    }
                }
            }
        } finally {
            driver.manage().deleteAllCookies();
        }
    }
}
