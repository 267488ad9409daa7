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

    public ProtocolImport(Referendums store, VoteRegistry votes, LiveTotals totals, UnitOfWork unitOfWork,
                          DomainEvents events, Clock clock) {
        this.store = store;
        this.votes = votes;
        this.totals = totals;
        this.unitOfWork = unitOfWork;
        this.events = events;
        this.clock = clock;
    }

    /** Reads the file (zipped or not, whatever the mapping says); messages name the file, not where it was stored. */
    private static ImportResult read(Path file, ColumnMapping m, ImportMode mode) {
        boolean zip;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] magic = in.readNBytes(4);
            zip = magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
        } catch (IOException e) {
            throw new BadInputException(file.getFileName() + ": cannot read: " + e.getMessage(), e);
        }
        ColumnMapping mapping = m.withZipped(zip);
        try {
            return ProtocolReader.read(file, mapping, mode);
        } catch (BadInputException e) {
            String dir = file.getParent() == null ? "" : file.getParent().toString() + java.io.File.separator;
            throw new BadInputException(e.getMessage().replace(dir, ""), e);
        }
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
        List<RowIssue> skipped = new ArrayList<>(read.skipped().stream()
                .map(i -> new RowIssue(name, i.line(), i.station(), i.field(), i.reason())).toList());
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
                for (Protocol p : read.protocols()) {
                    Protocol old = tree.protocol(p.stationCode());
                    if (old == null) {
                        revs.add(new Revision(p.stationCode(), 1, p, by, now, ""));
                    } else if (old.equals(p)) {
                        same++;
                    } else {
                        RowIssue issue = new RowIssue(name, 0, p.stationCode(), "-",
                                "the station already has a protocol with other figures; enter a correction with a reason");
                        if (mode == ImportMode.STRICT) throw new BadInputException(issue.message());
                        skipped.add(issue);
                    }
                }
                if (revs.isEmpty() && newTerritories.isEmpty()) return same;
                store.append(id, newTerritories, revs);
                if (!revs.isEmpty()) {
                    events.publish(new ProtocolsImported(id, name, revs.stream().map(Revision::station).toList(),
                            newTerritories.size(), by, now));
                } else {
                    events.publish(new TerritoriesAdded(id, newTerritories.stream().map(Territory::code).toList(), by, now));
                }
                return same;
            });
            if (!newTerritories.isEmpty()) totals.reload(id);
            else if (!revs.isEmpty()) totals.record(id, revs.stream().map(Revision::protocol).toList());
        }
        return new ImportReport(name, mode.name().toLowerCase(), read.protocols().size() + read.skipped().size(),
                revs.size(), unchanged, newTerritories.size(), List.copyOf(skipped), (System.nanoTime() - start) / 1_000_000);
    }
}
