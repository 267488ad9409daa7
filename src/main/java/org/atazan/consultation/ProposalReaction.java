package org.atazan.consultation;

/** A reader's reaction to a proposal: agree, disagree or pass (seen, no opinion). */
public enum ProposalReaction {
    AGREE(1), DISAGREE(-1), PASS(0);

    private final int value;

    ProposalReaction(int value) {
        this.value = value;
    }

    /** +1, -1 or 0, as stored and as in Pol.is exports. */
    public int value() {
        return value;
    }

    /** The lower-case word used in forms and the API. */
    public String code() {
        return Codes.code(this);
    }

    public static ProposalReaction of(String field, String code) {
        return Codes.of(ProposalReaction.class, field, code);
    }

    /** The reaction stored as +1, -1 or 0. */
    public static ProposalReaction ofValue(int value) {
        return switch (value) {
            case 1 -> AGREE;
            case -1 -> DISAGREE;
            case 0 -> PASS;
            default -> throw new IllegalArgumentException("a reaction is 1, -1 or 0, not " + value);
        };
    }
}
