package org.atazan.voting;

import org.atazan.voting.apportionment.Method;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Seats of a party-list vote under its own rule, or another method and house size. */
class SeatAllocationTest {
    final Votes v = new Votes();

    SeatAllocationTest() {
        v.store.create(new Referendum("p", VoteKind.PARTY_LIST, "Lists", LocalDate.of(2023, 3, 19), SeatRule.parse("hare:5"),
                "KZ", true, "test"));
        // A, B and C pass 5 % of all votes cast (Hare: 5, 3 and 2 of 10 seats); D does not; "Against all" counts among the votes cast.
        v.store.saveParties("p", List.of(new PartyResult("A", 5000, 5), new PartyResult("B", 3000, 3),
                new PartyResult("C", 1500, 2), new PartyResult("D", 300, 0), new PartyResult("Against all", 200, null)));
    }

    @Test
    void theRulesMethodThresholdAndTheOfficialHouseSizeApplyWhenNoneIsAskedFor() {
        SeatTable t = v.seats.table("p", null, null);
        assertThat(t.seats()).isEqualTo(10).isEqualTo(v.seats.officialSeats("p"));
        assertThat(t.method()).isEqualTo(Method.HARE);
        assertThat(t.threshold()).isEqualByComparingTo(new BigDecimal("5"));
        assertThat(t.cast()).isEqualTo(10_000);
        assertThat(t.lines()).extracting(SeatTable.Line::party, SeatTable.Line::passed)
                .contains(org.assertj.core.groups.Tuple.tuple("D", false), org.assertj.core.groups.Tuple.tuple("A", true));
        assertThat(t.equalsOfficial()).isTrue();
        assertThat(t.officialTotal()).isEqualTo(10);
    }

    @Test
    void anotherHouseSizeOrMethodIsComparedNotEqual() {
        SeatTable t = v.seats.table("p", 20, "dhondt");
        assertThat(t.method()).isEqualTo(Method.DHONDT);
        assertThat(t.lines().stream().mapToInt(l -> l.seats() == null ? 0 : l.seats()).sum()).isEqualTo(20);
        assertThat(t.equalsOfficial()).isFalse();
    }

    @Test
    void badRequestsAndReferendumsAreRefusedByField() {
        assertThatThrownBy(() -> v.seats.table("p", 0, null)).hasMessage("field seats: must be 1..1000, was 0");
        assertThatThrownBy(() -> v.seats.table("p", 10, "nonsense")).hasMessageStartingWith("field method: unknown method 'nonsense'");
        v.setup.create(new NewVote("r", "R", "2026-03-15", null, null, null, null), "o");
        assertThatThrownBy(() -> v.seats.table("r", 10, null)).hasMessageContaining("is a referendum, not a party-list vote");
    }
}
