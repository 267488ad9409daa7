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

    @Test
    void aTimeWithSecondsOrMicrosecondsIsRefusedSoThatAnHourHasOneRow() {
        v.turnout.report("t", List.of(at("C", 10, "12")), "o");
        assertThatThrownBy(() -> v.turnout.report("t", List.of(new TurnoutReport("C", LocalTime.parse("10:00:00.000001"),
                BigDecimal.TEN, null)), "o"))
                .hasMessage("report 1, field at: a time of day in whole minutes (HH:MM), was 10:00:00.000001");
        assertThat(v.turnout.reports("t")).hasSize(1);
    }

    @Test
    void aPercentageWithMoreDecimalsThanKeptIsRefusedAndTheMessageStaysShort() {
        assertThatThrownBy(() -> v.turnout.report("t", List.of(at("C", 10, "1e-99999")), "o"))
                .hasMessage("report 1, field percent: at most 2 decimals, was 1E-99999");
        assertThatThrownBy(() -> v.turnout.report("t", List.of(at("C", 10, "12.345")), "o"))
                .hasMessage("report 1, field percent: at most 2 decimals, was 12.345");
        assertThatThrownBy(() -> v.turnout.report("t", List.of(at("C", 10, "1e99999")), "o"))
                .hasMessage("report 1, field percent: must be 0..100, was 1E+99999");
        v.turnout.report("t", List.of(at("C", 10, "12.500")), "o");
        assertThat(v.turnout.reports("t")).hasSize(1);
    }

    @Test
    void ballotsIssuedCannotExceedTheUnitsRegisteredVoters() {
        // D1 holds S1 (1000) and S2 (800); the country also S3 (500).
        assertThatThrownBy(() -> v.turnout.report("t", List.of(new TurnoutReport("D1", LocalTime.NOON, BigDecimal.TEN, 1801L)), "o"))
                .hasMessage("report 1, field issued: 1801 ballots issued, more than the 1800 registered voters of D1");
        v.turnout.report("t", List.of(new TurnoutReport("D1", LocalTime.NOON, BigDecimal.TEN, 1800L),
                new TurnoutReport("C", LocalTime.NOON, BigDecimal.TEN, 2300L)), "o");
        assertThat(v.turnout.reports("t")).hasSize(2);
    }

    @Test
    void theSameUnitAndHourTwiceInOneRequestIsRefused() {
        assertThatThrownBy(() -> v.turnout.report("t", List.of(at("C", 10, "12"), at("C", 10, "13")), "o"))
                .hasMessage("report 2, field at: unit C at 10:00 is already report 1 of this request");
        assertThat(v.turnout.reports("t")).isEmpty();
    }
}
