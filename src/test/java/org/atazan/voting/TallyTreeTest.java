package org.atazan.voting;

import org.atazan.SharedData;
import org.atazan.voting.protocols.ImportResult;
import org.atazan.voting.protocols.ProtocolReader;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TallyTreeTest {
    static TallyTree small() {
        return new TallyTree(List.of(
                new Territory("C", "country", Map.of("en", "Country"), null, 0),
                new Territory("R1", "region", Map.of("en", "North"), "C", 0),
                new Territory("R2", "region", Map.of(), "C", 0),
                new Territory("D1", "district", Map.of(), "R1", 0),
                new Territory("S1", "station", Map.of(), "D1", 100),
                new Territory("S2", "station", Map.of(), "D1", 200),
                new Territory("S3", "station", Map.of(), "R2", 50)));
    }

    @Test
    void addingProtocolsUpdatesEveryLevel() {
        TallyTree t = small();
        t.put(Protocol.single("S1", 100, 60, 60, 0, 40, 20));
        t.put(Protocol.single("S3", 50, 10, 10, 1, 5, 4));
        assertThat(t.total("D1")).isEqualTo(new Tally(1, 100, 60, 60, 0, 40, 20));
        assertThat(t.total("R2")).isEqualTo(new Tally(1, 50, 10, 10, 1, 5, 4));
        assertThat(t.total("C")).isEqualTo(new Tally(2, 150, 70, 70, 1, 45, 24));
        assertThat(t.total("C").turnoutPercent()).isCloseTo(100.0 * 70 / 150, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(t.total("C").yesPercent()).isCloseTo(100.0 * 45 / 70, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(t.children("C")).containsExactly("R1", "R2");
        assertThat(t.roots()).containsExactly("C");
        assertThat(t.territory("R1").name("en")).isEqualTo("North");
    }

    @Test
    void aCorrectionReplacesTheOldFiguresAtEveryLevel() {
        TallyTree t = small();
        t.put(Protocol.single("S1", 100, 60, 60, 0, 40, 20));
        Protocol old = t.put(Protocol.single("S1", 100, 61, 61, 1, 30, 30));
        assertThat(old.yes()).isEqualTo(40);
        assertThat(t.total("C")).isEqualTo(new Tally(1, 100, 61, 61, 1, 30, 30));
        assertThat(t.total("R1")).isEqualTo(t.total("C"));
        assertThat(t.protocol("S1").issued()).isEqualTo(61);
    }

    @Test
    void unknownCodesAndBrokenTreesAreRejected() {
        assertThatThrownBy(() -> small().put(Protocol.single("X", 1, 1, 1, 0, 1, 0))).hasMessageContaining("X");
        assertThatThrownBy(() -> new TallyTree(List.of(new Territory("S", "station", Map.of(), "nowhere", 1))))
                .hasMessageContaining("nowhere");
        assertThatThrownBy(() -> new TallyTree(List.of(new Territory("C", "country", Map.of(), null, 0),
                new Territory("C", "country", Map.of(), null, 0)))).hasMessageContaining("duplicate");
    }

    @Test
    void realFileTotalsAndACorrectionMovesTheStationsRegionAndTheCountry() {
        ImportResult r = ProtocolReader.read(SharedData.file("ru-2020-constitutional-vote.csv.zip"),
                ColumnMapping.load("ru-2020"), ImportMode.TOLERANT);
        TallyTree t = new TallyTree(r.territories());
        r.protocols().forEach(t::put);
        Tally all = t.total("RU");
        assertThat(all.stations()).isEqualTo(96_765);
        assertThat(all.registered()).isEqualTo(107_999_611L);
        assertThat(all.yes()).isEqualTo(57_071_119L);
        assertThat(t.children("RU")).hasSize(87);
        assertThat(t.children("RU").stream().mapToLong(c -> t.total(c).issued()).sum()).isEqualTo(73_107_907L);

        Protocol p = r.protocols().get(500);
        Protocol corrected = Protocol.single(p.stationCode(), p.registered(), p.issued(), p.inBoxes(), p.invalid(),
                p.yes() - 1, p.no() + 1);
        String region = t.territory(t.territory(p.stationCode()).parentCode()).parentCode();
        long regionYes = t.total(region).yes();
        // How fast: VotingBenchmarks.updateOneProtocol (bench/run jmh), not asserted in a test.
        t.put(corrected);
        assertThat(t.total("RU").yes()).isEqualTo(57_071_118L);
        assertThat(t.total(region).yes()).isEqualTo(regionYes - 1);
    }

    @Test
    void theElectorateOfAUnitIsTheSumOfTheRegisteredVotersUnderIt() {
        TallyTree t = new TallyTree(List.of(new Territory("C", "country", java.util.Map.of(), null, 0),
                new Territory("R", "region", java.util.Map.of(), "C", 0),
                new Territory("S1", "station", java.util.Map.of(), "R", 1000),
                new Territory("S2", "station", java.util.Map.of(), "R", 800),
                new Territory("S3", "station", java.util.Map.of(), "C", 500)));
        assertThat(t.electorate("C")).isEqualTo(2300);
        assertThat(t.electorate("R")).isEqualTo(1800);
        assertThat(t.electorate("S2")).isEqualTo(800);
    }
}
