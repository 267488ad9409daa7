package org.atazan.commission;

import java.util.Map;

/**
 * A poll closed with its result and the arithmetic that checks it. {@code namedVotes} (account to
 * choice) only for a named poll; a secret poll carries its counts and nothing of who chose what.
 */
public record PollClosed(String meetingId, String bodyId, String pollId, String kind, String decision, int forVotes,
                         int against, int abstain, int members, int present, int quorum, int base, int needed,
                         String outcome, String arithmetic, Map<String, String> namedVotes, String by)
        implements CommissionEvent {
    public PollClosed {
        namedVotes = Map.copyOf(namedVotes);
    }
}
