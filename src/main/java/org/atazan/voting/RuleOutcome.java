package org.atazan.voting;

import java.util.List;

/**
 * What a referendum rule decided and why, unit by unit.
 *
 * @param reasons one sentence per test the rule applied, with its numbers
 */
public record RuleOutcome(String rule, boolean valid, boolean adopted, List<String> reasons, List<UnitLine> units) {
    public RuleOutcome {
        reasons = List.copyOf(reasons);
        units = List.copyOf(units);
    }

    /** One unit's line: did more than half of those who took part vote yes. */
    public record UnitLine(String unit, long voted, long yes, boolean yesMajority) {
    }
}
