package org.atazan.voting.forensics;

import java.util.List;

/**
 * Observed integer-percentage stations against what binomial noise would give.
 *
 * @param eligibleStations        stations the test looked at
 * @param integerStations         observed stations with an integer turnout or yes share
 * @param expectedIntegerStations mean count over the simulations
 * @param excess                  observed − mean
 * @param percentile999           99.9th percentile of the simulated counts (nearest rank)
 * @param stddev                  standard deviation of the simulated counts
 * @param selection               which stations were tested, and what their turnout is
 * @param stations                the observed integer stations, most voters first
 */
public record IntegerReport(int eligibleStations, int integerStations, double expectedIntegerStations, double excess,
                            double percentile999, double stddev, int reps, long seed, Selection selection,
                            List<IntegerStation> stations) {
}
