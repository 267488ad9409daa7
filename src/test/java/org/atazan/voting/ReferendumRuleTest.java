package org.atazan.voting;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.atazan.SharedData;
import org.junit.jupiter.api.Test;

import java.io.Reader;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReferendumRuleTest {
    /** A tally of those who took part: issued = voted. */
    static Tally t(long registered, long voted, long yes, long no) {
        return new Tally(1, registered, voted, voted, voted - yes - no, yes, no);
    }

    static List<UnitTally> units(int yesMajority, int total) {
        List<UnitTally> u = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            u.add(new UnitTally("u" + i, i < yesMajority ? t(100, 60, 31, 29) : t(100, 60, 30, 30)));
        }
        return u;
    }

    static List<CSVRecord> referendums() throws Exception {
        try (Reader in = Files.newBufferedReader(SharedData.file("kz-referendums.csv"))) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }

    @Test
    void kazakhstanNationalFiguresAreValidAndHaveAYesMajority() throws Exception {
        List<CSVRecord> rows = referendums();
        CSVRecord r2026 = rows.stream().filter(r -> r.get("date").equals("2026-03-15")).findFirst().orElseThrow();
        assertThat(Long.parseLong(r2026.get("registered"))).isEqualTo(12_482_613L);
        for (CSVRecord r : rows) {
            Tally nat = t(Long.parseLong(r.get("registered")), Long.parseLong(r.get("voted")),
                    Long.parseLong(r.get("yes")), Long.parseLong(r.get("no")));
            int units = Integer.parseInt(r.get("units"));
            // Per-unit figures are not in the file: with all units in favour the question is adopted.
            RuleOutcome kz = ReferendumRule.kazakhstan().evaluate(nat, units(units, units));
            assertThat(kz.valid()).as(r.get("date")).isTrue();
            assertThat(kz.adopted()).isTrue();
            assertThat(kz.units()).hasSize(units);
            assertThat(ReferendumRule.nationalMajority(50).evaluate(nat, List.of()).adopted()).isTrue();
        }
        Tally nat = t(12_482_613, 9_127_192, 7_954_667, 898_099);
        assertThat(ReferendumRule.kazakhstan().evaluate(nat, List.of()).reasons().get(0))
                .isEqualTo("valid: voted 9127192 x 2 > registered 12482613");
    }

    @Test
    void withoutResultsPerUnitAValidKazakhVoteIsUndeterminedInWordsAndAnInvalidOneIsNotAdopted() {
        RuleOutcome o = ReferendumRule.kazakhstan().evaluate(t(12_482_613, 9_127_192, 7_954_667, 898_099), List.of());
        assertThat(o.valid()).isTrue();
        assertThat(o.adopted()).isNull();
        assertThat(o.decision()).isEqualTo("undetermined");
        assertThat(o.reasons()).containsExactly("valid: voted 9127192 x 2 > registered 12482613",
                "units: results per unit are not given, so the test of a yes majority in two thirds of the units cannot be applied",
                "undetermined: adoption needs results per unit");
        RuleOutcome invalid = ReferendumRule.kazakhstan().evaluate(t(100, 40, 39, 1), List.of());
        assertThat(invalid.adopted()).isFalse();
        assertThat(invalid.decision()).isEqualTo("not-adopted");
    }

    @Test
    void exactlyHalfTurnoutIsNotValid() {
        RuleOutcome o = ReferendumRule.kazakhstan().evaluate(t(100, 50, 50, 0), units(3, 3));
        assertThat(o.valid()).isFalse();
        assertThat(o.adopted()).isFalse();
        assertThat(ReferendumRule.kazakhstan().evaluate(t(100, 51, 50, 0), units(3, 3)).adopted()).isTrue();
    }

    @Test
    void exactlyTwoThirdsOfUnitsIsEnoughOneLessIsNot() {
        assertThat(ReferendumRule.kazakhstan().evaluate(t(100, 60, 40, 20), units(14, 21)).adopted()).isTrue();
        assertThat(ReferendumRule.kazakhstan().evaluate(t(100, 60, 40, 20), units(13, 21)).adopted()).isFalse();
        // 20 units: 14 needed (3*13 = 39 < 40), 14 is enough.
        RuleOutcome o = ReferendumRule.kazakhstan().evaluate(t(100, 60, 40, 20), units(13, 20));
        assertThat(o.adopted()).isFalse();
        assertThat(o.reasons()).contains("units: 3 x 13 units with a yes majority < 2 x 20 units");
        assertThat(ReferendumRule.kazakhstan().evaluate(t(100, 60, 40, 20), units(14, 20)).adopted()).isTrue();
    }

    @Test
    void aUnitWithExactlyHalfYesHasNoMajority() {
        RuleOutcome o = ReferendumRule.kazakhstan().evaluate(t(100, 60, 40, 20), units(1, 2));
        assertThat(o.units()).extracting(RuleOutcome.UnitLine::yesMajority).containsExactly(true, false);
        assertThat(o.adopted()).isFalse();
    }

    @Test
    void nationalMajorityUsesItsTurnoutQuorumAndAStrictMajority() {
        assertThat(ReferendumRule.nationalMajority(0).evaluate(t(100, 10, 6, 4), List.of()).adopted()).isTrue();
        assertThat(ReferendumRule.nationalMajority(0).evaluate(t(100, 10, 5, 5), List.of()).adopted()).isFalse();
        RuleOutcome q = ReferendumRule.nationalMajority(50).evaluate(t(100, 50, 40, 10), List.of());
        assertThat(q.valid()).isFalse();
        assertThat(q.rule()).isEqualTo("national-majority(turnout>50%)");
        assertThat(ReferendumRule.nationalMajority(0).evaluate(t(100, 0, 0, 0), List.of()).valid()).isFalse();
        assertThatThrownBy(() -> ReferendumRule.nationalMajority(101)).isInstanceOf(IllegalArgumentException.class);
    }
}
