package org.atazan.web;

import org.atazan.Browser;
import org.junit.jupiter.api.Test;
import org.atazan.HttpTestClient;
import org.openqa.selenium.support.ui.WebDriverWait;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The voting pages in a real headless Chromium at 360 and 1280 px: screenshotted, no sideways scroll on a phone. */
class VotingPagesInBrowserTest extends org.atazan.BrowserTest {

    @Test
    void theResultPageUpdatesWithoutReloadWhenAProtocolArrives() {
        HttpTestClient client = new HttpTestClient(port);
        String id = referendumWithOneStation("live", "L");
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(360, 900));
        driver.get("http://localhost:" + port + "/voting/referendums/" + id + "?lang=en");
        By yes = By.cssSelector("[data-live=yes]");
        assertThat(driver.findElement(yes).getText()).isEqualTo("0");
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> d.findElement(By.id("live-note")).isDisplayed());
        assertThat(client.postJson("/api/referendums/" + id + "/protocols",
                "{\"station\":\"L/1\",\"registered\":900,\"issued\":600,\"inBoxes\":600,\"invalid\":0,\"yes\":4321,\"no\":0}",
                ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(422);
        assertThat(client.postJson("/api/referendums/" + id + "/protocols",
                "{\"station\":\"L/1\",\"registered\":900,\"issued\":600,\"inBoxes\":600,\"invalid\":0,\"yes\":1321,\"no\":0}",
                ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(422);
        assertThat(client.postJson("/api/referendums/" + id + "/protocols",
                "{\"station\":\"L/1\",\"registered\":900,\"issued\":600,\"inBoxes\":600,\"invalid\":0,\"yes\":421,\"no\":179}",
                ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(201);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.findElement(yes).getText().equals("421"));
        // The table by unit changes too, row by row.
        By rowYes = By.cssSelector("tr[data-live-unit='L/1'] [data-live-field=yes]");
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.findElement(rowYes).getText().equals("421"));
        Browser.screenshot(driver, 360, "result-live");
    }

    @Test
    void theTurnoutPageShowsANewReportWithoutTheReaderReloading() {
        HttpTestClient client = new HttpTestClient(port);
        String id = referendumWithOneStation("turnout", "T");
        driver.get(url("/voting/referendums/" + id + "/turnout?lang=en"));
        assertThat(driver.findElements(By.cssSelector("table"))).isEmpty();
        // Let the page subscribe before the report is sent: live.js marks the box once its stream is open.
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector("#live[data-live-open]")).isEmpty());
        assertThat(client.postJson("/api/referendums/" + id + "/turnout", "[{\"unit\":\"T\",\"at\":\"10:00\",\"percent\":12.34}]",
                ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(200);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.findElement(By.tagName("main")).getText().contains("12.34"));
    }

    @Test
    void anOfficialEntersAProtocolAndACorrectionAndImportsAFileThroughTheDesk() throws Exception {
        HttpTestClient client = new HttpTestClient(port);
        String id = "desk-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(client.postJson("/api/referendums", "{\"id\":\"" + id + "\",\"title\":\"Desk\",\"date\":\"2026-03-15\",\"country\":\"RU\"}",
                ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(201);
        assertThat(client.postJson("/api/referendums/" + id + "/territories",
                "[{\"code\":\"RU\",\"kind\":\"country\"},{\"code\":\"RU/s\",\"kind\":\"station\",\"parent\":\"RU\",\"registered\":900}]",
                ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(201);
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(360, 900));
        driver.manage().deleteAllCookies();
        driver.get("http://localhost:" + port + "/voting/referendums/" + id + "/desk?station=RU/s&lang=en");
        assertThat(driver.getCurrentUrl()).contains("/login");
        driver.findElement(By.id("username")).sendKeys(ADMIN);
        driver.findElement(By.id("password")).sendKeys(ADMIN_PASSWORD);
        driver.findElement(By.cssSelector("form button")).click();
        driver.get("http://localhost:" + port + "/voting/referendums/" + id + "/desk?station=RU/s&lang=en");
        fill("900", "1000", "600", "0", "400", "200", "");
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.findElements(By.id("error")).isEmpty());
        assertThat(driver.findElement(By.id("error")).getText()).contains("RU/s").contains("issued <= registered");
        Browser.screenshot(driver, 360, "desk-refused");
        fill("900", "600", "600", "0", "400", "200", "");
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("unit="));
        assertThat(driver.getCurrentUrl()).contains("/voting/referendums/" + id + "?unit=RU%2Fs");
        driver.get("http://localhost:" + port + "/voting/referendums/" + id + "/desk?station=RU/s&lang=en");
        fill("900", "600", "600", "0", "410", "190", "recount");
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("unit="));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("recount").contains("410");
        Path csv = Files.createTempFile("desk", ".csv");
        Files.writeString(csv, ProtocolCsv.HEADER + "V,Reg,TIK,UIK 1,100,50,50,0,30,20,u\nV,Reg,TIK,UIK 2,100,x,50,0,30,20,u\n");
        driver.get("http://localhost:" + port + "/voting/referendums/" + id + "/desk?lang=en");
        driver.findElement(By.id("file")).sendKeys(csv.toString());
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("mode"))).selectByValue("skip-invalid");
        driver.findElement(By.cssSelector("form[enctype] button")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.findElements(By.id("report")).isEmpty());
        assertThat(driver.findElement(By.id("report")).getText()).contains("1 protocols added").contains("line 3").contains("not a whole number");
        assertThat(driver.findElement(By.id("skipped-by-reason")).getText()).isEqualTo("not a whole number: 1");
        Browser.screenshot(driver, 360, "desk-import");
        Files.delete(csv);
        driver.manage().deleteAllCookies();
    }

    void fill(String... v) {
        String[] ids = {"registered", "issued", "inBoxes", "invalid", "yes", "no", "reason"};
        for (int i = 0; i < ids.length; i++) {
            var e = driver.findElement(By.id(ids[i]));
            e.clear();
            e.sendKeys(v[i]);
        }
        driver.findElement(By.cssSelector("form[action$='/desk/protocol'] button")).click();
    }

    @ParameterizedTest(name = "{0} at {2} px")
    @CsvSource({
            "voting, /voting?lang=en, 360", "voting, /voting?lang=kk, 1280",
            "result-kz-2026, /voting/referendums/kz-2026?lang=ru, 360", "result-kz-2026, /voting/referendums/kz-2026?lang=en, 1280",
            "result-ru-2020, /voting/referendums/ru-2020?lang=ru, 360", "result-ru-2020, /voting/referendums/ru-2020?lang=en, 1280",
            "region-ru-2020, /voting/referendums/ru-2020?unit=RU/%D0%A0%D0%B5%D1%81%D0%BF%D1%83%D0%B1%D0%BB%D0%B8%D0%BA%D0%B0%20%D0%90%D0%B4%D1%8B%D0%B3%D0%B5%D1%8F%20(%D0%90%D0%B4%D1%8B%D0%B3%D0%B5%D1%8F)&lang=ru, 360",
            "turnout-kz-2026, /voting/referendums/kz-2026/turnout?lang=kk, 360", "turnout-kz-2026, /voting/referendums/kz-2026/turnout?lang=en, 1280",
            "forensics-ru-2020, /voting/referendums/ru-2020/forensics?reps=20&lang=en, 360", "forensics-ru-2020, /voting/referendums/ru-2020/forensics?reps=20&lang=ru, 1280",
            "seats-145, /voting/seats/kz-mazhilis-2023?seats=145&lang=en, 360", "seats-69, /voting/seats/kz-mazhilis-2023?seats=69&lang=ru, 1280",
    })
    void pageFitsThePhoneAndIsScreenshotted(String name, String path, int width) throws Exception {
        checkPage(name, path, width);
    }
}
