package org.atazan.voting;

import org.atazan.kernel.NotFoundException;
import org.atazan.voting.forensics.IntegerReport;
import org.atazan.voting.forensics.Selection;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Forensics runs once per state of a vote, in a bounded cache. */
class ForensicsDeskTest {
    final Votes v = Votes.withReferendum("majority");

    ForensicsDeskTest() {
        v.protocols.submit("t", List.of(Protocol.single("S1", 1000, 600, 600, 10, 400, 190),
                Protocol.single("S2", 800, 500, 500, 0, 250, 250), Protocol.single("S3", 500, 300, 300, 0, 200, 100)), "o");
    }

    @Test
    void aRunIsCachedUntilAProtocolOfTheVoteChanges() {
        IntegerReport first = v.forensics.integers("t", 3, 42);
        assertThat(v.forensics.integers("t", 3, 42)).isSameAs(first);
        byte[] png = v.forensics.fingerprintPng("t");
        assertThat(v.forensics.fingerprintPng("t")).isSameAs(png);

        v.protocols.correct("t", Protocol.single("S1", 1000, 600, 600, 10, 401, 189), "o", "recount");

        assertThat(v.forensics.integers("t", 3, 42)).isNotSameAs(first);
        assertThat(v.forensics.fingerprintPng("t")).isNotSameAs(png);
    }

    @Test
    void eachSelectionHasItsOwnRunAndTheDefaultIsThePapers() {
        IntegerReport paper = v.forensics.integers("t", Selection.PAPER, 3, 42);
        IntegerReport voted = v.forensics.integers("t", Selection.VOTED, 3, 42);
        assertThat(voted.selection()).isEqualTo(Selection.VOTED);
        assertThat(paper.selection()).isEqualTo(Selection.PAPER);
        assertThat(v.forensics.integers("t", 3, 42)).isSameAs(paper);
        assertThat(v.forensics.integers("t", Selection.VOTED, 3, 42)).isSameAs(voted);
    }

    @Test
    void theCacheHoldsABoundedNumberOfValuesWhateverTheSeedsAskedFor() {
        for (int seed = 0; seed < 3 * ForensicsDesk.CACHED; seed++) v.forensics.integers("t", 1, seed);
        assertThat(v.forensics.cachedValues()).isLessThanOrEqualTo(ForensicsDesk.CACHED);
    }

    @Test
    void badRequestsAreRefused() {
        assertThatThrownBy(() -> v.forensics.integers("t", 0, 1)).hasMessageContaining("field reps");
        assertThatThrownBy(() -> v.forensics.integers("nope", 1, 1)).isInstanceOf(NotFoundException.class);
        v.setup.create(new NewVote("empty", "E", "2026-03-15", null, null, null, null), "o");
        assertThatThrownBy(() -> v.forensics.integers("empty", 1, 1)).hasMessageContaining("no polling-station protocols");
    }
}
