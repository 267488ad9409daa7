package org.atazan.voting;

import org.atazan.kernel.BadInputException;
import org.atazan.kernel.DomainEvents;
import org.atazan.kernel.UnitOfWork;
import org.atazan.voting.protocols.ImportResult;
import org.atazan.voting.protocols.ProtocolReader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Bulk import of a protocol file into a referendum: strict (all or nothing) or skip-invalid (every
 * skipped row reported). Stations already holding the same figures are left alone, so re-importing a
 * file changes nothing; different figures for a recorded station must come as a correction. What is
 * added is stored with its {@link ProtocolsImported} event in one unit of work, then counted live.
 */
public final class ProtocolImport {
    private final Referendums store;
    private final VoteRegistry votes;
    private final LiveTotals totals;
    private final UnitOfWork unitOfWork;
    private final DomainEvents events;
    private final Clock clock;
    private final ImportLimits limits;

    public ProtocolImport(Referendums store, VoteRegistry votes, LiveTotals totals, UnitOfWork unitOfWork,
                          DomainEvents events, Clock clock) {
        this(store, votes, totals, unitOfWork, events, clock, ImportLimits.DEFAULTS);
    }

    public ProtocolImport(Referendums store, VoteRegistry votes, LiveTotals totals, UnitOfWork unitOfWork,
                          DomainEvents events, Clock clock, ImportLimits limits) {
        this.store = store;
        this.votes = votes;
        this.totals = totals;
        this.unitOfWork = unitOfWork;
        this.events = events;
        this.clock = clock;
        this.limits = limits;
    }

    /** The limits every file is read under. */
    public ImportLimits limits() {
        return limits;
    }

    /** Reads the file (zipped or not, whatever the mapping says); messages name the file, not where it was stored. */
    private ImportResult read(Path file, ColumnMapping m, ImportMode mode) {
        String name = file.getFileName().toString();
        boolean zip;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] magic = in.readNBytes(4);
            zip = magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
        } catch (IOException e) {
            throw new BadInputException(name + ": cannot read: " + e.getMessage(), e);
        }
        return ProtocolReader.read(file, name, m.withZipped(zip), mode, limits);
    }

    /**
     * The revisions an import added, read back from the store (a consumer of {@link ProtocolsImported}
     * that needs the stations reads them here); their {@link ProtocolsImported#digest digest} is the event's.
     */
    public List<Revision> revisions(ProtocolsImported imported) {
        return store.enteredAt(imported.referendum(), imported.at()).stream()
                .filter(r -> r.number() == 1 && r.enteredBy().equals(imported.by()) && r.reason().isEmpty())
                .toList();
    }

    public ImportReport run(String id, Path file, ColumnMapping mapping, ImportMode mode, String by) {
        long start = System.nanoTime();
        Referendum referendum = votes.vote(id);
        if (referendum.questions().size() != 1) {
            throw new BadInputException("referendum " + id + " has " + referendum.questions().size()
                    + " questions, and a column mapping reads one yes/no pair: submit its protocols through the API");
        }
        if (mode == ImportMode.TOLERANT) {
            throw new BadInputException("mode tolerant keeps protocols that break control relations; use strict or skip-invalid");
        }
        ImportResult read = read(file, mapping, mode);
        String name = file.getFileName().toString();
        long rows = read.protocols().size() + read.skipped().total();
        RowIssues skipped = read.skipped();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<Revision> revs = new ArrayList<>();
        List<Territory> newTerritories;
        int unchanged;
        synchronized (totals.lock(id)) {
            TallyTree tree = totals.tree(id);
            newTerritories = read.territories().stream().filter(t -> !tree.contains(t.code())).toList();
            for (Territory t : newTerritories) VoteSetup.checkTexts(t, name + ": territory " + TextFields.shown(t.code()) + ", ");
            unchanged = unitOfWork.call(() -> {
                int same = 0;
                List<Protocol> protocols = read.protocols();
                for (int i = 0; i < protocols.size(); i++) {
                    Protocol p = protocols.get(i);
                    Protocol old = tree.protocol(p.stationCode());
                    if (old == null) {
                        revs.add(new Revision(p.stationCode(), 1, p, by, now, ""));
                    } else if (old.equals(p)) {
                        same++;
                    } else {
                        RowIssue issue = new RowIssue(name, read.line(i), p.stationCode(), "-",
                                "the station already has a protocol with other figures; enter a correction with a reason");
                        if (mode == ImportMode.STRICT) throw new BadInputException(issue.message());
                        skipped.add(issue, "already recorded with other figures");
                    }
                }
                if (revs.isEmpty() && newTerritories.isEmpty()) return same;
                store.append(id, newTerritories, revs);
                if (!revs.isEmpty()) {
                    events.publish(new ProtocolsImported(id, name, revs.size(), ProtocolsImported.digest(revs),
                            newTerritories.size(), by, now));
                } else {
                    events.publish(new TerritoriesAdded(id, newTerritories.stream().map(Territory::code).toList(), by, now));
                }
                return same;
            });
            if (!newTerritories.isEmpty()) totals.reload(id);
            else if (!revs.isEmpty()) totals.record(id, revs.stream().map(Revision::protocol).toList());
        }
        return ImportReport.of(name, mode.name().toLowerCase(), rows, revs.size(), unchanged, newTerritories.size(),
                skipped, (System.nanoTime() - start) / 1_000_000);
    }
}
