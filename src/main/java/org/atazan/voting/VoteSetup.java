package org.atazan.voting;

import org.atazan.kernel.BadInputException;
import org.atazan.kernel.DomainEvents;
import org.atazan.kernel.UnitOfWork;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Sets a referendum up: creates it, then grows its territory tree (election officials). */
public final class VoteSetup {
    static final String DEFAULT_RULE = "majority";
    static final String UNKNOWN_COUNTRY = "XX";
    static final String SOURCE = "entered through the API";

    private final Referendums store;
    private final VoteRegistry votes;
    private final LiveTotals totals;
    private final UnitOfWork unitOfWork;
    private final DomainEvents events;
    private final Clock clock;

    public VoteSetup(Referendums store, VoteRegistry votes, LiveTotals totals, UnitOfWork unitOfWork, DomainEvents events,
                     Clock clock) {
        this.store = store;
        this.votes = votes;
        this.totals = totals;
        this.unitOfWork = unitOfWork;
        this.events = events;
        this.clock = clock;
    }

    /** Creates a referendum whose figures are entered on the platform, so every unit's figures are public. */
    public Referendum create(NewVote v, String by) {
        if (v.id() == null || v.id().isBlank()) throw new BadInputException("field id: missing");
        if (v.title() == null || v.title().isBlank()) throw new BadInputException("field title: missing");
        LocalDate date;
        try {
            date = LocalDate.parse(v.date() == null ? "" : v.date());
        } catch (DateTimeParseException e) {
            throw new BadInputException("field date: not a date (YYYY-MM-DD): " + v.date());
        }
        VoteRule rule = VoteRule.parse(VoteKind.REFERENDUM, v.rule() == null ? DEFAULT_RULE : v.rule());
        String country = v.country() == null || v.country().isBlank() ? UNKNOWN_COUNTRY : v.country().toUpperCase(Locale.ROOT);
        Referendum r = new Referendum(v.id(), VoteKind.REFERENDUM, v.title(), date, rule, country, true, SOURCE,
                v.questions(), v.titles());
        Instant at = now();
        unitOfWork.run(() -> {
            store.create(r);
            events.publish(VoteCreated.of(r, by, at));
        });
        return r;
    }

    /** Adds territories (parents before children, or already known) to a referendum's tree: all or nothing. */
    public void addTerritories(String id, List<Territory> territories, String by) {
        votes.vote(id);
        if (territories.isEmpty()) return;
        synchronized (totals.lock(id)) {
            TallyTree tree = totals.tree(id);
            unitOfWork.run(() -> {
                Set<String> seen = new HashSet<>();
                for (Territory t : territories) {
                    if (tree.contains(t.code()) || !seen.add(t.code())) {
                        throw new BadInputException("territory " + t.code() + ": already exists");
                    }
                    if (t.parentCode() != null && !tree.contains(t.parentCode()) && !seen.contains(t.parentCode())) {
                        throw new BadInputException("territory " + t.code() + ", field parent: unknown parent " + t.parentCode());
                    }
                    if (t.parentCode() == null && !tree.roots().isEmpty()) {
                        throw new BadInputException("territory " + t.code() + ", field parent: the tree already has a root");
                    }
                    if (t.registered() < 0) throw new BadInputException("territory " + t.code() + ", field registered: negative");
                }
                store.append(id, territories, List.of());
                events.publish(new TerritoriesAdded(id, territories.stream().map(Territory::code).toList(), by, now()));
            });
            totals.reload(id);
        }
    }

    // PostgreSQL keeps microseconds: the event says the time the store keeps.
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
