package org.atazan.voting;

import java.util.List;

/**
 * What a referendum rule decided and why, unit by unit.
 *
 * @param adopted true or false when the figures given decide it; null when they cannot (Kazakhstan's
 *                rule without results per unit): the outcome is then undetermined, never "not adopted"
 * @param reasons one sentence per test the rule applied, with its numbers, or in words why a test
 *                could not be applied
 */
public record RuleOutcome(String rule, boolean valid, Boolean adopted, List<String> reasons, List<UnitLine> units) {
    public RuleOutcome {
        reasons = List.copyOf(reasons);
        units = List.copyOf(units);
    }

    /** "adopted", "not-adopted", or "undetermined" when the figures given cannot decide it. */
    public String decision() {
        return adopted == null ? "undetermined" : adopted ? "adopted" : "not-adopted";
    }

    /** One unit's line: did more than half of those who took part vote yes. */
    public record UnitLine(String unit, long voted, long yes, boolean yesMajority) {
    }
}
