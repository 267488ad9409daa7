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
 * Seats of a stored party-list vote under a method and house size, with the vote's own rule
 * ({@code method:threshold}, e.g. Kazakhstan's "hare:5": Hare quota, 5 % of all votes cast, "Against
 * all" included), compared with the official seats where they were published.
 */
record SeatTable(int seats, Method method, BigDecimal threshold, List<Line> lines, Allocation allocation, long cast, Integer officialTotal,
                 boolean equalsOfficial) {

    /** One party's line. */
    record Line(String party, long votes, double percent, Integer seats, Integer official, boolean passed) {
    }

    /** The house size to show when none is asked for: the official one where published, else 100. */
    static int defaultSeats(List<PartyResult> rows) {
        int official = rows.stream().mapToInt(p -> p.officialSeats() == null ? 0 : p.officialSeats()).sum();
        return official > 0 ? official : 100;
    }

    /** The method the vote's rule names ("hare" in "hare:5"), used when none is asked for. */
    static String ruleMethod(org.atazan.voting.Referendum r) {
        String rule = r.rule() == null ? "" : r.rule();
        int colon = rule.indexOf(':');
        String m = colon < 0 ? rule : rule.substring(0, colon);
        return m.isBlank() ? "hare" : m;
    }

    /** The threshold in percent of votes cast that the vote's rule names ("5" in "hare:5"); 0 if none. */
    static BigDecimal ruleThreshold(org.atazan.voting.Referendum r) {
        String rule = r.rule() == null ? "" : r.rule();
        int colon = rule.indexOf(':');
        if (colon < 0) return BigDecimal.ZERO;
        try {
            return new BigDecimal(rule.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new IllegalStateException("vote " + r.id() + ": rule '" + rule + "' has no valid threshold", e);
        }
    }

    static SeatTable of(org.atazan.voting.Referendum vote, List<PartyResult> rows, Integer requested, String methodName) {
        int seats = requested == null ? defaultSeats(rows) : requested;
        BigDecimal threshold = ruleThreshold(vote);
        if (methodName == null || methodName.isBlank()) methodName = ruleMethod(vote);
        if (seats < 1 || seats > 1000) throw new BadInputException("field seats: must be 1..1000, was " + seats);
        Method method;
        try {
            method = Method.parse(methodName);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("field method: " + e.getMessage());
        }
        List<PartyVotes> votes = rows.stream().map(p -> new PartyVotes(p.party(), p.votes())).toList();
        Allocation a = Apportionment.allocate(votes, seats, method, threshold, ThresholdBase.CAST, 0);
        long cast = votes.stream().mapToLong(PartyVotes::votes).sum();
        int official = rows.stream().mapToInt(p -> p.officialSeats() == null ? 0 : p.officialSeats()).sum();
        boolean hasOfficial = rows.stream().anyMatch(p -> p.officialSeats() != null);
        boolean same = hasOfficial && official == seats;
        List<Line> lines = rows.stream().map(p -> new Line(p.party(), p.votes(), cast == 0 ? 0 : 100.0 * p.votes() / cast,
                a.seats().get(p.party()), p.officialSeats(), a.passedThreshold().contains(p.party()))).toList();
        for (Line l : lines) {
            if (l.seats() != null && l.official() != null && !l.seats().equals(l.official())) same = false;
        }
        return new SeatTable(seats, method, threshold, lines, a, cast, hasOfficial ? official : null, same);
    }
}
