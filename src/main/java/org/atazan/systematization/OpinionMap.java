package org.atazan.systematization;

import java.util.List;

/**
 * The opinion groups of a conversation: where each participant with enough reactions stands on the
 * two main axes of disagreement, which group they fall in, what sets each group apart, and what every
 * group agrees with.
 *
 * @param groups       how many groups the data showed (0 when too few people reacted to tell)
 * @param placed       the participants placed, with their group (0 is the largest) and position
 * @param profiles     per group, its size and the statements that set it apart
 * @param consensus    statements every group agrees with, the broadest agreement first
 * @param statements   how many statements were used (hidden ones are not)
 * @param minReactions the reactions a participant needed to be placed
 */
public record OpinionMap(int groups, List<Placement> placed, List<GroupProfile> profiles, List<Agreement> consensus,
                         int statements, int minReactions) {

    /** A participant on the map: x and y on the first and second axes. */
    public record Placement(String participant, int group, double x, double y) {
    }

    /** A group: its size and its most distinctive statements, most telling first. */
    public record GroupProfile(int group, int size, List<Distinctive> distinctive) {
    }

    /**
     * A statement that sets a group apart: the group agrees (or disagrees) with it far more than the
     * others do. Shares are Laplace-smoothed, as Pol.is does, so that two votes are not "100 %".
     */
    public record Distinctive(String statement, Reaction stance, double inGroup, double others) {
    }

    /** A statement every group agrees with, with each group's (smoothed) share of agreement. */
    public record Agreement(String statement, List<Double> shares) {
    }
}
