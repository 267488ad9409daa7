package org.atazan.voting.web;

/** An official acted on a vote their account is not assigned to: a 403 problem on the API, the error page on forms. */
final class NotAssignedToVote extends RuntimeException {
    private final String vote;

    NotAssignedToVote(String vote) {
        super("your account is not assigned to vote " + vote + "; the administrator assigns officials to votes");
        this.vote = vote;
    }

    String vote() {
        return vote;
    }
}
