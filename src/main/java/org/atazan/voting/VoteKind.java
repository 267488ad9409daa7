package org.atazan.voting;

/** What a vote decides, and so how it is counted. */
public enum VoteKind {
    /** Yes/no questions counted from polling-station protocols and judged by a {@link ReferendumRule}. */
    REFERENDUM("referendum"),
    /** Votes per party list, turned into seats by a {@link SeatRule}. */
    PARTY_LIST("party-list");

    private final String code;

    VoteKind(String code) {
        this.code = code;
    }

    /** The name in the API and in the database: "referendum", "party-list". */
    public String code() {
        return code;
    }

    public static VoteKind of(String code) {
        for (VoteKind k : values()) if (k.code.equals(code)) return k;
        throw new IllegalArgumentException("kind must be referendum or party-list: " + code);
    }
}
