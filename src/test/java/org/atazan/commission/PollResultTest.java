package org.atazan.commission;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PollResultTest {
    static final BodyRules USUAL = BodyRules.usual();

    @Test
    void aMajorityOfThosePresentIsShownWithItsArithmetic() {
        PollResult r = PollResult.of(new Tally(71, 30, 17), 130, 118, USUAL, Majority.OF_PRESENT);
        assertThat(r.outcome()).isEqualTo(PollResult.Outcome.ADOPTED);
        assertThat(r.needed()).isEqualTo(60);
        assertThat(r.arithmetic()).isEqualTo("71 for of 118 present; needed 60: adopted");
    }

    @Test
    void exactlyHalfIsNotMoreThanHalf() {
        PollResult r = PollResult.of(new Tally(59, 59, 0), 130, 118, USUAL, Majority.OF_PRESENT);
        assertThat(r.outcome()).isEqualTo(PollResult.Outcome.REJECTED);
        assertThat(r.arithmetic()).isEqualTo("59 for of 118 present; needed 60: rejected");
    }

    @Test
    void twoThirdsOfAllMembersCountsTheAbsentAsNotFor() {
        PollResult r = PollResult.of(new Tally(86, 10, 0), 130, 96, USUAL, USUAL.majorityFor(BodyRules.DecisionKind.DRAFT));
        assertThat(r.needed()).as("two thirds of 130, rounded up").isEqualTo(87);
        assertThat(r.outcome()).isEqualTo(PollResult.Outcome.REJECTED);
        assertThat(r.arithmetic()).isEqualTo("86 for of 130 members; needed 87: rejected");
    }

    @Test
    void whereAbstentionsDoNotCountTheyLeaveTheBase() {
        Majority ofVoting = new Majority(Majority.Base.PRESENT, Threshold.MORE_THAN_HALF, false);
        PollResult r = PollResult.of(new Tally(40, 39, 39), 130, 118, USUAL, ofVoting);
        assertThat(r.base()).isEqualTo(79);
        assertThat(r.outcome()).isEqualTo(PollResult.Outcome.ADOPTED);
        assertThat(r.arithmetic()).isEqualTo("40 for of 79 present and voting; needed 40: adopted");
        // The same votes where an abstention weighs as against: rejected.
        assertThat(PollResult.of(new Tally(40, 39, 39), 130, 118, USUAL, Majority.OF_PRESENT).outcome())
                .isEqualTo(PollResult.Outcome.REJECTED);
    }

    @Test
    void withoutAQuorumThereIsNoDecisionWhateverTheVotes() {
        PollResult r = PollResult.of(new Tally(65, 0, 0), 130, 65, USUAL, Majority.OF_PRESENT);
        assertThat(r.outcome()).isEqualTo(PollResult.Outcome.NO_QUORUM);
        assertThat(r.arithmetic()).isEqualTo("65 present of 130 members; quorum 66: no quorum, no decision");
    }

    @Test
    void thresholdsCountWholePeople() {
        assertThat(Threshold.MORE_THAN_HALF.needed(118)).isEqualTo(60);
        assertThat(Threshold.MORE_THAN_HALF.needed(117)).isEqualTo(59);
        assertThat(Threshold.TWO_THIRDS.needed(120)).isEqualTo(80);
        assertThat(Threshold.TWO_THIRDS.needed(121)).isEqualTo(81);
        assertThat(Threshold.TWO_THIRDS.reached(80, 120)).isTrue();
        assertThat(Threshold.TWO_THIRDS.reached(79, 120)).isFalse();
        assertThat(new BodyRules(Threshold.TWO_THIRDS, Map.of(), true).majorityFor(BodyRules.DecisionKind.AMENDMENT))
                .isEqualTo(Majority.OF_PRESENT);
    }
}
