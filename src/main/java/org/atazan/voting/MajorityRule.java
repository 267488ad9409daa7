package org.atazan.voting;

import java.util.ArrayList;
import java.util.List;

/** A plain national majority with a configurable turnout quorum; see {@link ReferendumRule#nationalMajority(int)}. */
public record MajorityRule(int minTurnoutPercent) implements ReferendumRule {

    public MajorityRule {
        if (minTurnoutPercent < 0 || minTurnoutPercent > 100) {
            throw new IllegalArgumentException("turnout quorum must be 0..100 percent: " + minTurnoutPercent);
        }
    }

    @Override
    public String name() {
        return "national-majority(turnout>" + minTurnoutPercent + "%)";
    }

    @Override
    public String code() {
        return minTurnoutPercent == 0 ? "majority" : "majority:" + minTurnoutPercent;
    }

    @Override
    public String key() {
        return "majority";
    }

    @Override
    public int quorumPercent() {
        return minTurnoutPercent;
    }

    @Override
    public RuleOutcome evaluate(Tally national, List<UnitTally> units) {
        List<String> reasons = new ArrayList<>();
        long voted = national.issued();
        boolean valid = voted > 0 && voted * 100 > (long) minTurnoutPercent * national.registered();
        reasons.add(String.format("valid: voted %d x 100 %s %d%% of registered %d", voted, valid ? ">" : "<=",
                minTurnoutPercent, national.registered()));
        boolean majority = national.yes() * 2 > voted;
        reasons.add(String.format("yes %d x 2 %s voted %d", national.yes(), majority ? ">" : "<=", voted));
        List<RuleOutcome.UnitLine> lines = new ArrayList<>();
        for (UnitTally u : units) {
            lines.add(new RuleOutcome.UnitLine(u.unit(), u.tally().issued(), u.tally().yes(),
                    u.tally().yes() * 2 > u.tally().issued()));
        }
        return new RuleOutcome(name(), valid, valid && majority, reasons, lines);
    }
}
