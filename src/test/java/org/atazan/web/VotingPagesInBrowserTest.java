package org.atazan.web;

import org.atazan.Axe;
import org.atazan.Browser;
import org.atazan.HttpTestClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The voting pages in a real headless Chromium at 360 and 1280 px, in Kazakh, Russian and English:
 * no sideways scroll on a phone, no serious or critical axe-core violation, labels that break only
 * between words, charts readable at their size, tables whose columns can all be reached;
 * screenshots of every page in kk and ru under target/screens.
 */
class VotingPagesInBrowserTest extends org.atazan.BrowserTest {
    static final Path SCREENS = Path.of("target", "screens");
    static final String ADYGEA = "RU/Республика Адыгея (Адыгея)";
    static final String DISTRICT = ADYGEA + "/1 Адыгейская";
    static final String STATION = DISTRICT + "/УИК №1";

    static String unit(String code) {
        return URLEncoder.encode(code, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static Stream<Arguments> pages() {
        String[][] pages = {
                {"voting", "/voting"},
                {"result-kz-2026", "/voting/referendums/kz-2026"},
                {"result-kz-2022", "/voting/referendums/kz-2022"},
                {"result-ru-2020", "/voting/referendums/ru-2020"},
                {"region-ru-2020", "/voting/referendums/ru-2020?unit=" + unit(ADYGEA)},
                {"station-ru-2020", "/voting/referendums/ru-2020?unit=" + unit(STATION)},
                {"turnout-kz-2026", "/voting/referendums/kz-2026/turnout"},
                {"forensics-ru-2020", "/voting/referendums/ru-2020/forensics?reps=20"},
                {"seats-69", "/voting/seats/kz-mazhilis-2023?seats=69"},
                {"seats-145", "/voting/seats/kz-mazhilis-2023?seats=145"},
                {"not-found", "/voting/referendums/no-such-vote"},
        };
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
    void everyVotingPageFitsHasNoSeriousAxeViolationAndBreaksLabelsBetweenWords(String name, String path, String lang, int width)
            throws Exception {
        driver.manage().window().setSize(new Dimension(width, 900));
        driver.get(url(path + (path.contains("?") ? "&" : "?") + "lang=" + lang));
        // Said with the page's source when it has no heading, so that a failure shows what was served.
        assertThat(driver.findElements(By.tagName("h1"))).as("h1 of %s: %s", driver.getCurrentUrl(), driver.getPageSource()).isNotEmpty();
        assertThat(driver.findElement(By.tagName("h1")).getText()).isNotBlank();
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(lang);
        Number scrollWidth = (Number) driver.executeScript("return document.documentElement.scrollWidth");
        assertThat(scrollWidth.intValue()).as("page width at %d px", width).isLessThanOrEqualTo(width);
        assertThat(Axe.seriousOrCritical(driver)).as("axe on %s in %s at %d px", name, lang, width).isEmpty();
        // A word that does not fit its box would be cut wherever the box ends: no figure's label,
        // heading or table header may need that (with breaking turned off, nothing overflows).
        Object cut = driver.executeScript("""
                var out = [];
                document.querySelectorAll('main .figures li > span, main h1, main h2, main th, main .links a, main .cards h3').forEach(function (e) {
                  if (e.offsetParent === null) return;
                  var before = e.style.overflowWrap;
                  e.style.overflowWrap = 'normal'; e.style.wordBreak = 'normal';
                  if (e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).display !== 'inline') out.push(e.textContent.trim());
                  e.style.overflowWrap = before; e.style.wordBreak = '';
                });
                return out;""");
        assertThat((List<?>) cut).as("labels broken inside a word on %s in %s at %d px", name, lang, width).isEmpty();
        if (!lang.equals("en")) {
            Path shot = Browser.screenshot(driver, width, name + "-" + lang, SCREENS);
            assertThat(Files.size(shot)).isGreaterThan(5_000);
        }
    }

    @Test
    void theKazakhstan2026PageSaysInWordsThatAdoptionCannotBeDeterminedAndNamesBothYesShares() {
        driver.manage().window().setSize(new Dimension(1280, 900));
        driver.get(url("/voting/referendums/kz-2026?lang=en"));
        String main = driver.findElement(By.tagName("main")).getText();
        assertThat(driver.findElement(By.id("decision")).getText())
                .isEqualTo("Whether the question was adopted cannot be determined from the published figures: the rule needs the results per unit.");
        driver.findElement(By.cssSelector("#tests summary")).click();
        String tests = driver.findElement(By.id("tests")).getText();
        assertThat(tests).contains("9,127,192 took part × 2 = 18,254,384 > 12,482,613 registered voters")
                .contains("cannot be checked").doesNotContain("fewer than").doesNotContain("0 units").doesNotContain(" < ");
        assertThat(main).doesNotContain("Not adopted").doesNotContain("not adopted");
        assertThat(driver.findElement(By.id("yes-of-voters")).getText()).contains("87.15").contains("of those who took part");
        assertThat(driver.findElement(By.id("yes-of-ballots")).getText()).contains("88.39").contains("of the ballots in the boxes");
    }

    @Test
    void aKazakhPageWritesItsLiveFiguresAsItsTextDoes() {
        driver.manage().window().setSize(new Dimension(360, 900));
        driver.get(url("/voting/referendums/kz-2026?lang=kk"));
        Browser.waiting(driver, 10)
                .until(d -> !d.findElements(By.cssSelector("#live[data-live-updated]")).isEmpty());
        // The text itself (WebDriver's getText would turn the no-break spaces into spaces).
        String nbsp = "\u00a0";
        assertThat(driver.findElement(By.cssSelector("[data-live=registered]")).getAttribute("textContent")).isEqualTo("12" + nbsp + "482" + nbsp + "613");
        assertThat(driver.findElement(By.cssSelector("[data-live=turnoutPercent]")).getAttribute("textContent")).isEqualTo("73,12");
        assertThat(driver.findElement(By.cssSelector("[data-live-ratio]")).getAttribute("textContent")).isEqualTo("87,15");
        assertThat(driver.findElement(By.tagName("main")).getText()).doesNotContain("12,482,613").doesNotContain("73.12");
        // A vote of 2026-03-15 is no longer being counted: the page does not promise live updates.
        assertThat(driver.findElements(By.id("live-note"))).isEmpty();
    }

    @Test
    void everyColumnOfTheProtocolHistoryShowsAtDesktopWidthAndTheTurnoutFinalColumnOnAPhone() {
        driver.manage().window().setSize(new Dimension(1280, 900));
        driver.get(url("/voting/referendums/ru-2020?lang=ru&unit=" + unit(STATION)));
        long viewport = (Long) driver.executeScript("return window.innerWidth");
        for (WebElement cell : driver.findElements(By.cssSelector("#history th, #history td"))) {
            assertThat(right(cell)).as(cell.getText()).isLessThanOrEqualTo(viewport);
        }
        assertThat(driver.findElement(By.id("history")).getText()).contains("1 749").contains("176");
        driver.manage().window().setSize(new Dimension(360, 900));
        driver.get(url("/voting/referendums/kz-2026/turnout?lang=kk"));
        WebElement table = driver.findElement(By.id("turnout-table"));
        assertThat(table.getAttribute("tabindex")).isEqualTo("0");
        WebElement finalHeader = table.findElement(By.xpath(".//th[normalize-space()='қорытынды']"));
        assertThat(right(finalHeader)).isLessThanOrEqualTo(360);
        // The what-if seats and the official shares they are compared with are both on a phone's screen.
        driver.get(url("/voting/seats/kz-mazhilis-2023?seats=145&lang=ru"));
        WebElement official = driver.findElement(By.xpath("//div[@id='seats-table']//th[starts-with(normalize-space(), 'Итог')]"));
        assertThat(right(official)).isLessThanOrEqualTo(360);
    }

    @Test
    void chartsAreDrawnForTheirWidthSoThatTheirTextStaysReadable() {
        // On a phone the region's bar chart comes in its narrow drawing, whose 13 px text shrinks little.
        driver.manage().window().setSize(new Dimension(360, 900));
        driver.get(url("/voting/referendums/ru-2020?lang=ru&unit=" + unit(ADYGEA)));
        WebElement bars = driver.findElement(By.cssSelector("figure.chart img"));
        Browser.waiting(driver, 10).until(d -> complete(bars));
        assertThat(bars.getDomProperty("currentSrc")).contains("width=narrow");
        assertThat(textScale(bars) * 13).as("smallest bar chart text, px").isGreaterThanOrEqualTo(10);
        assertThat(driver.findElement(By.cssSelector("figure.chart figcaption a")).getAttribute("href")).endsWith("#units-table");
        // 87 regions are too many for a phone: the table stands in, and says so.
        driver.get(url("/voting/referendums/ru-2020?lang=ru"));
        assertThat(driver.findElement(By.cssSelector("figure.chart")).isDisplayed()).isFalse();
        assertThat(driver.findElement(By.cssSelector("p.narrow-only")).isDisplayed()).isTrue();
        driver.get(url("/voting/referendums/kz-2026/turnout?lang=kk"));
        WebElement curve = driver.findElement(By.cssSelector("figure.chart img"));
        Browser.waiting(driver, 10).until(d -> complete(curve));
        assertThat(curve.getDomProperty("currentSrc")).contains("width=narrow");
        assertThat(textScale(curve) * 12).as("smallest turnout chart text, px").isGreaterThanOrEqualTo(10);
        driver.get(url("/voting/referendums/ru-2020/forensics?reps=20&lang=kk"));
        WebElement fingerprint = driver.findElement(By.cssSelector("figure.fingerprint img"));
        Browser.waiting(driver, 10).until(d -> complete(fingerprint));
        assertThat(textScale(fingerprint) * 12).as("smallest fingerprint text, px").isGreaterThanOrEqualTo(10);
        // On a desktop the 87 regions are one wide chart, its text at least as large as drawn.
        driver.manage().window().setSize(new Dimension(1280, 900));
        driver.get(url("/voting/referendums/ru-2020?lang=ru"));
        WebElement wide = driver.findElement(By.cssSelector("figure.chart img"));
        Browser.waiting(driver, 10).until(d -> complete(wide));
        assertThat(wide.getDomProperty("currentSrc")).doesNotContain("width=narrow");
        assertThat(textScale(wide) * 12).isGreaterThanOrEqualTo(12);
    }

    @Test
    void theFootersApiLinkOpensAReadableApiPage() {
        driver.manage().window().setSize(new Dimension(1280, 900));
        driver.get(url("/voting?lang=ru"));
        driver.findElement(By.cssSelector("footer a[href='/open-api']")).click();
        // Swagger UI draws the page with its own scripts: under the site's CSP they must run.
        Browser.waiting(driver, 20)
                .until(d -> !d.findElements(By.cssSelector(".swagger-ui .opblock")).isEmpty());
        assertThat(driver.findElement(By.cssSelector(".swagger-ui .info .title")).getText()).isNotBlank();
        assertThat(driver.findElement(By.tagName("body")).getText()).contains("/api/referendums/{id}/result");
    }

    private long right(WebElement e) {
        return Math.round(((Number) driver.executeScript("return arguments[0].getBoundingClientRect().right", e)).doubleValue());
    }

    private boolean complete(WebElement img) {
        return Boolean.TRUE.equals(driver.executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", img));
    }

    /** How much the image's drawing is scaled on the page: shown width over drawn width. */
    private double textScale(WebElement img) {
        Number shown = (Number) driver.executeScript("return arguments[0].getBoundingClientRect().width", img);
        Number drawn = (Number) driver.executeScript("return arguments[0].naturalWidth", img);
        return shown.doubleValue() / drawn.doubleValue();
    }

    @Test
    void theResultPageUpdatesWithoutReloadWhenAProtocolArrives() {
        HttpTestClient client = new HttpTestClient(port);
        String id = referendumOfToday("live", "L");
        driver.manage().window().setSize(new Dimension(360, 900));
        driver.get("http://localhost:" + port + "/voting/referendums/" + id + "?lang=en");
        By yes = By.cssSelector("[data-live=yes]");
        assertThat(driver.findElement(yes).getText()).isEqualTo("0");
        Browser.waiting(driver, 5).until(d -> d.findElement(By.id("live-note")).isDisplayed());
        assertThat(client.postJson("/api/referendums/" + id + "/protocols",
                "{\"station\":\"L/1\",\"registered\":900,\"issued\":600,\"inBoxes\":600,\"invalid\":0,\"yes\":4321,\"no\":0}",
                ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(422);
        assertThat(client.postJson("/api/referendums/" + id + "/protocols",
                "{\"station\":\"L/1\",\"registered\":900,\"issued\":600,\"inBoxes\":600,\"invalid\":0,\"yes\":1321,\"no\":0}",
                ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(422);
        assertThat(client.postJson("/api/referendums/" + id + "/protocols",
                "{\"station\":\"L/1\",\"registered\":900,\"issued\":600,\"inBoxes\":600,\"invalid\":0,\"yes\":421,\"no\":179}",
                ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(201);
        Browser.waiting(driver, 10).until(d -> d.findElement(yes).getText().equals("421"));
        // Both yes shares follow: 421 of 600 who took part, 421 of 600 ballots in the boxes.
        Browser.waiting(driver, 10).until(d -> d.findElement(By.cssSelector("[data-live-ratio]")).getText().equals("70.17"));
        // The table by unit changes too, row by row.
        By rowYes = By.cssSelector("tr[data-live-unit='L/1'] [data-live-field=yes]");
        Browser.waiting(driver, 10).until(d -> d.findElement(rowYes).getText().equals("421"));
        Browser.screenshot(driver, 360, "result-live");
    }

    @Test
    void theTurnoutPageShowsANewReportWithoutTheReaderReloading() {
        HttpTestClient client = new HttpTestClient(port);
        String id = referendumOfToday("turnout", "T");
        driver.get(url("/voting/referendums/" + id + "/turnout?lang=en"));
        assertThat(driver.findElements(By.cssSelector("table"))).isEmpty();
        // Let the page subscribe before the report is sent: live.js marks the box once its stream is open.
        Browser.waiting(driver, 10).until(d -> !d.findElements(By.cssSelector("#live[data-live-open]")).isEmpty());
        assertThat(client.postJson("/api/referendums/" + id + "/turnout", "[{\"unit\":\"T\",\"at\":\"10:00\",\"percent\":12.34}]",
                ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(200);
        Browser.waiting(driver, 10).until(d -> d.findElement(By.tagName("main")).getText().contains("12.34"));
    }

    /** A referendum held today (so still being counted), with a country and one station, created through the API. */
    private String referendumOfToday(String prefix, String country) {
        HttpTestClient client = new HttpTestClient(port);
        String id = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(client.postJson("/api/referendums", "{\"id\":\"" + id + "\",\"title\":\"" + prefix + "\",\"date\":\""
                + LocalDate.now() + "\",\"country\":\"" + country + "\"}", ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(201);
        assertThat(client.postJson("/api/referendums/" + id + "/territories",
                "[{\"code\":\"" + country + "\",\"kind\":\"country\"},{\"code\":\"" + country + "/1\",\"kind\":\"station\","
                        + "\"parent\":\"" + country + "\",\"registered\":900}]",
                ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(201);
        return id;
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
        driver.manage().window().setSize(new Dimension(360, 900));
        driver.manage().deleteAllCookies();
        driver.get("http://localhost:" + port + "/voting/referendums/" + id + "/desk?station=RU/s&lang=en");
        assertThat(driver.getCurrentUrl()).contains("/login");
        driver.findElement(By.id("username")).sendKeys(ADMIN);
        driver.findElement(By.id("password")).sendKeys(ADMIN_PASSWORD);
        driver.findElement(By.cssSelector("form button")).click();
        Browser.awaitSignedIn(driver);
        driver.get("http://localhost:" + port + "/voting/referendums/" + id + "/desk?station=RU/s&lang=en");
        fill("900", "1000", "600", "0", "400", "200", "");
        Browser.waiting(driver, 10).until(d -> !d.findElements(By.id("error")).isEmpty());
        assertThat(driver.findElement(By.id("error")).getText()).contains("RU/s").contains("issued <= registered");
        Browser.screenshot(driver, 360, "desk-refused");
        fill("900", "600", "600", "0", "400", "200", "");
        Browser.waiting(driver, 10).until(d -> d.getCurrentUrl().contains("unit="));
        assertThat(driver.getCurrentUrl()).contains("/voting/referendums/" + id + "?unit=RU%2Fs");
        driver.get("http://localhost:" + port + "/voting/referendums/" + id + "/desk?station=RU/s&lang=en");
        fill("900", "600", "600", "0", "410", "190", "recount");
        Browser.waiting(driver, 10).until(d -> d.getCurrentUrl().contains("unit="));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("recount").contains("410");
        Path csv = Files.createTempFile("desk", ".csv");
        Files.writeString(csv, ProtocolCsv.HEADER + "V,Reg,TIK,UIK 1,100,50,50,0,30,20,u\nV,Reg,TIK,UIK 2,100,x,50,0,30,20,u\n");
        driver.get("http://localhost:" + port + "/voting/referendums/" + id + "/desk?lang=en");
        driver.findElement(By.id("file")).sendKeys(csv.toString());
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("mode"))).selectByValue("skip-invalid");
        driver.findElement(By.cssSelector("form[enctype] button")).click();
        Browser.waiting(driver, 10).until(d -> !d.findElements(By.id("report")).isEmpty());
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
}
