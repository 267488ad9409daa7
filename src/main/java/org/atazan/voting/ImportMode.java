package org.atazan.voting;

/** What the protocol reader does with a bad row. */
public enum ImportMode {
    /** Stop at the first bad row (the platform's default: all or nothing). */
    STRICT,
    /** Skip every bad row, report each one, keep the rest. */
    SKIP_INVALID,
    /**
     * For analysis (tally, forensics): a row that parses but breaks a control relation is kept and
     * counted with a warning; a row that cannot be read (missing or non-numeric figure, negative figure,
     * repeated station) still stops the read, because its figures cannot be counted at all.
     */
    TOLERANT
}
