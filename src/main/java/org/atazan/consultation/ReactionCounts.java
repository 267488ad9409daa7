package org.atazan.consultation;

/** How many participants agree with, disagree with and pass on one proposal (each counted once, their latest). */
public record ReactionCounts(long agree, long disagree, long pass) {
    public static final ReactionCounts NONE = new ReactionCounts(0, 0, 0);

    public long total() {
        return agree + disagree + pass;
    }
}
