package org.atazan.voting;

/** The totals of one voting unit (region, city) for a referendum rule. */
public record UnitTally(String unit, Tally tally) {
}
