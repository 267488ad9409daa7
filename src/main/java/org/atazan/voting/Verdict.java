package org.atazan.voting;

import java.util.List;

/**
 * What can be said publicly about one question under the vote's rule. When the figures cannot decide
 * it (Kazakhstan's rule asks for a yes majority in two thirds of the units, and only national totals
 * are public), {@code adopted} is null, {@code decision} is "undetermined" and the reasons say why in
 * words, rather than inventing unit figures or reporting a failed test.
 *
 * @param decision "adopted", "not-adopted" or "undetermined"
 */
public record Verdict(String rule, boolean valid, boolean unitFiguresPublic, Boolean adopted, String decision,
                      List<String> reasons, List<RuleOutcome.UnitLine> units) {
    public Verdict {
        reasons = List.copyOf(reasons);
        units = List.copyOf(units);
    }

    static Verdict of(Referendum r, RuleOutcome o) {
        return new Verdict(o.rule(), o.valid(), r.unitFiguresPublic(), o.adopted(), o.decision(), o.reasons(), o.units());
    }
}
