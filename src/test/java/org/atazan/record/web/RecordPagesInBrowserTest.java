package org.atazan.record.web;

import org.atazan.Axe;
import org.atazan.BrowserTest;
import org.atazan.HttpTestClient;
import org.atazan.record.Checkpoint;
import org.atazan.record.SignedNote;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The record's pages in Chromium, in kk, ru and en at 360 and 1280 px: they fit, have one main
 * landmark and no serious or critical axe-core violation; the entry page's proof checks in the
 * browser (Web Crypto) and its button is there only with JavaScript.
 */
class RecordPagesInBrowserTest extends BrowserTest {

    long aDecisionInTheLog() throws Exception {
        HttpTestClient http = new HttpTestClient(port);
        String id = "br-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(http.postJson("/api/referendums", "{\"id\":\"" + id + "\",\"title\":\"Browser\",\"date\":\"2026-03-15\"}",
                ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(201);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        long size = 0;
        while (size == 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
            size = Checkpoint.parse(SignedNote.parse(http.get("/record/checkpoint").body()).text()).size();
        }
        assertThat(size).isPositive();
        return size;
    }

    @Test
    void thePagesFitAreAccessibleAndTheProofChecksInTheBrowser() throws Exception {
        long size = aDecisionInTheLog();
        for (String lang : new String[]{"kk", "ru", "en"}) {
            for (int width : new int[]{360, 1280}) {
                checkPage("record-index-" + lang, "/record?lang=" + lang, width);
                assertThat(driver.findElements(By.tagName("main"))).hasSize(1);
                assertThat(Axe.seriousOrCritical(driver)).as("index " + lang + " " + width).isEmpty();
                checkPage("record-entry-" + lang, "/record/entry/" + (size - 1) + "?lang=" + lang, width);
                assertThat(driver.findElements(By.tagName("main"))).hasSize(1);
                assertThat(Axe.seriousOrCritical(driver)).as("entry " + lang + " " + width).isEmpty();
            }
        }
        for (long index : new long[]{0, size - 1}) {
            driver.get(url("/record/entry/" + index + "?lang=en"));
            driver.findElement(By.id("check-button")).click();
            org.atazan.Browser.waiting(driver, 10)
                    .until(d -> d.findElement(By.id("check-result")).getAttribute("data-verdict") != null);
            assertThat(driver.findElement(By.id("check-result")).getAttribute("data-verdict")).as("entry " + index).isEqualTo("ok");
            assertThat(driver.findElement(By.id("check-result")).getText()).startsWith("Checked:");
        }
        // A page whose proof was tampered with says so.
        driver.get(url("/record/entry/0?lang=en"));
        driver.executeScript("var b = document.getElementById('inclusion-check');"
                + "b.setAttribute('data-root', '00' + b.getAttribute('data-root').substring(2));");
        driver.findElement(By.id("check-button")).click();
        org.atazan.Browser.waiting(driver, 10)
                .until(d -> d.findElement(By.id("check-result")).getAttribute("data-verdict") != null);
        assertThat(driver.findElement(By.id("check-result")).getAttribute("data-verdict")).isEqualTo("bad-root");
    }

    @Test
    void theProtocolCheckFitsAndIsAccessibleWhetherItHoldsDiffersOrIsRefused() throws Exception {
        HttpTestClient http = new HttpTestClient(port);
        String id = referendumWithOneStation("pc", "XQ");
        assertThat(http.postJson("/api/referendums/" + id + "/protocols", "{\"station\":\"XQ/1\",\"registered\":900,\"issued\":500,"
                + "\"inBoxes\":500,\"invalid\":10,\"yes\":300,\"no\":190}", ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(201);
        tools.jackson.databind.JsonNode entry = null;
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            entry = new tools.jackson.databind.ObjectMapper().readTree(http.get("/api/record/protocols/" + id + "?station=XQ/1").body())
                    .get("revisions").get(0).get("entry");
            if (entry.isObject()) break;
            Thread.sleep(50);
        }
        assertThat(entry.isObject()).isTrue();
        String code = new org.atazan.record.ProtocolCode(id, "XQ/1", 1, org.atazan.record.ProtocolCode.figures(
                org.atazan.voting.Protocol.single("XQ/1", 900, 500, 500, 10, 300, 190)), entry.get("index").asLong(),
                entry.get("leafHash").asString()).text();
        java.util.Map<String, String> cases = java.util.Map.of("holds", code, "differs", code.replace(";y.1=300;", ";y.1=310;"),
                "refused", code.replace(";iss=500;", ";iss=;"));
        for (String lang : new String[]{"kk", "ru", "en"}) {
            for (int width : new int[]{360, 1280}) {
                for (var c : cases.entrySet()) {
                    checkPage("record-check-" + c.getKey() + "-" + lang, "/record/check?lang=" + lang + "&code="
                            + java.net.URLEncoder.encode(c.getValue(), java.nio.charset.StandardCharsets.UTF_8), width);
                    assertThat(driver.findElements(By.tagName("main"))).hasSize(1);
                    assertThat(Axe.seriousOrCritical(driver)).as("check " + c.getKey() + " " + lang + " " + width).isEmpty();
                }
            }
        }
        // Without JavaScript the form is a plain GET: typing the code and pressing the button gives the answer.
        driver.get(url("/record?lang=en"));
        driver.findElement(By.id("code")).sendKeys(code);
        driver.findElement(By.cssSelector("form[action='/record/check'] button")).click();
        org.atazan.Browser.waiting(driver, 10).until(d -> d.getCurrentUrl().contains("/record/check"));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Exactly these figures were published");
    }
}
