package org.atazan.voting.web;

import org.atazan.voting.Tally;
import org.atazan.voting.TurnoutReport;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Every chart has a title, axes with units, a legend, and text drawn large enough for its width. */
class SvgChartsTest {
    static final Pattern FONT = Pattern.compile("font-size=\"(\\d+)\"");
    static final Pattern WIDTH = Pattern.compile("viewBox=\"0 0 (\\d+) ");

    static UnitRow row(String name, long yes, long no) {
        return new UnitRow("X/" + name, name, "region", new Tally(1, 1000, yes + no + 10, yes + no + 10, 10, yes, no), false);
    }

    static SvgCharts.Texts texts() {
        return new SvgCharts.Texts("Yes and no by unit: X", "share of the ballots in the boxes", "yes", "no", "invalid",
                d -> String.format(Locale.ROOT, "%.0f", d));
    }

    @Test
    void barsHaveALegendAnAxisWithPercentagesAndABarPairPerUnit() {
        String svg = SvgCharts.bars(List.of(row("North & <South>", 600, 300), row("East", 200, 700)), texts(), false);
        assertThat(svg).contains("<title>Yes and no by unit: X</title>").contains(">yes</text>").contains(">no</text>")
                .contains(">invalid</text>").contains(">share of the ballots in the boxes</text>")
                .contains(">0\u00a0%</text>").contains(">50\u00a0%</text>").contains(">100\u00a0%</text>")
                .contains("North &amp; &lt;South&gt;").contains("fill=\"" + SvgCharts.YES + "\"").contains("fill=\"" + SvgCharts.NO + "\"");
        assertThat(svg.split("<rect", -1).length - 1).as("two bars a unit and three legend keys").isEqualTo(2 * 2 + 3);
    }

    @Test
    void theNarrowDrawingIsAPhonesWidthWithItsLabelsAboveTheBars() {
        String svg = SvgCharts.bars(List.of(row("A region with a rather long name indeed", 600, 300)), texts(), true);
        assertThat(width(svg)).isEqualTo(360);
        assertThat(smallestFont(svg)).as("at 328 px shown, 13 px drawn is 11.8 px").isGreaterThanOrEqualTo(13);
        assertThat(svg).contains("text-anchor=\"start\">A region with a rather long name indeed</text>");
    }

    @Test
    void theTurnoutChartHasItsLegendAndBothAxesWithUnits() {
        var reports = List.of(new TurnoutReport("K", LocalTime.of(12, 0), new BigDecimal("37.54"), null),
                new TurnoutReport("K", LocalTime.of(20, 30), new BigDecimal("73.24"), null),
                new TurnoutReport("K/a", LocalTime.of(12, 0), new BigDecimal("41.93"), null));
        var t = new SvgCharts.TurnoutTexts("Turnout through the day", "turnout, % of registered voters", "time of day (UTC+5)",
                "Kazakhstan", "each unit", d -> String.format(Locale.ROOT, "%.2f", d));
        for (boolean narrow : new boolean[]{false, true}) {
            String svg = SvgCharts.turnout(reports, "K", Map.of("K", "Kazakhstan", "K/a", "Abai"), t, narrow);
            assertThat(svg).contains(">Kazakhstan</text>").contains(">each unit</text>").contains(">turnout, % of registered voters</text>")
                    .contains(">time of day (UTC+5)</text>").contains(">12:00</text>").contains(">100\u00a0%</text>")
                    .contains("<title>Abai</title>");
            assertThat(svg.indexOf("<title>Kazakhstan</title>")).as("the national curve is drawn last, on top")
                    .isGreaterThan(svg.indexOf("<title>Abai</title>"));
            assertThat(width(svg)).isEqualTo(narrow ? 360 : 760);
            assertThat(smallestFont(svg)).isGreaterThanOrEqualTo(12);
        }
    }

    @Test
    void theFingerprintHasAxesTitlesAndAColourScale() {
        String svg = SvgCharts.fingerprint(new byte[]{1, 2, 3}, new SvgCharts.FingerprintTexts("Fingerprint",
                "turnout, % of registered voters", "yes, % of the ballots", "fewer voters", "more voters (log scale)"));
        assertThat(svg).contains("<title>Fingerprint</title>").contains("href=\"data:image/png;base64,AQID\"")
                .contains(">turnout, % of registered voters</text>").contains(">yes, % of the ballots</text>")
                .contains(">fewer voters</text>").contains(">more voters (log scale)</text>").contains(">0\u00a0%</text>")
                .contains(">100\u00a0%</text>");
        assertThat(svg.split("<rect", -1).length - 1).as("frame, 24 colour steps, scale frame").isEqualTo(26);
        assertThat(smallestFont(svg)).isGreaterThanOrEqualTo(12);
    }

    static int width(String svg) {
        Matcher m = WIDTH.matcher(svg);
        assertThat(m.find()).isTrue();
        return Integer.parseInt(m.group(1));
    }

    static int smallestFont(String svg) {
        Matcher m = FONT.matcher(svg);
        int min = Integer.MAX_VALUE;
        while (m.find()) min = Math.min(min, Integer.parseInt(m.group(1)));
        return min;
    }
}
