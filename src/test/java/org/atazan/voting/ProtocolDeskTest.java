package org.atazan.voting;

import org.atazan.kernel.BadInputException;
import org.atazan.kernel.NotFoundException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Submitting and correcting protocols: checks, revisions, one event per decision, live totals after it. */
class ProtocolDeskTest {
    final Votes v = Votes.withReferendum("majority");

    @Test
    void eachAcceptedProtocolIsOneEventWithItsFiguresAndCountsAtEveryLevel() {
        List<Revision> revs = v.protocols.submit("t", List.of(Protocol.single("S1", 1000, 600, 600, 10, 400, 190),
                Protocol.single("S3", 500, 300, 300, 0, 200, 100)), "official");

        assertThat(revs).extracting(Revision::number).containsExactly(1, 1);
        assertThat(v.decisions.delivered).containsExactly(
                new ProtocolAccepted("t", "S1", 1, "official", Votes.NOW,
                        new TallyFigures(null, 1000, 600, 600, 10, 400, 190, null, null, null)),
                new ProtocolAccepted("t", "S3", 1, "official", Votes.NOW,
                        new TallyFigures(null, 500, 300, 300, 0, 200, 100, null, null, null)));
        assertThat(v.totals.tree("t").total("C").yes()).isEqualTo(600);
        assertThat(v.totals.tree("t").total("D1").yes()).isEqualTo(400);
        assertThat(v.store.latest("t")).hasSize(2);
    }

    @Test
    void aRefusedBatchStoresNothingPublishesNothingAndLeavesTheTotals() {
        long version = v.totals.version("t");
        assertThatThrownBy(() -> v.protocols.submit("t", List.of(Protocol.single("S1", 1000, 600, 600, 10, 400, 190),
                Protocol.single("S2", 800, 900, 600, 0, 300, 300)), "official"))
                .isInstanceOf(BadInputException.class).hasMessageContaining("protocol 2").hasMessageContaining("issued <= registered");
        assertThatThrownBy(() -> v.protocols.submit("t", List.of(Protocol.single("D1", 1, 1, 1, 0, 1, 0)), "official"))
                .hasMessageContaining("not a polling station");
        assertThatThrownBy(() -> v.protocols.submit("t", List.of(Protocol.single("S9", 1, 1, 1, 0, 1, 0)), "official"))
                .hasMessageContaining("no such polling station");

        assertThat(v.decisions.delivered).isEmpty();
        assertThat(v.store.latest("t")).isEmpty();
        assertThat(v.totals.tree("t").total("C").stations()).isZero();
        assertThat(v.totals.version("t")).isEqualTo(version);
    }

    @Test
    void whenTheStoreFailsTheDecisionPublishesNothingAndTheTotalsStayAsTheyWere() {
        v.store.failWrites = true;
        assertThatThrownBy(() -> v.protocols.submit("t", List.of(Protocol.single("S1", 1000, 600, 600, 10, 400, 190)), "official"))
                .hasMessageContaining("store is down");
        assertThat(v.decisions.delivered).isEmpty();
        assertThat(v.totals.tree("t").protocol("S1")).isNull();
        v.store.failWrites = false;
        assertThat(v.protocols.submit("t", List.of(Protocol.single("S1", 1000, 600, 600, 10, 400, 190)), "official")).hasSize(1);
    }

    @Test
    void aCorrectionIsTheNextRevisionWithItsReasonAndReplacesTheFiguresEverywhere() {
        v.protocols.submit("t", List.of(Protocol.single("S1", 1000, 600, 600, 10, 400, 190)), "official");
        v.decisions.delivered.clear();

        Revision r = v.protocols.correct("t", Protocol.single("S1", 1000, 600, 600, 10, 450, 140), "chief", "  recount  ");

        assertThat(r.number()).isEqualTo(2);
        assertThat(v.decisions.delivered).containsExactly(new ProtocolCorrected("t", "S1", 2, "chief", Votes.NOW,
                new TallyFigures(null, 1000, 600, 600, 10, 450, 140, null, null, null), "recount"));
        for (String level : List.of("C", "R1", "D1", "S1")) assertThat(v.totals.tree("t").total(level).yes()).isEqualTo(450);
        assertThat(v.protocols.history("t", "S1")).extracting(Revision::reason).containsExactly("", "recount");
    }

