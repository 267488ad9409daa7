package org.atazan.voting;

/**
 * The law a vote is judged by: a {@link ReferendumRule} (valid? adopted?) or a {@link SeatRule} (how
 * party votes become seats). Written as a short code in the API and the database ("kazakhstan",
 * "majority:50", "hare:5").
 */
public sealed interface VoteRule permits ReferendumRule, SeatRule {

    /** The code it is stored and shown as; {@link #parse} reads it back. */
    String code();

    /** The rule's family, for texts that explain it: "kazakhstan", "majority", or the seat method ("hare"). */
    String key();

    /** The rule a code names for a vote of that kind; a bad code is bad input naming the field. */
    static VoteRule parse(VoteKind kind, String code) {
        return kind == VoteKind.REFERENDUM ? ReferendumRule.parse(code) : SeatRule.parse(code);
    }
}
