package org.atazan.voting.apportionment;

/** One row of a party-list result: a party (or "Against all") and its votes. */
public record PartyVotes(String party, long votes) {
    public PartyVotes {
        if (votes < 0) throw new IllegalArgumentException("negative votes for " + party + ": " + votes);
    }
}
