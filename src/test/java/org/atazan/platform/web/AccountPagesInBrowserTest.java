package org.atazan.platform.web;

import org.atazan.Axe;
import org.atazan.BrowserTest;
import org.atazan.TestCitizens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The account pages in Chromium, in kk, ru and en at 360 and 1280 px: they fit, have one main
 * landmark and no serious or critical axe-core violation, the sign-up form with its refusals included,
 * and the signed-in citizen's own page.
 */
class AccountPagesInBrowserTest extends BrowserTest {

    static Stream<Arguments> pages() {
        String[][] pages = {{"login", "/login"}, {"sign-up", "/account/new"}, {"link-not-valid", "/account/confirm?token=nothing"}};
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
        checkPage("account-" + name + "-" + lang, path + (path.contains("?") ? "&" : "?") + "lang=" + lang, width);
        assertThat(driver.findElements(By.tagName("main"))).hasSize(1);
        assertThat(Axe.seriousOrCritical(driver)).as(name + " " + lang + " " + width).isEmpty();
    }

    @Test
    void aRefusedSignUpNamesTheFieldsAtTheFormAndStaysAccessible() throws Exception {
        for (String lang : new String[]{"kk", "ru", "en"}) {
            driver.manage().window().setSize(new Dimension(360, 900));
            driver.get(url("/account/new?lang=" + lang));
            driver.findElement(By.id("email")).sendKeys("not an address");
            driver.findElement(By.id("password")).sendKeys("password1234");
            driver.findElement(By.cssSelector("main form button[type=submit]")).click();
            // The answer to the click is a new page: wait for it rather than read the old (or no) page.
            org.atazan.Browser.waiting(driver, 20)
                    .ignoring(org.openqa.selenium.NoSuchElementException.class)
                    .until(d -> "true".equals(d.findElement(By.id("email")).getAttribute("aria-invalid")));
            assertThat(driver.findElements(By.cssSelector(".alert li"))).hasSize(2);
            assertThat(driver.findElement(By.id("password")).getAttribute("value")).as("never sent back").isEmpty();
            org.atazan.Browser.screenshot(driver, 360, "account-refused-" + lang);
            assertThat(Axe.seriousOrCritical(driver)).isEmpty();
        }
    }

    @Test
    void aSignedInCitizensOwnPageIsAccessibleInEveryLanguage() throws Exception {
        TestCitizens.Signed c = new TestCitizens(port).confirmed("Гүлнар", "KZ-ZHT");
        driver.manage().deleteAllCookies();
        driver.get(url("/login?lang=ru"));
        driver.findElement(By.id("username")).sendKeys(c.email());
        driver.findElement(By.id("password")).sendKeys(TestCitizens.PASSWORD);
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        org.atazan.Browser.awaitSignedIn(driver);
        try {
            for (String lang : new String[]{"kk", "ru", "en"}) {
                for (int width : new int[]{360, 1280}) {
                    checkPage("account-own-" + lang, "/account?lang=" + lang, width);
                    assertThat(driver.findElement(By.id("displayName")).getAttribute("value")).isEqualTo("Гүлнар");
                    assertThat(driver.getPageSource()).contains(c.email());
                    assertThat(Axe.seriousOrCritical(driver)).as(lang + " " + width).isEmpty();
                }
            }
        } finally {
            driver.manage().deleteAllCookies();
        }
    }
}
