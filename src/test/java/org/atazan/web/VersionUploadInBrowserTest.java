package org.atazan.web;

import org.atazan.Browser;
import org.atazan.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A secretary signs in and adds a version through the form in a real browser (session, CSRF token,
 * file upload); a refused file is explained on the form and nothing is stored.
 */
class VersionUploadInBrowserTest extends org.atazan.BrowserTest {

    @TempDir
    Path tmp;

    void signIn() {
        driver.get(url("/charters/de-gg/versions/new?lang=en"));
        // Not signed in: the platform asks for an account first, then comes back.
        assertThat(driver.getCurrentUrl()).contains("/login");
        driver.findElement(By.id("username")).sendKeys(ADMIN);
        driver.findElement(By.id("password")).sendKeys(ADMIN_PASSWORD);
        driver.findElement(By.cssSelector("form button[type=submit]")).submit();
        Browser.waiting(driver, 20)
                .until(org.openqa.selenium.support.ui.ExpectedConditions.urlContains("/charters/de-gg/versions/new"));
    }

    void fill(Path file, String id) {
        driver.findElement(By.id("file")).sendKeys(file.toString());
        driver.findElement(By.id("id")).clear();
        driver.findElement(By.id("id")).sendKeys(id);
        driver.executeScript("document.getElementById('date').value = '2012-07-11'");
        driver.findElement(By.id("language")).clear();
        driver.findElement(By.id("language")).sendKeys("de");
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
    }

    @Test
    void aSecretaryAddsAVersionAndARefusedFileIsExplained() throws Exception {
        signIn();
        Path bad = Files.writeString(tmp.resolve("notes.txt"), "Only prose here.\nNo article at all.\n");
        String badId = "bad-" + UUID.randomUUID().toString().substring(0, 6);
        fill(bad, badId);
        Browser.waiting(driver, 20)
                .until(org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(By.cssSelector(".alert")));
        assertThat(driver.findElement(By.cssSelector(".alert")).getText()).contains("notes.txt");
        assertThat(driver.findElement(By.id("id")).getAttribute("value")).isEqualTo(badId);
        Browser.screenshot(driver, 360, "upload-refused");

        driver.get(url("/charters/de-gg/versions/new?lang=en"));
        String id = "up-" + UUID.randomUUID().toString().substring(0, 6);
        fill(SharedData.file("grundgesetz-2012-07-11.md"), id);
        Browser.waiting(driver, 20)
                .until(org.openqa.selenium.support.ui.ExpectedConditions.urlMatches("/charters/de-gg/versions/" + id + "$"));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("195");

        driver.get(url("/api/charters/de-gg/versions"));
        assertThat(driver.getPageSource()).contains("\"" + id + "\"").doesNotContain("\"" + badId + "\"");
    }
}
