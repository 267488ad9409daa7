package org.atazan.consultation;

/** Where a proposal stands. Received, then registered (its deadline starts), under review, answered (with an {@link Outcome}). */
public enum ProposalStatus {
    RECEIVED, REGISTERED, UNDER_REVIEW, ANSWERED;

    /** The lower-case code used in forms, the API and open data ("proposalstatus" values such as "received"). */
    public String code() {
        return Codes.code(this);
    }

    public static ProposalStatus of(String field, String code) {
        return Codes.of(ProposalStatus.class, field, code);
    }
}