    @Test
    void aCorrectionNeedsAReasonAndAProtocolToCorrect() {
        assertThatThrownBy(() -> v.protocols.correct("t", Protocol.single("S1", 1000, 600, 600, 10, 450, 140), "o", " "))
                .hasMessageContaining("field reason");
        assertThatThrownBy(() -> v.protocols.correct("t", Protocol.single("S1", 1000, 600, 600, 10, 450, 140), "o", "why"))
                .hasMessageContaining("no protocol to correct");
        assertThat(v.decisions.delivered).isEmpty();
    }

    @Test
    void aSecondSubmissionForAStationIsRefusedAndUnknownVotesAndStationsAreNotFound() {
        v.protocols.submit("t", List.of(Protocol.single("S1", 1000, 600, 600, 10, 400, 190)), "official");
        assertThatThrownBy(() -> v.protocols.submit("t", List.of(Protocol.single("S1", 1000, 600, 600, 10, 400, 190)), "official"))
                .hasMessageContaining("duplicate submission");
        assertThatThrownBy(() -> v.protocols.submit("nope", List.of(Protocol.single("S1", 1, 1, 1, 0, 1, 0)), "o"))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> v.protocols.history("t", "S2")).isInstanceOf(NotFoundException.class).hasMessageContaining("S2");
        assertThat(v.decisions.of(ProtocolAccepted.class)).hasSize(1);
    }

    @Test
    void registeredVotersAreLimitedByTheStationsOwnElectorateNotByAConstant() {
        // S1 has 1000 registered voters in the tree: 1001 is refused, naming the station's figure.
        assertThatThrownBy(() -> v.protocols.submit("t", List.of(Protocol.single("S1", 1001, 600, 600, 10, 400, 190)), "o"))
                .hasMessageContaining("registered <= 1000 fails (registered=1001)")
                .hasMessageContaining("the station has 1000 registered voters");
        assertThat(v.store.latest("t")).isEmpty();
    }

    /** Kazakhstan 2022: one national protocol of 11.7 million voters on a country without a registered figure of its own. */
    @Test
    void aNationalProtocolAboveTenMillionCanBeEnteredAndCorrected() {
        Votes kz = new Votes();
        kz.setup.create(new NewVote("kz", "KZ", "2022-06-05", "kazakhstan", "kz", null, null), "o");
        kz.setup.addTerritories("kz", List.of(new Territory("KZ", "country", java.util.Map.of(), null, 0)), "o");
        kz.protocols.submit("kz", List.of(Protocol.single("KZ", 11_734_642, 8_010_011, 7_987_472, 253_404, 5_769_843, 1_964_225)), "demo");
        Revision r = kz.protocols.correct("kz", Protocol.single("KZ", 11_734_642, 8_010_011, 7_987_472, 253_404, 5_769_844, 1_964_224),
                "chief", "typing error");
        assertThat(r.number()).isEqualTo(2);
        assertThat(kz.totals.tree("kz").total("KZ").registered()).isEqualTo(11_734_642);
    }

    @Test
    void aReasonWithANulCharacterIsRefusedBeforeAnythingIsStored() {
        v.protocols.submit("t", List.of(Protocol.single("S1", 1000, 600, 600, 10, 400, 190)), "official");
        v.decisions.delivered.clear();
        assertThatThrownBy(() -> v.protocols.correct("t", Protocol.single("S1", 1000, 600, 600, 10, 450, 140), "o", "re\0count"))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("station S1, field reason: contains a NUL character");
        assertThat(v.protocols.history("t", "S1")).hasSize(1);
        assertThat(v.decisions.delivered).isEmpty();
    }
}
