package org.atazan.consultation;

/** The languages a proposal is written in. */
public enum Language {
    KK, RU, EN;

    /** The lower-case code used in forms, the API and open data ("language" values such as "kk"). */
    public String code() {
        return Codes.code(this);
    }

    public static Language of(String field, String code) {
        return Codes.of(Language.class, field, code);
    }
}
