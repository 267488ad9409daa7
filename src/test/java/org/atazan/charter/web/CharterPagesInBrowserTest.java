package org.atazan.charter.web;

import org.atazan.BrowserTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every charter page in a real headless Chromium, in Kazakh, Russian and English, at a 360 px phone
 * and a 1280 px desktop width: no sideways scroll, no serious or critical axe-core violation (among
 * them a scrolling region that the keyboard cannot reach), and a screenshot in target/screenshots.
 */
class CharterPagesInBrowserTest extends BrowserTest {

    static final String[][] PAGES = {
            {"home", "/"},
            {"charters", "/charters"},
            {"charter", "/charters/kz"},
            {"charter-gg", "/charters/de-gg"},
            {"version", "/charters/kz/versions/2026"},
            {"search", "/charters/kz/versions/2026?q=%D0%BF%D1%80%D0%B5%D0%B7%D0%B8%D0%B4%D0%B5%D0%BD%D1%82"},
            {"article", "/charters/kz/versions/1995/articles/40"},
            {"article-added", "/charters/kz/versions/2026/articles/3"},
            {"article-gg", "/charters/de-gg/versions/2012-07-11/articles/93"},
            {"compare", "/charters/kz/compare"},
            {"compare-side", "/charters/de-gg/compare?view=side&show=all"},
            {"article-change", "/charters/kz/compare?from=1995&to=2026&article=old-40"},
            {"not-found", "/charters/kz/versions/2026/articles/999"},
    };

    static Stream<Arguments> pages() {
        List<Arguments> out = new ArrayList<>();
        for (String[] page : PAGES) {
            for (String lang : new String[]{"kk", "ru", "en"}) {
                for (int width : new int[]{360, 1280}) out.add(Arguments.of(page[0], page[1], lang, width));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} in {2} at {3} px")
    @MethodSource("pages")
    void fitsAndHasNoSeriousAccessibilityViolation(String name, String path, String lang, int width) throws Exception {
        String url = path + (path.contains("?") ? "&" : "?") + "lang=" + lang;
        checkPage("charter-" + name + "-" + lang, url, width);
        driver.manage().window().setSize(new Dimension(width, 900));
        assertThat(Axe.blockingViolations(driver)).as("axe-core %s on %s at %d px", Axe.version(), url, width).isEmpty();
    }

    @Test
    void theAxeCheckFindsAScrollingRegionTheKeyboardCannotReach() {
        // The check itself, on a page made to fail it: the versions table before it was made to fit.
        driver.manage().window().setSize(new Dimension(360, 900));
        driver.get("data:text/html;charset=utf-8,<!DOCTYPE html><html lang=\"en\"><title>t</title><main><h1>t</h1>"
                + "<div style=\"overflow-x:auto\"><table><tr><th>Version</th><th>Source</th></tr><tr><td>1995</td>"
                + "<td style=\"white-space:nowrap\">" + "a long source note ".repeat(10) + "</td></tr></table></div>"
                + "<img src=\"x.png\"></main></html>");
        assertThat(Axe.blockingViolations(driver)).anySatisfy(v -> assertThat(v).startsWith("scrollable-region-focusable ("))
                .anySatisfy(v -> assertThat(v).startsWith("image-alt (critical)"));
    }

    @Test
    void theRedlineUnderlinesInsertionsAndStrikesDeletionsAndSaysSoInALegend() {
        driver.manage().window().setSize(new Dimension(360, 900));
        for (String[] lang : new String[][]{{"kk", "қосылған сөздер", "алынып тасталған сөздер"},
                {"ru", "добавленные слова", "удалённые слова"}, {"en", "inserted words", "deleted words"}}) {
            driver.get(url("/charters/kz/compare?lang=" + lang[0]));
            WebElement ins = driver.findElement(By.cssSelector(".redline ins"));
            WebElement del = driver.findElement(By.cssSelector(".redline del"));
            assertThat(ins.getCssValue("text-decoration-line")).isEqualTo("underline");
            assertThat(del.getCssValue("text-decoration-line")).isEqualTo("line-through");
            WebElement legend = driver.findElement(By.cssSelector(".legend"));
            assertThat(legend.findElement(By.cssSelector(".mark-ins")).getText()).isEqualTo(lang[1]);
            assertThat(legend.findElement(By.cssSelector(".mark-ins")).getCssValue("text-decoration-line")).isEqualTo("underline");
            assertThat(legend.findElement(By.cssSelector(".mark-del")).getText()).isEqualTo(lang[2]);
            assertThat(legend.findElement(By.cssSelector(".mark-del")).getCssValue("text-decoration-line")).isEqualTo("line-through");
        }
    }

    @Test
    void theVersionsTableShowsEverySourceOnAPhone() {
        driver.manage().window().setSize(new Dimension(360, 900));
        driver.get(url("/charters/kz?lang=kk"));
        for (WebElement source : driver.findElements(By.cssSelector("table.versions td.source"))) {
            var r = source.getRect();
            assertThat(r.getX()).isGreaterThanOrEqualTo(0);
            assertThat(r.getX() + r.getWidth()).as("right edge of a source cell").isLessThanOrEqualTo(360);
            assertThat(source.getText()).contains("(ағылшын тілінде)");
        }
        // The two published versions come from Adilet; the commission's demo draft names its amendments.
        assertThat(driver.findElements(By.cssSelector("table.versions td.source")).stream().map(WebElement::getText))
                .filteredOn(t -> t.contains("Adilet")).hasSize(2);
        assertThat(driver.findElements(By.cssSelector("table.versions td.source"))).hasSize(3);
    }
}
