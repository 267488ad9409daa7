package org.atazan.consultation;

/** The public answer's verdict. {@code MERGED} names the proposal it was merged into. */
public enum Outcome {
    ACCEPTED, PARTLY_ACCEPTED, MERGED, REJECTED, OUT_OF_SCOPE;

    /** The lower-case code used in forms, the API and open data ("outcome" values such as "accepted"). */
    public String code() {
        return Codes.code(this);
    }

    public static Outcome of(String field, String code) {
        return Codes.of(Outcome.class, field, code);
    }
}
