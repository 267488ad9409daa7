package org.atazan.consultation;

/** Where a proposal came from: this platform, the national appeals portal, the e-government portal, or another channel. */
public enum Channel {
    PLATFORM, APPEALS_PORTAL, EGOV_PORTAL, OTHER;

    /** The lower-case code used in forms, the API and open data ("channel" values such as "platform"). */
    public String code() {
        return Codes.code(this);
    }

    public static Channel of(String field, String code) {
        return Codes.of(Channel.class, field, code);
    }
}
