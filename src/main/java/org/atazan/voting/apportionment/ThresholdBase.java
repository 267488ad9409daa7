package org.atazan.voting.apportionment;

/** What the electoral threshold is a share of. */
public enum ThresholdBase {
    /** All votes cast: every row, "Against all" included, plus invalid ballots if given (Kazakhstan). */
    CAST,
    /** Votes for parties only: "Against all" and invalid ballots left out. */
    VALID
}
