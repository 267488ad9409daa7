package org.atazan.voting;

import org.atazan.kernel.BadInputException;
import org.atazan.kernel.DomainEvents;
import org.atazan.kernel.NotFoundException;
import org.atazan.kernel.UnitOfWork;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The counting desk: checks every protocol against the control relations, stores it as a revision
 * (never overwriting) with its event in one unit of work, and once that has committed shows it in the
 * live totals of every level.
 */
public final class ProtocolDesk {
    /** The longest reason a correction may give. */
    static final int MAX_REASON = 2000;

    private final Referendums store;
    private final VoteRegistry votes;
    private final LiveTotals totals;
    private final UnitOfWork unitOfWork;
    private final DomainEvents events;
    private final Clock clock;

    public ProtocolDesk(Referendums store, VoteRegistry votes, LiveTotals totals, UnitOfWork unitOfWork,
                        DomainEvents events, Clock clock) {
        this.store = store;
        this.votes = votes;
        this.totals = totals;
        this.unitOfWork = unitOfWork;
        this.events = events;
        this.clock = clock;
    }

    /** Submits first protocols (one or many, all or nothing); each becomes revision 1. */
    public List<Revision> submit(String id, List<Protocol> protocols, String by) {
        if (protocols.isEmpty()) throw new BadInputException("no protocol submitted");
        Referendum r = votes.vote(id);
        synchronized (totals.lock(id)) {
            TallyTree tree = totals.tree(id);
            List<Revision> revs = unitOfWork.call(() -> {
                Set<String> seen = new HashSet<>();
                List<Revision> accepted = new ArrayList<>();
                Instant at = now();
                for (int i = 0; i < protocols.size(); i++) {
                    Protocol p = protocols.get(i);
                    String where = protocols.size() > 1 ? "protocol " + (i + 1) + ": " : "";
                    ProtocolChecks.station(tree, id, p.stationCode(), where);
                    if (!seen.add(p.stationCode())) {
                        throw new BadInputException(where + "station " + p.stationCode() + ": submitted twice in this request");
                    }
                    if (tree.protocol(p.stationCode()) != null) {
                        throw new BadInputException(where + "station " + p.stationCode()
                                + ": duplicate submission, a protocol is already recorded; enter a correction with a reason instead");
                    }
                    QuestionCheck.check(r, p, where);
                    ProtocolChecks.relations(tree, p, where);
                    accepted.add(new Revision(p.stationCode(), 1, p, by, at, ""));
                }
                store.append(id, List.of(), accepted);
                accepted.forEach(rev -> events.publish(ProtocolAccepted.of(id, rev)));
                return List.copyOf(accepted);
            });
            // Committed: now the totals show it, before any other decision on this vote.
            totals.record(id, protocols);
            return revs;
        }
    }

    /** Enters a correction: a new revision of a station's protocol, with who and why. */
    public Revision correct(String id, Protocol p, String by, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new BadInputException("station " + p.stationCode() + ", field reason: a correction needs a reason");
        }
        TextFields.optional("station " + p.stationCode() + ", ", "reason", reason, MAX_REASON);
        Referendum r = votes.vote(id);
        synchronized (totals.lock(id)) {
            TallyTree tree = totals.tree(id);
            Revision rev = unitOfWork.call(() -> {
                ProtocolChecks.station(tree, id, p.stationCode(), "");
                if (tree.protocol(p.stationCode()) == null) {
                    throw new BadInputException("station " + p.stationCode() + ": no protocol to correct; submit one first");
                }
                QuestionCheck.check(r, p, "");
                ProtocolChecks.relations(tree, p, "");
                List<Revision> history = store.history(id, p.stationCode());
                int next = history.isEmpty() ? 1 : history.get(history.size() - 1).number() + 1;
                Revision correction = new Revision(p.stationCode(), next, p, by, now(), reason.strip());
                store.append(id, List.of(), List.of(correction));
                events.publish(ProtocolCorrected.of(id, correction));
                return correction;
            });
            totals.record(id, List.of(p));
            return rev;
        }
    }

    /** Every revision of one station's protocol, oldest first: who entered it, when and why. */
    public List<Revision> history(String id, String station) {
        votes.vote(id);
        List<Revision> h = store.history(id, station);
        if (h.isEmpty()) throw new NotFoundException("no protocol for station '" + station + "' in '" + id + "'");
        return h;
    }

    // PostgreSQL keeps microseconds: the answer and the event say the time the store keeps.
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
