package org.atazan.commission.web;

import org.atazan.Axe;
import org.atazan.BrowserTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;

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
}
