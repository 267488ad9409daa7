package org.atazan.consultation;

import org.atazan.kernel.BadInputException;

/** What an import does with a bad row. */
public enum ImportMode {
    /** Any bad row refuses the whole file, naming its line and field; nothing is stored (the default). */
    ALL_OR_NOTHING,
    /** Bad rows are left out and reported (the first few one by one, all counted by reason); the rest is stored. */
    SKIP_INVALID;

    public String code() {
        return Codes.code(this);
    }

    public static ImportMode of(String field, String code) {
        if (code == null || code.isBlank()) return ALL_OR_NOTHING;
        return Codes.of(ImportMode.class, field, code);
    }
}
