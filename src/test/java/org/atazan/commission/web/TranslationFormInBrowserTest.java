package org.atazan.commission.web;

import org.atazan.Axe;
import org.atazan.BrowserTest;
import org.atazan.HttpTestClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The secretary's form for a body's translations in Chromium, in kk, ru and en at 360 and 1280 px: it fits, has no
 * serious axe-core violation, every input is labelled with its text and language, no English on the Kazakh and
 * Russian forms; filled in and saved, the public meeting page shows the translations; a refused field is shown at
 * the field with 422.
 */
class TranslationFormInBrowserTest extends BrowserTest {

    @Test
    void theSecretaryTranslatesTheBodysTextsAndThePublicPagesShowThem() throws Exception {
        MeetingScript s = new MeetingScript(new HttpTestClient(port), ADMIN, ADMIN_PASSWORD);
        String meeting = "browser-texts-" + s.tag;
        s.open(meeting, "2026-03-10");
        String form = "/commission/bodies/" + s.body + "/translations";
        driver.manage().deleteAllCookies();
        // Nobody signed in: the body page has no link to the form.
        driver.get(url("/commission/bodies/" + s.body + "?lang=en"));
        assertThat(driver.findElements(By.cssSelector("main a[href$='/translations']"))).isEmpty();
        signIn(s.secretary);
        try {
            driver.get(url("/commission/bodies/" + s.body + "?lang=en"));
            driver.findElement(By.cssSelector("main a[href$='/translations']")).click();
            org.atazan.Browser.waiting(driver, 20).until(ExpectedConditions.urlContains("/translations"));
            for (String lang : new String[]{"kk", "ru", "en"}) {
                for (int width : new int[]{360, 1280}) {
                    checkAccessiblePage("commission-translations-" + lang, form + "?lang=" + lang, width);
                    labelled(lang);
                    if (!lang.equals("en")) assertThat(words()).as(lang).doesNotContainPattern("\\b[A-Za-z]{3,}\\b");
                }
            }

            // Filled in Kazakh and Russian for the first agenda item and the place, saved: Post/Redirect/Get with a message.
            driver.manage().window().setSize(new Dimension(1280, 900));
            driver.get(url(form + "?lang=ru"));
            type("t-0-kk", "52-бап: бір палаталы Құрылтай");
            type("t-0-ru", "Статья 52: однопалатный Курултай");
            type("t-2-kk", "Астана қаласы");
            driver.findElement(By.cssSelector("main form button[type=submit]")).click();
            org.atazan.Browser.waiting(driver, 20).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main [role=status]")));
            assertThat(driver.getCurrentUrl()).endsWith("/translations");
            assertThat(driver.findElement(By.cssSelector("main [role=status]")).getText()).isEqualTo("Сохранено. Изменено переводов: 3.");
            assertThat(driver.findElement(By.id("t-0-kk")).getAttribute("value")).isEqualTo("52-бап: бір палаталы Құрылтай");

            // A translation longer than the limit (the browser's maxlength taken off): refused at the field, in Kazakh, nothing saved.
            driver.get(url(form + "?lang=kk"));
            driver.executeScript("document.getElementById('t-1-kk').removeAttribute('maxlength');");
            type("t-1-kk", "ә".repeat(501));
            type("t-0-ru", "Статья 52");
            driver.findElement(By.cssSelector("main form button[type=submit]")).click();
            org.atazan.Browser.waiting(driver, 20).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main [role=alert]")));
            WebElement bad = driver.findElement(By.id("t-1-kk"));
            assertThat(bad.getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(driver.findElement(By.id(bad.getAttribute("aria-describedby"))).getText())
                    .isEqualTo("Аударма ең көбі 500 таңбадан тұрады.");
            assertThat(driver.findElement(By.cssSelector("main [role=alert] a")).getText())
                    .isEqualTo("Сақталмады: «Қазақ тілі: Other business» өрісі қабылданбады.");
            assertThat(driver.findElement(By.id("t-0-ru")).getAttribute("value")).as("what was sent stays").isEqualTo("Статья 52");
            assertThat(Axe.seriousOrCritical(driver)).as("refused form").isEmpty();
        } finally {
            driver.manage().deleteAllCookies();
        }

        // The public pages, in each language, show what was saved before the refusal, and nothing of the refused form.
        driver.get(url("/commission/meetings/" + meeting + "?lang=kk"));
        String kk = driver.findElement(By.tagName("main")).getText();
        assertThat(kk).contains("52-бап: бір палаталы Құрылтай").contains("Астана қаласы").doesNotContain("әәә");
        driver.get(url("/commission/meetings/" + meeting + "?lang=ru"));
        String ru = driver.findElement(By.tagName("main")).getText();
        assertThat(ru).contains("Статья 52: однопалатный Курултай").contains("Astana");
        assertThat(s.http.get("/api/commission/bodies/" + s.body + "/translations/ru").body())
                .isEqualTo("{\"translations\":{\"Article 52\":\"Статья 52: однопалатный Курултай\"}}");
        driver.get(url("/commission/meetings/" + meeting + "?lang=en"));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Article 52").doesNotContain("52-бап");
    }

    private void signIn(String account) {
        driver.manage().window().setSize(new Dimension(1280, 900));
        driver.get(url("/login"));
        driver.findElement(By.id("username")).sendKeys(account);
        driver.findElement(By.id("password")).sendKeys(MeetingScript.PASSWORD);
        driver.findElement(By.cssSelector("main form button[type=submit]")).submit();
        org.atazan.Browser.waiting(driver, 20).until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    private void type(String id, String text) {
        WebElement input = driver.findElement(By.id(id));
        input.clear();
        // Long texts set by script: typing 501 characters one by one is slow and proves nothing more.
        driver.executeScript("arguments[0].value = arguments[1];", input, text);
    }

    /** Every text input has a label naming its text (the fieldset's legend) and the language. */
    private void labelled(String lang) {
        List<WebElement> inputs = driver.findElements(By.cssSelector("main form input[type=text]"));
        assertThat(inputs).as("two languages for each of the body's 9 texts").hasSize(18);
        for (WebElement input : inputs) {
            String label = (String) driver.executeScript("var l = document.querySelector('label[for=\"' + arguments[0].id + '\"]');"
                    + "return l ? l.textContent.replace(/\\s+/g, ' ').trim() : '';", input);
            String legend = (String) driver.executeScript("return arguments[0].closest('fieldset').querySelector('legend').textContent.trim();", input);
            String language = input.getAttribute("lang");
            assertThat(label).as(input.getAttribute("id")).contains(legend).startsWith(
                    Map.of("kk", Map.of("kk", "Қазақ тілі", "ru", "Орыс тілі", "en", "Ағылшын тілі"),
                            "ru", Map.of("kk", "Казахский", "ru", "Русский", "en", "Английский"),
                            "en", Map.of("kk", "Kazakh", "ru", "Russian", "en", "English")).get(lang).get(language));
        }
    }

    /** The words of the page's main part that are the platform's, not the body's texts or what was typed. */
    private String words() {
        return (String) driver.executeScript("var m = document.querySelector('main').cloneNode(true);"
                + "m.querySelectorAll('h1, .back, [translate=no], input').forEach(function (e) { e.remove(); });"
                + "return m.textContent;");
    }
}
