package org.atazan.voting.web;

import org.atazan.platform.Assignments;
import org.atazan.voting.VoteRegistry;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

import java.util.Set;

/**
 * Who may act on which vote. The role ({@code ELECTION_OFFICIAL}) says an account does an official's
 * work, checked with {@code @PreAuthorize}; this says on which votes: those the admin assigned it to
 * (object type {@value #VOTE}, id the vote's), every vote for an {@code ADMIN}, and the votes the
 * account created itself. Every write on a vote, and the officials' desk, calls {@link #require} first.
 */
@Component
class VoteAccess {
    /** The object type of votes in the platform's assignments and audit trail. */
    static final String VOTE = "vote";
    private static final Set<String> OFFICIAL_ROLES = Set.of("ROLE_ELECTION_OFFICIAL", "ROLE_ADMIN");

    private final Assignments assignments;
    private final VoteRegistry votes;

    VoteAccess(Assignments assignments, VoteRegistry votes) {
        this.assignments = assignments;
        this.votes = votes;
    }

    /** Goes on only if the account may act on the vote: a 404 for an unknown vote, else {@link NotAssignedToVote}. */
    void require(Authentication who, String voteId) {
        votes.vote(voteId);
        if (who == null || !mayAct(who.getName(), voteId)) throw new NotAssignedToVote(voteId);
    }

    /** Assigned by the admin, an admin, or the account that created the vote. */
    boolean mayAct(String account, String voteId) {
        if (account == null) return false;
        return assignments.isAssigned(account, VOTE, voteId) || votes.creator(voteId).map(account::equals).orElse(false);
    }

    /** Whether the caller is an official or the admin, who see account names where the public sees roles. */
    static boolean isOfficial(Authentication who) {
        if (who == null || !who.isAuthenticated()) return false;
        for (GrantedAuthority a : who.getAuthorities()) if (OFFICIAL_ROLES.contains(a.getAuthority())) return true;
        return false;
    }
}
