package org.atazan.systematization;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class OpinionGroupsTest {

    @ParameterizedTest(name = "{0} planted groups are found, with their members")
    @ValueSource(ints = {2, 3, 4, 5})
    void findsThePlantedGroups(int groups) {
        PlantedConversation c = PlantedConversation.of(groups, 600, 60, 0.5, 0.85, groups);
        OpinionMap map = OpinionGroups.find(c.matrix(), Set.of(), OpinionGroups.Settings.POLIS);

        assertThat(map.groups()).isEqualTo(groups);
        int[][] labels = c.labels(map);
        // Five groups on one circle, with one vote in seven astray, overlap at their edges.
        assertThat(AdjustedRand.index(labels[0], labels[1])).isGreaterThan(0.85);
    }

    @Test
    void statementsEveryGroupAgreesWithAreTheConsensusAndWhatSetsAGroupApartIsItsOwn() {
        PlantedConversation c = PlantedConversation.of(3, 450, 40, 0.6, 0.9, 7);
        OpinionMap map = OpinionGroups.find(c.matrix(), Set.of(), OpinionGroups.Settings.POLIS);

        assertThat(map.consensus()).extracting(OpinionMap.Agreement::statement).containsAll(List.of("s0", "s1", "s2"));
        for (OpinionMap.Agreement a : map.consensus()) assertThat(a.shares()).hasSize(3).allMatch(s -> s > 0.5);
        assertThat(map.profiles()).hasSize(3);
        for (OpinionMap.GroupProfile g : map.profiles()) {
            assertThat(g.distinctive()).isNotEmpty();
            // Consensus statements unite everyone: they set no group apart.
            assertThat(g.distinctive()).extracting(OpinionMap.Distinctive::statement).doesNotContain("s0", "s1", "s2");
            for (OpinionMap.Distinctive d : g.distinctive()) assertThat(d.inGroup()).isGreaterThan(d.others());
        }
        assertThat(map.profiles().stream().mapToInt(OpinionMap.GroupProfile::size).sum()).isEqualTo(map.placed().size());
        // Group 0 is the largest.
        assertThat(map.profiles().get(0).size()).isGreaterThanOrEqualTo(map.profiles().get(2).size());
    }

    @Test
    void participantsWithTooFewReactionsAreNotPlacedAndHiddenStatementsAreNotCounted() {
        ReactionMatrix.Builder b = PlantedConversation.of(2, 200, 30, 0.8, 0.9, 3).reactions();
        // Six reactions: below the seven needed.
        for (int j = 0; j < 6; j++) b.react("newcomer", "s" + j, Reaction.AGREE);
        // A hidden statement: reactions to it count for nothing, not even towards the seven.
        b.react("newcomer", "hidden", Reaction.AGREE);
        OpinionMap map = OpinionGroups.find(b.build(), Set.of("hidden"), OpinionGroups.Settings.POLIS);

        assertThat(map.statements()).isEqualTo(30);
        assertThat(map.minReactions()).isEqualTo(7);
        assertThat(map.placed()).extracting(OpinionMap.Placement::participant).doesNotContain("newcomer").hasSize(200);
        assertThat(map.consensus()).extracting(OpinionMap.Agreement::statement).doesNotContain("hidden");
    }

    @Test
    void theSameDataGivesTheSameMap() {
        PlantedConversation c = PlantedConversation.of(3, 300, 30, 0.5, 0.8, 11);
        OpinionMap first = OpinionGroups.find(c.matrix(), Set.of(), OpinionGroups.Settings.POLIS);
        OpinionMap second = OpinionGroups.find(c.matrix(), Set.of(), OpinionGroups.Settings.POLIS);
        assertThat(second).isEqualTo(first);
    }

    @Test
    void tooFewPeopleMakeNoGroups() {
        ReactionMatrix m = ReactionMatrix.builder()
                .react("a", "s1", Reaction.AGREE).react("b", "s1", Reaction.DISAGREE).build();
        OpinionMap map = OpinionGroups.find(m, Set.of(), OpinionGroups.Settings.POLIS);
        assertThat(map.groups()).isZero();
        assertThat(map.placed()).isEmpty();
    }

    @Test
    void aLaterReactionReplacesTheEarlierOne() {
        ReactionMatrix m = ReactionMatrix.builder()
                .react("a", "s1", Reaction.AGREE).react("a", "s1", Reaction.DISAGREE).build();
        assertThat(m.reactions()).isEqualTo(1);
        assertThat(m.values(0)[0]).isEqualTo((byte) -1);
    }
}
