package org.atazan.charter.web;

import org.atazan.Browser;
import org.atazan.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The upload form of a signed-in secretary, in a real browser: accessible in every language, and a
 * file past a reader's limit refused with 422 and its reason on the form, said to be in English.
 */
class CharterUploadInBrowserTest extends BrowserTest {

    void signIn() {
        driver.manage().window().setSize(new Dimension(360, 900));
        driver.get(url("/charters/kz/versions/new?lang=kk"));
        if (!driver.getCurrentUrl().contains("/login")) return;
        driver.findElement(By.id("username")).sendKeys(ADMIN);
        driver.findElement(By.id("password")).sendKeys(ADMIN_PASSWORD);
        driver.findElement(By.cssSelector("form button[type=submit]")).submit();
        Browser.waiting(driver, 20).until(ExpectedConditions.urlContains("/charters/kz/versions/new"));
    }

    @Test
    void aTooDeeplyNestedFileIsRefusedWith422AndItsReasonOnTheForm() throws Exception {
        signIn();
        for (String lang : new String[]{"kk", "ru", "en"}) {
            for (int width : new int[]{360, 1280}) {
                checkPage("charter-upload-" + lang, "/charters/kz/versions/new?lang=" + lang, width);
                assertThat(Axe.blockingViolations(driver)).as("upload form in %s at %d px", lang, width).isEmpty();
            }
        }
        driver.manage().window().setSize(new Dimension(360, 900));
        driver.get(url("/charters/kz/versions/new?lang=kk"));
        // Posted as the form posts (session and CSRF token included), to see the status a program sees.
        @SuppressWarnings("unchecked")
        List<Object> answer = (List<Object>) driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const form = document.querySelector('main form');
                const data = new FormData(form);
                const xml = '<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">'
                    + '<i>'.repeat(3000) + '</i>'.repeat(3000) + '</akomaNtoso>';
                data.set('file', new Blob([xml], {type: 'application/xml'}), 'deep.xml');
                data.set('id', 'deep-1'); data.set('date', '2026-03-15'); data.set('language', 'ru');
                fetch(form.action, {method: 'POST', body: data, credentials: 'same-origin'})
                  .then(r => r.text().then(t => done([r.status, t])))
                  .catch(e => done([0, String(e)]));""");
        assertThat(((Number) answer.get(0)).intValue()).isEqualTo(422);
        String body = (String) answer.get(1);
        assertThat(body).contains("deep.xml:1: element &lt;i&gt; is nested more than 64 elements deep")
                .contains("atazan.limits.akn-depth").contains("<span lang=\"en\">").contains("(ағылшын тілінде)");
        // And as a person sees it: the reason on the form, in a page that is itself accessible.
        driver.executeScript("document.open(); document.write(arguments[0]); document.close();", body);
        Browser.waiting(driver, 10).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".alert")));
        assertThat(driver.findElement(By.cssSelector(".alert")).getText()).contains("deep.xml:1:").contains("(ағылшын тілінде)");
        Browser.screenshot(driver, 360, "charter-upload-refused-kk");
        assertThat(driver.findElement(By.id("id")).getAttribute("value")).isEqualTo("deep-1");
    }
}
