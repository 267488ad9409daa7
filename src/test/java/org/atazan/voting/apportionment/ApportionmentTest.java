package org.atazan.voting.apportionment;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.atazan.SharedData;
import org.junit.jupiter.api.Test;

import java.io.Reader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApportionmentTest {
    static List<PartyVotes> rows(long... votes) {
        List<PartyVotes> r = new ArrayList<>();
        for (int i = 0; i < votes.length; i++) r.add(new PartyVotes(String.valueOf((char) ('A' + i)), votes[i]));
        return r;
    }

    static List<Integer> seats(List<PartyVotes> rows, int seats, Method m) {
        return List.copyOf(Apportionment.allocate(rows, seats, m, BigDecimal.ZERO, ThresholdBase.CAST, 0).seats().values());
    }

    @Test
    void wikipediaDivisorExamples() {
        List<PartyVotes> r = rows(100_000, 80_000, 30_000, 20_000);
        assertThat(seats(r, 8, Method.DHONDT)).containsExactly(4, 3, 1, 0);
        assertThat(seats(r, 8, Method.SAINTE_LAGUE)).containsExactly(3, 3, 1, 1);
        assertThat(seats(r, 8, Method.HUNTINGTON_HILL)).containsExactly(3, 3, 1, 1);
    }

    @Test
    void modifiedSainteLagueFirstDivisorMakesAnExactTieBrokenByVotes() {
        // A's fourth quotient 100000/7 equals D's first 20000/1.4: an exact tie for the last seat.
        Allocation a = Apportionment.allocate(rows(100_000, 80_000, 30_000, 20_000), 8, Method.MODIFIED_SAINTE_LAGUE,
                BigDecimal.ZERO, ThresholdBase.CAST, 0);
        assertThat(a.seats().values()).containsExactly(4, 3, 1, 0);
        assertThat(a.quota()).isNull();
        assertThat(a.ties()).singleElement().satisfies(t -> {
            assertThat(t.parties()).containsExactly("A", "D");
            assertThat(t.winners()).containsExactly("A");
            assertThat(t.at()).isEqualTo("seat 8");
        });
    }

    @Test
    void wikipediaLargestRemainderExample() {
        List<PartyVotes> r = rows(47_000, 16_000, 15_800, 12_000, 6_100, 3_100);
        Allocation hare = Apportionment.allocate(r, 10, Method.HARE, BigDecimal.ZERO, ThresholdBase.CAST, 0);
        assertThat(hare.seats().values()).containsExactly(5, 2, 1, 1, 1, 0);
        assertThat(hare.quota()).isEqualTo(10_000.0);
        Allocation droop = Apportionment.allocate(r, 10, Method.DROOP, BigDecimal.ZERO, ThresholdBase.CAST, 0);
        assertThat(droop.seats().values()).containsExactly(5, 2, 2, 1, 0, 0);
        assertThat(droop.quota()).isEqualTo(9_091.0);
    }

    @Test
    void exactTiesAreBrokenByVotesThenInputOrderAndReported() {
        Allocation d = Apportionment.allocate(rows(20, 10), 2, Method.DHONDT, BigDecimal.ZERO, ThresholdBase.CAST, 0);
        assertThat(d.seats().values()).containsExactly(2, 0);
        assertThat(d.ties()).singleElement().satisfies(t -> assertThat(t.winners()).containsExactly("A"));
        Allocation h = Apportionment.allocate(rows(10, 10), 1, Method.HARE, BigDecimal.ZERO, ThresholdBase.CAST, 0);
        assertThat(h.seats().values()).containsExactly(1, 0);
        assertThat(h.ties()).singleElement().satisfies(t -> {
            assertThat(t.parties()).containsExactly("A", "B");
            assertThat(t.winners()).containsExactly("A");
            assertThat(t.rule()).isEqualTo(Tie.RULE);
        });
        assertThat(Apportionment.allocate(rows(30, 20, 10), 6, Method.DHONDT, BigDecimal.ZERO, ThresholdBase.CAST, 0)
                .ties()).isEmpty();
    }

    @Test
    void huntingtonHillWithFewerSeatsThanPartiesGivesTheSeatsByVotesAndReportsTheTie() {
        Allocation a = Apportionment.allocate(rows(10, 30, 20), 2, Method.HUNTINGTON_HILL, BigDecimal.ZERO, ThresholdBase.CAST, 0);
        assertThat(a.seats().values()).containsExactly(0, 1, 1);
        assertThat(a.ties()).singleElement().satisfies(t -> assertThat(t.winners()).containsExactly("B", "C"));
    }

    @Test
    void thresholdAtExactlyFivePercentPassesAndAgainstAllWinsNothing() {
        List<PartyVotes> r = List.of(new PartyVotes("A", 95), new PartyVotes("B", 5), new PartyVotes("Против всех", 0));
        Allocation a = Apportionment.allocate(r, 10, Method.HARE, BigDecimal.valueOf(5), ThresholdBase.CAST, 0);
        assertThat(a.passedThreshold()).containsExactly("A", "B");
        // With 1 invalid ballot in the base, 5 of 101 is below 5 %.
        Allocation b = Apportionment.allocate(r, 10, Method.HARE, BigDecimal.valueOf(5), ThresholdBase.CAST, 1);
        assertThat(b.passedThreshold()).containsExactly("A");
        assertThat(b.seats()).containsExactly(Map.entry("A", 10), Map.entry("B", 0));
    }

    @Test
    void thresholdBaseCastIncludesAgainstAllButValidDoesNot() {
        List<PartyVotes> r = List.of(new PartyVotes("A", 90), new PartyVotes("B", 5), new PartyVotes("Against all", 5));
        assertThat(Apportionment.allocate(r, 4, Method.DHONDT, BigDecimal.valueOf(5.2), ThresholdBase.CAST, 0)
                .passedThreshold()).containsExactly("A");
        assertThat(Apportionment.allocate(r, 4, Method.DHONDT, BigDecimal.valueOf(5.2), ThresholdBase.VALID, 0)
                .passedThreshold()).containsExactly("A", "B");
        assertThat(Apportionment.isAgainstAll("Барлығына қарсы")).isTrue();
    }

    @Test
    void rejectsNonsense() {
        assertThatThrownBy(() -> Method.parse("borda")).hasMessageContaining("hare");
        assertThatThrownBy(() -> new PartyVotes("A", -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Apportionment.allocate(rows(1), 1, Method.HARE, BigDecimal.valueOf(101),
                ThresholdBase.CAST, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    static Map<String, Integer> official = new LinkedHashMap<>();

    static List<PartyVotes> mazhilis() throws Exception {
        List<PartyVotes> r = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(SharedData.file("kz-mazhilis-2023-party-list.csv"))) {
            for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                r.add(new PartyVotes(rec.get("party"), Long.parseLong(rec.get("votes"))));
                if (!rec.get("official_seats").isBlank()) official.put(rec.get("party"), Integer.parseInt(rec.get("official_seats")));
            }
        }
        return r;
    }

    @Test
    void mazhilis2023HareWith69SeatsEqualsTheOfficialSeats() throws Exception {
        List<PartyVotes> r = mazhilis();
        assertThat(r.stream().mapToLong(PartyVotes::votes).sum()).isEqualTo(6_366_441L);
        Allocation a = Apportionment.allocate(r, 69, Method.HARE, BigDecimal.valueOf(5), ThresholdBase.CAST, 0);
        assertThat(a.seats()).isEqualTo(official);
        assertThat(a.passedThreshold()).hasSize(6).doesNotContain("Baytaq", "Against all");
    }

    @Test
    void mazhilis2023VotesIn145SeatKurultai() throws Exception {
        Allocation a = Apportionment.allocate(mazhilis(), 145, Method.HARE, BigDecimal.valueOf(5), ThresholdBase.CAST, 0);
        System.out.println("145 seats, Hare, 5 % of votes cast: " + a.seats() + " quota " + a.quota());
        assertThat(a.seats().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(145);
        assertThat(a.seats().get("Baytaq")).isZero();
        // Each party's seats are its quota share rounded down or up.
        for (PartyVotes p : mazhilis()) {
            if (!a.passedThreshold().contains(p.party())) continue;
            double share = p.votes() / a.quota();
            assertThat(a.seats().get(p.party())).isBetween((int) Math.floor(share), (int) Math.ceil(share));
        }
    }
}
