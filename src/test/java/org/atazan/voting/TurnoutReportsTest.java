package org.atazan.voting;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Turnout reports: checked per report and field, stored with one event. */
class TurnoutReportsTest {
    final Votes v = Votes.withReferendum("majority");

    static TurnoutReport at(String unit, int hour, String percent) {
        return new TurnoutReport(unit, LocalTime.of(hour, 0), new BigDecimal(percent), null);
    }

    @Test
    void reportsAreStoredAndAnnouncedOnce() {
        v.turnout.report("t", List.of(at("C", 10, "12.50"), new TurnoutReport("R1", LocalTime.of(10, 0), new BigDecimal("14"), 250L)), "official");

        assertThat(v.turnout.reports("t")).hasSize(2);
        assertThat(v.decisions.delivered).containsExactly(new TurnoutReported("t", List.of(
                new TurnoutReported.Report("C", "10:00", new BigDecimal("12.50"), null),
                new TurnoutReported.Report("R1", "10:00", new BigDecimal("14"), 250L)), "official", Votes.NOW));
    }

    @Test
    void aBadReportNamesItsNumberAndFieldAndNothingIsStored() {
        assertThatThrownBy(() -> v.turnout.report("t", List.of(at("C", 10, "12"), at("Z", 10, "12")), "o"))
                .hasMessage("report 2, field unit: no such unit 'Z'");
        assertThatThrownBy(() -> v.turnout.report("t", List.of(at("C", 10, "100.01")), "o"))
                .hasMessage("report 1, field percent: must be 0..100, was 100.01");
        assertThatThrownBy(() -> v.turnout.report("t", List.of(new TurnoutReport("C", LocalTime.NOON, BigDecimal.ONE, -1L)), "o"))
                .hasMessageContaining("field issued: negative");
        assertThat(v.turnout.reports("t")).isEmpty();
        assertThat(v.decisions.delivered).isEmpty();
    }

    @Test
    void noReportIsNoDecision() {
        assertThat(v.turnout.report("t", List.of(), "o")).isEmpty();
        assertThat(v.decisions.delivered).isEmpty();
    }
}
