package org.atazan.voting;

import java.util.List;

/**
 * What can be said publicly about one question under the vote's rule. When only national totals are
 * public, Kazakhstan's rule cannot be applied in full (it asks for a yes majority in two thirds of the
 * units): {@code adopted} is then null and the reasons say why, rather than inventing unit figures.
 */
public record Verdict(String rule, boolean valid, boolean unitFiguresPublic, Boolean adopted, List<String> reasons,
                      List<RuleOutcome.UnitLine> units) {
    public Verdict {
        reasons = List.copyOf(reasons);
        units = List.copyOf(units);
    }

    static Verdict of(Referendum r, RuleOutcome o) {
        boolean undecidable = !r.unitFiguresPublic() && r.rule() instanceof KazakhstanRule;
        return new Verdict(o.rule(), o.valid(), r.unitFiguresPublic(), undecidable ? null : o.adopted(),
                r.unitFiguresPublic() ? o.reasons() : List.of(o.reasons().get(0),
                        "units: results per unit are not public, so the two-thirds test of the units cannot be applied here"),
                o.units());
    }
}
