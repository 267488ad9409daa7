package org.atazan.commission;

/**
 * The result of a poll under the body's rules, with everything needed to check the arithmetic:
 * "71 for of 118 present; needed 60: adopted".
 *
 * @param members  the body's members on the day
 * @param present  members present when the vote closed
 * @param quorum   members who had to be present
 * @param base     what the majority is a share of (members, present, or votes cast)
 * @param needed   votes for that adoption needed
 */
public record PollResult(Tally tally, int members, int present, int quorum, Majority majority, int base, int needed,
                         Outcome outcome) {

    public enum Outcome { ADOPTED, REJECTED, NO_QUORUM }

    public static PollResult of(Tally tally, int members, int present, BodyRules rules, Majority majority) {
        int quorum = rules.quorum().needed(members);
        int base = majority.baseOf(members, present, tally);
        int needed = majority.share().needed(base);
        Outcome outcome = !rules.quorum().reached(present, members) ? Outcome.NO_QUORUM
                : base > 0 && majority.share().reached(tally.forVotes(), base) ? Outcome.ADOPTED : Outcome.REJECTED;
        return new PollResult(tally, members, present, quorum, majority, base, needed, outcome);
    }

    /** The arithmetic in English, for the API and the record; pages phrase it in the reader's language. */
    public String arithmetic() {
        if (outcome == Outcome.NO_QUORUM) {
            return present + " present of " + members + " members; quorum " + quorum + ": no quorum, no decision";
        }
        String of = switch (majority.base()) {
            case PRESENT -> majority.abstentionsCount() ? "present" : "present and voting";
            case ALL_MEMBERS -> "members";
            case VOTES_CAST -> "votes cast";
        };
        return tally.forVotes() + " for of " + base + " " + of + "; needed " + needed + ": "
                + (outcome == Outcome.ADOPTED ? "adopted" : "rejected");
    }
}
