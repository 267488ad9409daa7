package org.atazan.systematization.web;

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
 * The opinion map of a real Pol.is conversation in a real browser, in kk, ru and en at 360 and 1280 px:
 * it fits, has one main landmark and its chart, and no serious or critical axe-core violation.
 */
class OpinionMapInBrowserTest extends BrowserTest {

    static Stream<Arguments> pages() {
        List<Arguments> out = new ArrayList<>();
        for (String lang : new String[]{"kk", "ru", "en"}) {
            for (int width : new int[]{360, 1280}) out.add(Arguments.of(lang, width));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} at {1} px")
    @MethodSource("pages")
    void fitsAndHasNoSeriousAccessibilityViolation(String lang, int width) throws Exception {
        checkPage("opinion-map-" + lang, "/consultations/polis-brexit-consensus/opinions?lang=" + lang, width);
        assertThat(driver.findElements(By.tagName("main"))).hasSize(1);
        assertThat(driver.findElements(By.cssSelector("svg.opinion-chart"))).hasSize(1);
        assertThat(Axe.seriousOrCritical(driver)).as(lang + " " + width).isEmpty();
    }
}
