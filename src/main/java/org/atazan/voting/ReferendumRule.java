package org.atazan.voting;

import org.atazan.kernel.BadInputException;

import java.util.List;

/**
 * A law's test of whether a referendum is valid and a question adopted, given national and
 * per-unit totals ({@link Tally#issued()} counts those who took part).
 */
public sealed interface ReferendumRule extends VoteRule permits KazakhstanRule, MajorityRule {
    /** The rule's name, shown in outcomes. */
    String name();

    /** The turnout a valid vote must exceed, in percent. */
    int quorumPercent();

    /** Applies the rule; {@code units} are the top-level voting units (regions), possibly empty. */
    RuleOutcome evaluate(Tally national, List<UnitTally> units);

    /**
     * Kazakhstan: valid if more than half of those entitled took part (voted·2 &gt; registered);
     * adopted if valid and more than half of those who took part voted yes (yes·2 &gt; voted) in at
     * least two thirds of the units (3·unitsWithYesMajority ≥ 2·units). Without results per unit a
     * valid vote's adoption is undetermined ({@link RuleOutcome#adopted()} null), not refused.
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

    /** "kazakhstan", "majority" or "majority:N" (turnout quorum N %). */
    static ReferendumRule parse(String code) {
        if ("kazakhstan".equals(code)) return kazakhstan();
        if ("majority".equals(code)) return nationalMajority(0);
        if (code != null && code.matches("majority:\\d{1,3}")) {
            int quorum = Integer.parseInt(code.substring("majority:".length()));
            if (quorum > 100) throw new BadInputException("field rule: turnout quorum must be 0..100 percent: " + quorum);
            return nationalMajority(quorum);
        }
        throw new BadInputException("field rule: unknown rule '" + code + "'; expected kazakhstan, majority or majority:N");
    }
}
