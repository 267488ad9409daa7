package org.atazan.commission;

import org.atazan.kernel.BadInputException;

/** The votes of one poll: for, against, abstaining. */
public record Tally(int forVotes, int against, int abstain) {
    public Tally {
        if (forVotes < 0 || against < 0 || abstain < 0) throw new BadInputException("a vote count is never negative");
    }

    public int cast() {
        return forVotes + against + abstain;
    }
}
