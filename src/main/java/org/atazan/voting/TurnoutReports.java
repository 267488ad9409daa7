package org.atazan.voting;

import org.atazan.kernel.BadInputException;
import org.atazan.kernel.DomainEvents;
import org.atazan.kernel.UnitOfWork;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Turnout through voting day: reports per unit and hour as they come in (a later report of the same hour replaces it). */
public final class TurnoutReports {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** Decimals a turnout percentage may have, as the store keeps it. */
    static final int DECIMALS = 2;

    private final Referendums store;
    private final VoteRegistry votes;
    private final LiveTotals totals;
    private final UnitOfWork unitOfWork;
    private final DomainEvents events;
    private final Clock clock;

    public TurnoutReports(Referendums store, VoteRegistry votes, LiveTotals totals, UnitOfWork unitOfWork,
                          DomainEvents events, Clock clock) {
        this.store = store;
        this.votes = votes;
        this.totals = totals;
        this.unitOfWork = unitOfWork;
        this.events = events;
        this.clock = clock;
    }

    /** Turnout reports by hour, then unit. */
    public List<TurnoutReport> reports(String id) {
        votes.vote(id);
        return store.turnout(id);
    }

    /** Stores reports of the vote's units (all or nothing); messages name the report (from 1) and the field. */
    public List<TurnoutReport> report(String id, List<TurnoutReport> reports, String by) {
        TallyTree tree = totals.tree(id);
        if (reports.isEmpty()) return List.of();
        unitOfWork.run(() -> {
            Map<String, Integer> seen = new HashMap<>();
            for (int i = 0; i < reports.size(); i++) {
                TurnoutReport r = reports.get(i);
                String where = "report " + (i + 1) + ", field ";
                check(tree, r, where);
                Integer before = seen.putIfAbsent(r.unit() + "@" + r.at(), i + 1);
                if (before != null) {
                    throw new BadInputException(where + "at: unit " + r.unit() + " at " + r.at() + " is already report " + before
                            + " of this request");
                }
            }
            store.addTurnout(id, reports);
            events.publish(new TurnoutReported(id, reports.stream().map(TurnoutReported.Report::of).toList(), by,
                    clock.instant().truncatedTo(ChronoUnit.MICROS)));
        });
        return List.copyOf(reports);
    }

    private static void check(TallyTree tree, TurnoutReport r, String where) {
        if (r.unit() == null || !tree.contains(r.unit())) {
            throw new BadInputException(where + "unit: no such unit " + TextFields.shown(r.unit()));
        }
        if (r.at() == null) throw new BadInputException(where + "at: missing");
        // Reports are per minute of the day ("HH:MM"): 10:00:00.000001 is no other hour than 10:00.
        if (r.at().getSecond() != 0 || r.at().getNano() != 0) {
            throw new BadInputException(where + "at: a time of day in whole minutes (HH:MM), was " + r.at());
        }
        if (r.percent() == null) throw new BadInputException(where + "percent: missing");
        if (r.percent().signum() < 0 || r.percent().compareTo(HUNDRED) > 0) {
            throw new BadInputException(where + "percent: must be 0..100, was " + shown(r.percent()));
        }
        if (r.percent().stripTrailingZeros().scale() > DECIMALS) {
            throw new BadInputException(where + "percent: at most " + DECIMALS + " decimals, was " + shown(r.percent()));
        }
        if (r.issued() != null && r.issued() < 0) throw new BadInputException(where + "issued: negative figure " + r.issued());
        long registered = registered(tree, r.unit());
        if (r.issued() != null && registered > 0 && r.issued() > registered) {
            throw new BadInputException(where + "issued: " + r.issued() + " ballots issued, more than the " + registered
                    + " registered voters of " + r.unit());
        }
    }

    /** The unit's registered voters: from its territory tree, else from the protocols counted so far; 0 if unknown. */
    private static long registered(TallyTree tree, String unit) {
        long fromTree = tree.electorate(unit);
        return fromTree > 0 ? fromTree : tree.total(unit).registered();
    }

    /** A figure for a message: plain when short, in scientific notation when it would run to pages. */
    private static String shown(BigDecimal x) {
        String plain = x.abs().compareTo(BigDecimal.valueOf(1_000_000_000)) < 0 && x.scale() <= 20 ? x.toPlainString() : x.toString();
        return plain.length() > 40 ? plain.substring(0, 40) + "…" : plain;
    }
}
