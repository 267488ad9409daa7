package org.atazan.voting.apportionment;

import java.util.List;

/**
 * Parties that were exactly equal for the last seat(s) they competed for, and who won them.
 *
 * @param at      which seat(s) the tie decided, e.g. "remainder seats" or "seat 8"
 * @param rule    how it was broken
 */
public record Tie(String at, List<String> parties, List<String> winners, String rule) {
    /** The tie-break rule of every method: more votes first, then the earlier row of the input. */
    public static final String RULE = "more votes first, then earlier in the input";
}
