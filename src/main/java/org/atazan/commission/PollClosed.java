package org.atazan.commission;

import java.util.List;
import java.util.Map;

/**
 * A poll closed with its result and the arithmetic that checks it. {@code namedVotes} (account to
 * choice) and {@code publicVotes} (the same by the members' public names, for what is published) only
 * for a named poll; a secret poll carries its counts and nothing of who chose what.
 */
public record PollClosed(String meetingId, String bodyId, String pollId, String kind, String decision, int forVotes,
                         int against, int abstain, int members, int present, int quorum, int base, int needed,
                         String outcome, String arithmetic, Map<String, String> namedVotes, List<PublicVote> publicVotes,
                         String by)
        implements CommissionEvent {

    /** A named vote as the public reads it: the member's public name and the choice's code. */
    public record PublicVote(String name, String choice) {
    }

    public PollClosed {
        namedVotes = Map.copyOf(namedVotes);
        publicVotes = List.copyOf(publicVotes);
    }
}
