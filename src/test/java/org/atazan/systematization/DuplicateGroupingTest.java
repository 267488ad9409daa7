package org.atazan.systematization;

import org.atazan.consultation.ReferenceNumber;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The machine's groups with people's decisions applied again: what was confirmed or split stays so on a re-run. */
class DuplicateGroupingTest {

    static ReferenceNumber r(int n) {
        return new ReferenceNumber(2026, n);
    }

    static List<ReferenceNumber> refs(int... n) {
        return Arrays.stream(n).mapToObj(DuplicateGroupingTest::r).toList();
    }

    static DuplicateDecision decision(DuplicateDecision.Kind kind, List<ReferenceNumber> together, List<ReferenceNumber> apart) {
        return new DuplicateDecision(kind, together, apart, "", "secretary", Instant.EPOCH);
    }

    @Test
    void withoutDecisionsTheMachinesGroupsAreShownLargestFirstByTheirEarliestProposal() {
        List<DuplicateGroup> g = DuplicateGrouping.apply(List.of(refs(7, 3), refs(9, 2, 5)), List.of());
        assertThat(g).extracting(DuplicateGroup::representative).containsExactly(r(2), r(3));
        assertThat(g.get(0).members()).containsExactly(r(2), r(5), r(9));
        assertThat(g.get(0).isConfirmed()).isFalse();
        assertThat(g.get(0).unconfirmed()).hasSize(3);
    }

    @Test
    void aConfirmedGroupStaysWhenTheMachineNoLongerFindsItAndNewCopiesJoinItUnconfirmed() {
        List<DuplicateDecision> d = List.of(decision(DuplicateDecision.Kind.CONFIRM, refs(1, 2, 3), List.of()));
        List<DuplicateGroup> gone = DuplicateGrouping.apply(List.of(), d);
        assertThat(gone).singleElement().satisfies(g -> {
            assertThat(g.members()).containsExactly(r(1), r(2), r(3));
            assertThat(g.isConfirmed()).isTrue();
        });
        // A new copy (8) found with two of the confirmed ones joins their group, awaiting a look.
        List<DuplicateGroup> grown = DuplicateGrouping.apply(List.of(refs(2, 3, 8)), d);
        assertThat(grown).singleElement().satisfies(g -> {
            assertThat(g.members()).containsExactly(r(1), r(2), r(3), r(8));
            assertThat(g.unconfirmed()).containsExactly(r(8));
        });
    }

    @Test
    void aProposalSplitOffIsNeverRegroupedWithTheRestEvenWhenTheMachineGroupsItAgain() {
        List<DuplicateDecision> d = List.of(decision(DuplicateDecision.Kind.SPLIT, refs(4), refs(1, 2, 3)));
        List<DuplicateGroup> g = DuplicateGrouping.apply(List.of(refs(1, 2, 3, 4, 5)), d);
        assertThat(g).singleElement().satisfies(x -> assertThat(x.members()).containsExactly(r(1), r(2), r(3), r(5)));
    }

    @Test
    void splittingOffTheEarliestKeepsTheManyTogetherNotTheOne() {
        List<DuplicateDecision> d = List.of(decision(DuplicateDecision.Kind.SPLIT, refs(1), refs(2, 3, 4)));
        List<DuplicateGroup> g = DuplicateGrouping.apply(List.of(refs(1, 2, 3, 4)), d);
        assertThat(g).singleElement().satisfies(x -> {
            assertThat(x.representative()).isEqualTo(r(2));
            assertThat(x.members()).containsExactly(r(2), r(3), r(4));
        });
    }

    @Test
    void twoSplitOffTogetherFormTheirOwnGroupAndALaterDecisionReplacesAnEarlierOne() {
        List<DuplicateDecision> d = List.of(
                decision(DuplicateDecision.Kind.CONFIRM, refs(1, 2, 3, 4, 5), List.of()),
                decision(DuplicateDecision.Kind.SPLIT, refs(4, 5), refs(1, 2, 3)));
        List<DuplicateGroup> g = DuplicateGrouping.apply(List.of(refs(1, 2, 3, 4, 5)), d);
        assertThat(g).extracting(DuplicateGroup::members).containsExactly(refs(1, 2, 3), refs(4, 5));
        assertThat(g).allMatch(DuplicateGroup::isConfirmed);
    }
}
