package org.atazan.consultation;



/** What a proposal asks for. */
public enum ProposalKind {
    AMEND, ADD, REPEAL, OTHER;

    /** The lower-case word used in forms, the API and open data. */
    public String code() {
        return Codes.code(this);
    }

    public static ProposalKind of(String field, String code) {
        return Codes.of(ProposalKind.class, field, code);
    }
}
