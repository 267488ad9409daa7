package org.atazan.consultation;

/** Why a reader reports a proposal: abuse of the moderation policy, or a name attached to words its bearer did not write. */
public enum ReportKind {
    ABUSE, FALSE_ATTRIBUTION;

    public String code() {
        return Codes.code(this);
    }

    public static ReportKind of(String field, String code) {
        return Codes.of(ReportKind.class, field, code);
    }
}
