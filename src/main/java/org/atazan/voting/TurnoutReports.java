package org.atazan.voting;

import org.atazan.kernel.BadInputException;
import org.atazan.kernel.DomainEvents;
import org.atazan.kernel.UnitOfWork;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Turnout through voting day: reports per unit and hour as they come in (a later report of the same hour replaces it). */
public final class TurnoutReports {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

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
            for (int i = 0; i < reports.size(); i++) check(tree, reports.get(i), "report " + (i + 1) + ", field ");
            store.addTurnout(id, reports);
            events.publish(new TurnoutReported(id, reports.stream().map(TurnoutReported.Report::of).toList(), by,
                    clock.instant().truncatedTo(ChronoUnit.MICROS)));
        });
        return List.copyOf(reports);
    }

    private static void check(TallyTree tree, TurnoutReport r, String where) {
        if (r.unit() == null || !tree.contains(r.unit())) throw new BadInputException(where + "unit: no such unit '" + r.unit() + "'");
        if (r.at() == null) throw new BadInputException(where + "at: missing");
        if (r.percent() == null) throw new BadInputException(where + "percent: missing");
        if (r.percent().signum() < 0 || r.percent().compareTo(HUNDRED) > 0) {
            throw new BadInputException(where + "percent: must be 0..100, was " + r.percent().toPlainString());
        }
        if (r.issued() != null && r.issued() < 0) throw new BadInputException(where + "issued: negative figure " + r.issued());
    }
}
