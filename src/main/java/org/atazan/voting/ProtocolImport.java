package org.atazan.voting;

import org.atazan.kernel.BadInputException;
import org.atazan.voting.protocols.ImportResult;
import org.atazan.voting.protocols.ProtocolReader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Bulk import of a protocol file into a referendum: strict (all or nothing) or skip-invalid (every
 * skipped row reported). Stations already holding the same figures are left alone, so re-importing a
 * file changes nothing; different figures for a recorded station must come as a correction.
 */
public final class ProtocolImport {
    private final ReferendumDesk desk;

    public ProtocolImport(ReferendumDesk desk) {
        this.desk = desk;
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
        Referendum referendum = desk.referendum(id);
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
        List<Revision> revs = new ArrayList<>();
        List<Territory> newTerritories;
        int unchanged = 0;
        synchronized (desk.lock(id)) {
            TallyTree tree = desk.tree(id);
            newTerritories = read.territories().stream().filter(t -> !ReferendumDesk.known(tree, t.code())).toList();
            Instant now = Instant.now();
            for (Protocol p : read.protocols()) {
                Protocol old = tree.protocol(p.stationCode());
                if (old == null) {
                    revs.add(new Revision(p.stationCode(), 1, p, by, now, ""));
                } else if (old.equals(p)) {
                    unchanged++;
                } else {
                    RowIssue issue = new RowIssue(file.getFileName().toString(), 0, p.stationCode(), "-",
                            "the station already has a protocol with other figures; enter a correction with a reason");
                    if (mode == ImportMode.STRICT) throw new BadInputException(issue.message());
                    skipped.add(issue);
                }
            }
            desk.store().append(id, newTerritories, revs);
            desk.recorded(id, revs.stream().map(Revision::protocol).toList(), !newTerritories.isEmpty());
        }
        return new ImportReport(file.getFileName().toString(), mode.name().toLowerCase(), read.protocols().size() + read.skipped().size(),
                revs.size(), unchanged, newTerritories.size(), List.copyOf(skipped), (System.nanoTime() - start) / 1_000_000);
    }
}
