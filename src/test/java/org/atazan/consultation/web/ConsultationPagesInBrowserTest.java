package org.atazan.consultation.web;

import org.atazan.Axe;
import org.atazan.BrowserTest;
import org.atazan.TestCitizens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every consultation page in Chromium, in kk, ru and en at 360 and 1280 px, on the demo consultation:
 * it fits, has one main landmark, no serious or critical axe-core violation, and no English label
 * left on the Kazakh and Russian pages.
 */
class ConsultationPagesInBrowserTest extends BrowserTest {
    static final String DEMO = "/consultations/kz-2026-sample";
    @Autowired
    JdbcClient jdbc;

    static Stream<Arguments> pages() {
        String[][] pages = {{"index", "/consultations"}, {"list", DEMO}, {"list-filtered", DEMO + "?status=answered&language=kk"},
                {"proposal", "PROPOSAL"}, {"hidden", "HIDDEN"}, {"propose", DEMO + "/propose"}, {"figures", DEMO + "/figures"},
                {"policy", "/consultations/policy"}, {"article", "/charters/kz/versions/2026/articles/52"}};
        List<Arguments> out = new ArrayList<>();
        for (String[] p : pages) {
            for (String lang : new String[]{"kk", "ru", "en"}) {
                for (int width : new int[]{360, 1280}) out.add(Arguments.of(p[0], p[1], lang, width));
            }
        }
        return out.stream();
    }

    String reference(boolean hidden) {
        return jdbc.sql("SELECT 'P-' || year || '-' || lpad(seq::text, 6, '0') FROM consultation_proposal WHERE consultation_id = ?"
                + " AND (hidden_reason IS NOT NULL) = ? AND status = 'answered' ORDER BY id LIMIT 1")
                .params("kz-2026-sample", hidden).query(String.class).single();
    }

    @ParameterizedTest(name = "{0} in {2} at {3} px")
    @MethodSource("pages")
    void fitsAndHasNoSeriousAccessibilityViolation(String name, String path, String lang, int width) throws Exception {
        if (path.equals("PROPOSAL")) path = DEMO + "/proposals/" + reference(false);
        if (path.equals("HIDDEN")) path = DEMO + "/proposals/" + reference(true);
        checkPage("consultation-" + name + "-" + lang, path + (path.contains("?") ? "&" : "?") + "lang=" + lang, width);
        assertThat(driver.findElements(By.tagName("main"))).hasSize(1);
        assertThat(Axe.seriousOrCritical(driver)).as(name + " " + lang + " " + width).isEmpty();
        // The page's own words, without what people wrote (marked with its language) and the consultation's title.
        String main = (String) driver.executeScript("var m = document.querySelector('main').cloneNode(true);"
                + "m.querySelectorAll('[lang], .c-title, .addition li').forEach(function (e) { e.remove(); });"
                + "return m.textContent;");
        if (path.startsWith(DEMO)) {
            assertThat(main).as("marked as sample data").containsAnyOf("Generated sample data", "Сгенерированные образцы", "Ойдан құрылған үлгі");
        }
        if (!lang.equals("en")) {
            assertThat(main).doesNotContain("Proposals").doesNotContain("Propose a change").doesNotContain("Article ")
                    .doesNotContain("Status").doesNotContain("Received");
        }
    }

