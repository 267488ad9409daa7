package org.atazan.systematization;

/** A citizen's reaction to a proposal or statement: one per person per statement, the latest counts. */
public enum Reaction {
    AGREE(1), DISAGREE(-1), PASS(0);

    private final int value;

    Reaction(int value) {
        this.value = value;
    }

    /** +1, -1 or 0: the value in the reaction matrix (and in Pol.is exports). */
    public int value() {
        return value;
    }

    /** The reaction of a Pol.is vote value: 1 agree, -1 disagree, 0 pass. */
    public static Reaction of(int value) {
        return switch (value) {
            case 1 -> AGREE;
            case -1 -> DISAGREE;
            case 0 -> PASS;
            default -> throw new IllegalArgumentException("a reaction is 1, -1 or 0, not " + value);
        };
    }
}
