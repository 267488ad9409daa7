package org.atazan.commission;

import org.atazan.kernel.BadInputException;

/**
 * The majority a kind of decision needs: a share of a base (the members present, all members of the
 * body, or the votes cast), and whether abstentions count in that base (where they do, an abstention
 * weighs as a vote against).
 */
public record Majority(Base base, Threshold share, boolean abstentionsCount) {
    public enum Base { PRESENT, ALL_MEMBERS, VOTES_CAST }

    public static final Majority OF_PRESENT = new Majority(Base.PRESENT, Threshold.MORE_THAN_HALF, true);
    public static final Majority OF_ALL_MEMBERS = new Majority(Base.ALL_MEMBERS, Threshold.MORE_THAN_HALF, true);
    public static final Majority TWO_THIRDS_OF_ALL = new Majority(Base.ALL_MEMBERS, Threshold.TWO_THIRDS, true);

    public Majority {
        if (base == null || share == null) throw new BadInputException("a majority needs a base and a share");
    }

    /** The size of the base the share is taken of. */
    public int baseOf(int members, int present, Tally t) {
        return switch (base) {
            case ALL_MEMBERS -> members;
            case PRESENT -> abstentionsCount ? present : present - t.abstain();
            case VOTES_CAST -> t.forVotes() + t.against() + (abstentionsCount ? t.abstain() : 0);
        };
    }
}
