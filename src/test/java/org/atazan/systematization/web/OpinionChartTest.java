package org.atazan.systematization.web;

import org.atazan.systematization.OpinionMap;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The chart: one mark per placed participant, a different shape as well as a colour per group, labels escaped. */
class OpinionChartTest {

    @Test
    void eachGroupHasItsShapeAndColourAndTheLabelsAreEscaped() {
        OpinionMap map = new OpinionMap(3, List.of(new OpinionMap.Placement("a", 0, -1, 0.5), new OpinionMap.Placement("b", 1, 1, -0.5),
                new OpinionMap.Placement("c", 2, 0.2, 1)), List.of(), List.of(), 10, 7);
        String svg = OpinionChart.svg(map, List.of("Group 1: 1 <people>", "Group 2", "Group 3"), "Map & groups", "desc", "x", "y");
        assertThat(svg).startsWith("<svg").contains("role=\"img\"").contains("<title id=\"chart-title\">Map &amp; groups</title>")
                .contains("Group 1: 1 &lt;people&gt;").doesNotContain("<people>");
        // Three marks and three legend keys: a circle, a square and a triangle, each in its own colour.
        assertThat(svg.split("<circle", -1)).hasSize(3);
        assertThat(svg.split("<rect", -1)).hasSize(3);
        assertThat(svg.split("<polygon", -1)).hasSize(3);
        for (int g = 0; g < 3; g++) assertThat(svg).contains(OpinionChart.COLOURS[g]);
    }
}
