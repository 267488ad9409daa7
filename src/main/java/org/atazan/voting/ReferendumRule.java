package org.atazan.voting;

import java.util.List;

/**
 * A law's test of whether a referendum is valid and a question adopted, given national and
 * per-unit totals ({@link Tally#issued()} counts those who took part).
 */
public interface ReferendumRule {
    /** The rule's name, shown in outcomes. */
    String name();

    /** Applies the rule; {@code units} are the top-level voting units (regions), possibly empty. */
    RuleOutcome evaluate(Tally national, List<UnitTally> units);

    /**
     * Kazakhstan: valid if more than half of those entitled took part (voted·2 &gt; registered);
     * adopted if valid and more than half of those who took part voted yes (yes·2 &gt; voted) in at
     * least two thirds of the units (3·unitsWithYesMajority ≥ 2·units).
     */
    static ReferendumRule kazakhstan() {
        return new KazakhstanRule();
    }

    /**
     * Plain national majority: valid if turnout is strictly above {@code minTurnoutPercent} (0 means
     * any turnout, with at least one voter); adopted if valid and yes·2 &gt; voted.
     */
    static ReferendumRule nationalMajority(int minTurnoutPercent) {
        return new MajorityRule(minTurnoutPercent);
    }
}
