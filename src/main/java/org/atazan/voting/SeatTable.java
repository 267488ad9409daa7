package org.atazan.voting;

import org.atazan.voting.apportionment.Allocation;
import org.atazan.voting.apportionment.Method;

import java.math.BigDecimal;
import java.util.List;

/**
 * Seats of a stored party-list vote under a method and house size, with the vote's own threshold,
 * compared with the official seats where they were published.
 *
 * @param threshold     percent of all votes cast a list needs for seats
 * @param officialTotal the official house size, or null when no seats were published
 */
public record SeatTable(int seats, Method method, BigDecimal threshold, List<Line> lines, Allocation allocation, long cast,
                        Integer officialTotal, boolean equalsOfficial) {
    public SeatTable {
        lines = List.copyOf(lines);
    }

    /** One party's line: {@code seats} null when the method gave it none to compete for (e.g. "Against all"). */
    public record Line(String party, long votes, double percent, Integer seats, Integer official, boolean passed) {
    }
}
