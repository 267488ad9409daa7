package org.atazan.voting.web;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HemicycleTest {

    @Test
    void oneDotPerSeatOnTheHalfDiscFromLeftToRight() {
        assertThat(Hemicycle.layout(145)).hasSize(145)
                .allSatisfy(s -> assertThat(Math.hypot(s.x(), s.y())).isBetween(0.37, 1.01))
                .allSatisfy(s -> assertThat(s.y()).isGreaterThanOrEqualTo(-1e-9));
        var seats = Hemicycle.layout(69);
        assertThat(seats.get(0).x()).isLessThan(0);
        assertThat(seats.get(seats.size() - 1).x()).isGreaterThan(0);
        assertThat(Hemicycle.layout(1)).hasSize(1);
        assertThat(Hemicycle.layout(0)).isEmpty();
    }

    @Test
    void everyPartyGetsItsDotsAndALegendLine() {
        String svg = Hemicycle.svg(List.of(new Hemicycle.Party("Amanat", 83), new Hemicycle.Party("Auyl", 17),
                new Hemicycle.Party("Baytaq", 0), new Hemicycle.Party("A & B <x>", 45)), "Kurultai");
        assertThat(svg.split("<circle", -1)).hasSize(145 + 1);
        assertThat(svg).contains("Amanat: 83").contains("A &amp; B &lt;x&gt;: 45").doesNotContain("Baytaq");
    }

    @Test
    void aLongPartyNameGoesOnSeveralLegendLinesBrokenBetweenWords() {
        String name = "Общенациональная социал-демократическая партия";
        assertThat(Hemicycle.lines(name + ": 8")).containsExactly("Общенациональная", "социал-демократическая партия: 8");
        assertThat(Hemicycle.lines("Жалпыұлттық социал-демократиялық партия: 8"))
                .containsExactly("Жалпыұлттық социал-демократиялық", "партия: 8");
        String svg = Hemicycle.svg(List.of(new Hemicycle.Party(name, 8), new Hemicycle.Party("Auyl", 2)), "K");
        assertThat(svg).contains(">Общенациональная</text>").contains(">социал-демократическая партия: 8</text>").contains(">Auyl: 2</text>");
        assertThat(Hemicycle.lines("Amanat: 83")).containsExactly("Amanat: 83");
    }
}
