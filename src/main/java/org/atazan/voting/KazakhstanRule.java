package org.atazan.voting;

import java.util.ArrayList;
import java.util.List;

/** Kazakhstan's referendum rule; see {@link ReferendumRule#kazakhstan()}. */
public record KazakhstanRule() implements ReferendumRule {
    @Override
    public String name() {
        return "kazakhstan";
    }

    @Override
    public String code() {
        return "kazakhstan";
    }

    @Override
    public String key() {
        return "kazakhstan";
    }

    @Override
    public int quorumPercent() {
        return 50;
    }

    @Override
    public RuleOutcome evaluate(Tally national, List<UnitTally> units) {
        List<String> reasons = new ArrayList<>();
        boolean valid = national.issued() * 2 > national.registered();
        reasons.add(String.format("valid: voted %d x 2 %s registered %d", national.issued(),
                valid ? ">" : "<=", national.registered()));
        List<RuleOutcome.UnitLine> lines = new ArrayList<>();
        long yesUnits = 0;
        for (UnitTally u : units) {
            boolean maj = u.tally().yes() * 2 > u.tally().issued();
            if (maj) yesUnits++;
            lines.add(new RuleOutcome.UnitLine(u.unit(), u.tally().issued(), u.tally().yes(), maj));
        }
        if (units.isEmpty()) {
            // Without results per unit the second test cannot be applied: say so, never "0 < 0".
            reasons.add("units: results per unit are not given, so the test of a yes majority in two thirds of the units cannot be applied");
            reasons.add(valid ? "undetermined: adoption needs results per unit" : "not adopted: invalid");
            return new RuleOutcome(name(), valid, valid ? null : Boolean.FALSE, reasons, lines);
        }
        // Integer test, so that exactly two thirds passes without any floating-point doubt.
        boolean twoThirds = 3 * yesUnits >= 2L * units.size();
        reasons.add(String.format("units: 3 x %d units with a yes majority %s 2 x %d units", yesUnits,
                twoThirds ? ">=" : "<", units.size()));
        boolean adopted = valid && twoThirds;
        reasons.add(adopted ? "adopted" : valid ? "not adopted: fewer than two thirds of the units" : "not adopted: invalid");
        return new RuleOutcome(name(), valid, adopted, reasons, lines);
    }
}
