package org.atazan.voting;

import org.atazan.kernel.BadInputException;
import org.atazan.voting.apportionment.Allocation;
import org.atazan.voting.apportionment.Apportionment;
import org.atazan.voting.apportionment.Method;
import org.atazan.voting.apportionment.PartyVotes;
import org.atazan.voting.apportionment.ThresholdBase;

import java.math.BigDecimal;
import java.util.List;

/**
 * Seats of a stored party-list vote: under the vote's own rule (e.g. Kazakhstan's "hare:5": Hare quota,
 * 5 % of all votes cast, "Against all" included), or another method and house size to compare with.
 */
public final class SeatAllocation {
    /** The house size when none is asked for and none was published. */
    static final int DEFAULT_SEATS = 100;
    static final int MAX_SEATS = 1000;

    private final Referendums store;
    private final VoteRegistry votes;

    public SeatAllocation(Referendums store, VoteRegistry votes) {
        this.store = store;
        this.votes = votes;
    }

    /** The house size to show when none is asked for: the official one where published, else 100. */
    public int officialSeats(String id) {
        return officialOr(store.parties(partyList(id).id()));
    }

    /**
     * The seats under a house size (null: the official one) and a method (null or blank: the rule's),
     * always with the rule's threshold.
     */
    public SeatTable table(String id, Integer requested, String methodName) {
        Referendum vote = partyList(id);
        List<PartyResult> rows = store.parties(id);
        SeatRule rule = vote.seatRule();
        int seats = requested == null ? officialOr(rows) : requested;
        if (seats < 1 || seats > MAX_SEATS) throw new BadInputException("field seats: must be 1.." + MAX_SEATS + ", was " + seats);
        Method method;
        try {
            method = methodName == null || methodName.isBlank() ? rule.method() : Method.parse(methodName);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("field method: " + e.getMessage());
        }
        BigDecimal threshold = rule.threshold();
        List<PartyVotes> partyVotes = rows.stream().map(p -> new PartyVotes(p.party(), p.votes())).toList();
        Allocation a = Apportionment.allocate(partyVotes, seats, method, threshold, ThresholdBase.CAST, 0);
        long cast = partyVotes.stream().mapToLong(PartyVotes::votes).sum();
        int official = rows.stream().mapToInt(p -> p.officialSeats() == null ? 0 : p.officialSeats()).sum();
        boolean hasOfficial = rows.stream().anyMatch(p -> p.officialSeats() != null);
        boolean same = hasOfficial && official == seats;
        List<SeatTable.Line> lines = rows.stream().map(p -> new SeatTable.Line(p.party(), p.votes(),
                cast == 0 ? 0 : 100.0 * p.votes() / cast, a.seats().get(p.party()), p.officialSeats(),
                a.passedThreshold().contains(p.party()))).toList();
        for (SeatTable.Line l : lines) {
            if (l.seats() != null && l.official() != null && !l.seats().equals(l.official())) same = false;
        }
        return new SeatTable(seats, method, threshold, lines, a, cast, hasOfficial ? official : null, same);
    }

    private Referendum partyList(String id) {
        Referendum r = votes.vote(id);
        if (r.isReferendum()) throw new BadInputException("'" + id + "' is a referendum, not a party-list vote");
        return r;
    }

    private static int officialOr(List<PartyResult> rows) {
        int official = rows.stream().mapToInt(p -> p.officialSeats() == null ? 0 : p.officialSeats()).sum();
        return official > 0 ? official : DEFAULT_SEATS;
    }
}
