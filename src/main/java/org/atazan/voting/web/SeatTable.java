package org.atazan.voting.web;

import org.atazan.kernel.BadInputException;
import org.atazan.voting.PartyResult;
import org.atazan.voting.apportionment.Allocation;
import org.atazan.voting.apportionment.Apportionment;
import org.atazan.voting.apportionment.Method;
import org.atazan.voting.apportionment.PartyVotes;
import org.atazan.voting.apportionment.ThresholdBase;

import java.math.BigDecimal;
import java.util.List;

/**
 * Seats of a stored party-list vote under a method and house size: Kazakhstan's 5 % threshold of all
 * votes cast ("Against all" included), compared with the official seats where they were published.
 */
record SeatTable(int seats, Method method, List<Line> lines, Allocation allocation, long cast, Integer officialTotal,
                 boolean equalsOfficial) {
    static final BigDecimal THRESHOLD = BigDecimal.valueOf(5);

    /** One party's line. */
    record Line(String party, long votes, double percent, Integer seats, Integer official, boolean passed) {
    }

    /** The house size to show when none is asked for: the official one where published, else 100. */
    static int defaultSeats(List<PartyResult> rows) {
        int official = rows.stream().mapToInt(p -> p.officialSeats() == null ? 0 : p.officialSeats()).sum();
        return official > 0 ? official : 100;
    }

    static SeatTable of(List<PartyResult> rows, Integer requested, String methodName) {
        int seats = requested == null ? defaultSeats(rows) : requested;
        if (seats < 1 || seats > 1000) throw new BadInputException("field seats: must be 1..1000, was " + seats);
        Method method;
        try {
            method = Method.parse(methodName);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("field method: " + e.getMessage());
        }
        List<PartyVotes> votes = rows.stream().map(p -> new PartyVotes(p.party(), p.votes())).toList();
        Allocation a = Apportionment.allocate(votes, seats, method, THRESHOLD, ThresholdBase.CAST, 0);
        long cast = votes.stream().mapToLong(PartyVotes::votes).sum();
        int official = rows.stream().mapToInt(p -> p.officialSeats() == null ? 0 : p.officialSeats()).sum();
        boolean hasOfficial = rows.stream().anyMatch(p -> p.officialSeats() != null);
        boolean same = hasOfficial && official == seats;
        List<Line> lines = rows.stream().map(p -> new Line(p.party(), p.votes(), cast == 0 ? 0 : 100.0 * p.votes() / cast,
                a.seats().get(p.party()), p.officialSeats(), a.passedThreshold().contains(p.party()))).toList();
        for (Line l : lines) {
            if (l.seats() != null && l.official() != null && !l.seats().equals(l.official())) same = false;
        }
        return new SeatTable(seats, method, lines, a, cast, hasOfficial ? official : null, same);
    }
}