    @Test
    void theSignedInPagesAreAccessibleInEveryLanguage() throws Exception {
        TestCitizens.Signed c = new TestCitizens(port).confirmed("Гүлнар", "KZ-ZHT");
        signIn(c.email(), TestCitizens.PASSWORD);
        try {
            driver.get(url(DEMO + "/propose?article=52&lang=ru"));
            driver.findElement(By.id("wording")).sendKeys("Сократить число депутатов Курултая.");
            driver.findElement(By.cssSelector("button[value=send]")).click();
            // The answer to the click is a new page: wait for its heading rather than read the old page's.
            org.atazan.Browser.waiting(driver, 20)
                    .until(d -> d.findElement(By.tagName("h1")).getText().startsWith("Предложение P-"));
            for (String lang : new String[]{"kk", "ru", "en"}) {
                for (int width : new int[]{360, 1280}) {
                    checkPage("consultation-propose-signed-" + lang, DEMO + "/propose?lang=" + lang, width);
                    assertThat(Axe.seriousOrCritical(driver)).as("propose " + lang + " " + width).isEmpty();
                    checkPage("consultation-mine-" + lang, "/consultations/mine?lang=" + lang, width);
                    assertThat(driver.findElements(By.tagName("main"))).hasSize(1);
                    assertThat(Axe.seriousOrCritical(driver)).as("mine " + lang + " " + width).isEmpty();
                }
            }
            // A refusal at the field, in the reader's language.
            driver.get(url(DEMO + "/propose?lang=kk"));
            driver.findElement(By.cssSelector("button[value=send]")).click();
            // The answer to the click is a new page: wait for it rather than read the old one.
            org.atazan.Browser.waiting(driver, 20)
                    .until(d -> !d.findElements(By.id("wording-error")).isEmpty());
            assertThat(driver.findElement(By.id("wording-error")).getText()).contains("редакцияны жазыңыз");
            assertThat(driver.findElement(By.id("wording")).getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(Axe.seriousOrCritical(driver)).isEmpty();
            // While the citizen writes, the nearest proposals appear under the wording (the page's script),
            // each with a button to support it instead; the page stays accessible at both widths.
            for (int width : new int[]{360, 1280}) {
                driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, 900));
                driver.get(url(DEMO + "/propose?lang=ru"));
                driver.findElement(By.id("wording")).sendKeys("Установить в статье 42 срок рассмотрения обращений граждан в Конституционный Суд");
                org.atazan.Browser.waiting(driver, 20)
                        .until(d -> !d.findElements(By.cssSelector("#similar-list li")).isEmpty());
                assertThat(driver.findElement(By.id("similar-list")).getText()).contains("Похожие предложения");
                assertThat(driver.findElements(By.cssSelector("#similar-list li"))).hasSizeBetween(1, 5);
                assertThat(Axe.seriousOrCritical(driver)).as("propose with similar proposals " + width).isEmpty();
                ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("document.getElementById('similar-list').scrollIntoView()");
                java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/screenshots"));
                java.nio.file.Files.write(java.nio.file.Path.of("target/screenshots/consultation-propose-similar-ru-" + width + ".png"),
                        ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
            }
        } finally {
            driver.manage().deleteAllCookies();
        }
        signIn(ADMIN, ADMIN_PASSWORD);
        try {
            for (String lang : new String[]{"kk", "ru", "en"}) {
                for (int width : new int[]{360, 1280}) {
                    checkPage("consultation-queue-" + lang, DEMO + "/queue?overdue=true&lang=" + lang, width);
                    assertThat(driver.findElements(By.tagName("main"))).hasSize(1);
                    assertThat(Axe.seriousOrCritical(driver)).as("queue " + lang + " " + width).isEmpty();
                    checkPage("consultation-secretariat-proposal-" + lang, DEMO + "/proposals/" + reference(false) + "?lang=" + lang, width);
                    assertThat(Axe.seriousOrCritical(driver)).as("secretariat proposal " + lang + " " + width).isEmpty();
                    checkPage("consultation-answer-templates-" + lang, DEMO + "/answer-templates?lang=" + lang, width);
                    assertThat(driver.findElements(By.tagName("main"))).hasSize(1);
                    assertThat(Axe.seriousOrCritical(driver)).as("answer templates " + lang + " " + width).isEmpty();
                }
            }
        } finally {
            driver.manage().deleteAllCookies();
        }
    }

    /** checkPage, saying which elements stick out when the page is wider than the window. */
    @Override
    protected void checkPage(String name, String path, int width) throws java.io.IOException {
        try {
            super.checkPage(name, path, width);
        } catch (AssertionError e) {
            Object wide = driver.executeScript("var out = []; document.querySelectorAll('body *').forEach(function (e) {"
                    + " var r = e.getBoundingClientRect(); if (r.right > " + width + " + 1) out.push(e.tagName + '.' + e.className + ' '"
                    + " + Math.round(r.right) + ' ' + (e.textContent || '').trim().substring(0, 40)); }); return out.slice(0, 8).join(' | ');");
            throw new AssertionError(e.getMessage() + "\nsticking out: " + wide, e);
        }
    }

    void signIn(String user, String password) {
        driver.manage().deleteAllCookies();
        driver.get(url("/login?lang=ru"));
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        org.atazan.Browser.awaitSignedIn(driver);
    }
}
