package org.atazan.voting.web;

import org.atazan.voting.Tally;
import org.atazan.voting.TallyTree;
import org.atazan.voting.Territory;

import java.util.List;

/** One territory with its totals, for tables. */
record UnitRow(String code, String name, String kind, Tally tally, boolean leaf) {

    static UnitRow of(TallyTree tree, String code, String language) {
        Territory t = tree.territory(code);
        return new UnitRow(code, t.name(language), t.kind(), tree.total(code), tree.children(code).isEmpty());
    }

    static List<UnitRow> children(TallyTree tree, String code, String language) {
        return tree.children(code).stream().map(c -> of(tree, c, language)).toList();
    }

    /** Share of the ballots in the boxes that said no, in percent. */
    double noPercent() {
        return tally.inBoxes() == 0 ? 0 : 100.0 * tally.no() / tally.inBoxes();
    }

    /** More than half of those who took part said yes. */
    boolean yesMajority() {
        return tally.yes() * 2 > tally.issued();
    }
}
