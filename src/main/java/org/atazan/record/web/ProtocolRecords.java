package org.atazan.record.web;

import org.atazan.kernel.NotFoundException;
import org.atazan.record.Checkpoint;
import org.atazan.record.Merkle;
import org.atazan.record.ProtocolCheck;
import org.atazan.record.ProtocolCode;
import org.atazan.record.PublicRecord;
import org.atazan.record.SignedNote;
import org.atazan.voting.LiveTotals;
import org.atazan.voting.ProtocolDesk;
import org.atazan.voting.Referendum;
import org.atazan.voting.Revision;
import org.atazan.voting.TallyTree;
import org.atazan.voting.Territory;
import org.atazan.voting.VoteRegistry;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * A station's protocol as published (voting's face) with its entries in the public record: what the
 * printed protocol, its code and the check of a code are made from.
 */
@Component
class ProtocolRecords {
    private final VoteRegistry votes;
    private final ProtocolDesk protocols;
    private final LiveTotals totals;
    private final PublicRecord record;

    ProtocolRecords(VoteRegistry votes, ProtocolDesk protocols, LiveTotals totals, PublicRecord record) {
        this.votes = votes;
        this.protocols = protocols;
        this.totals = totals;
        this.record = record;
    }

    /** A station of a vote with every revision of its protocol, oldest first; 404 when there is none. */
    record Station(Referendum vote, Territory station, List<Territory> path, List<Revision> revisions) {
        Revision revision(int n) {
            return revisions.stream().filter(r -> r.number() == n).findFirst()
                    .orElseThrow(() -> new NotFoundException("station '" + station.code() + "' of '" + vote.id() + "' has no revision " + n
                            + " (1 to " + revisions.size() + ")"));
        }

        Revision current() {
            return revisions.get(revisions.size() - 1);
        }
    }

    Station station(String voteId, String code) {
        Referendum vote = votes.vote(voteId);
        TallyTree tree = totals.tree(voteId);
        if (!tree.contains(code)) throw new NotFoundException("no station '" + code + "' in '" + voteId + "'");
        List<Revision> revisions = protocols.history(voteId, code);
        List<Territory> path = new ArrayList<>();
        for (Territory t = tree.territory(code); t.parentCode() != null; t = tree.territory(t.parentCode())) {
            path.add(tree.territory(t.parentCode()));
        }
        Collections.reverse(path);
        return new Station(vote, tree.territory(code), List.copyOf(path), revisions);
    }

    /** A revision's entry in the log, once appended: its index and leaf hash. */
    record Entry(long index, byte[] leafHash) {
        String leafHex() {
            return HexFormat.of().formatHex(leafHash);
        }
    }

    Optional<Entry> entry(String vote, String station, int revision) {
        var index = record.entryFor(ProtocolCheck.kindOf(revision), ProtocolCheck.entryKey(vote, station, revision));
        if (index.isEmpty()) return Optional.empty();
        return record.entry(index.getAsLong()).map(bytes -> new Entry(index.getAsLong(), Merkle.leafHash(bytes)));
    }

    /** The code printed on a revision's protocol. */
    ProtocolCode code(Station s, Revision r) {
        Optional<Entry> e = entry(s.vote().id(), s.station().code(), r.number());
        return new ProtocolCode(s.vote().id(), s.station().code(), r.number(), ProtocolCode.figures(r.protocol()),
                e.map(Entry::index).orElse(null), e.map(Entry::leafHex).orElse(null));
    }

    static List<ProtocolCheck.Published> published(List<Revision> revisions) {
        return revisions.stream().map(r -> new ProtocolCheck.Published(r.number(), ProtocolCode.figures(r.protocol()))).toList();
    }

    /** The entry of a revision with its proof in the tree of the checkpoint, if appended. */
    Optional<ProtocolCheck.Evidence> evidence(String vote, String station, int revision, SignedNote note) {
        Checkpoint cp = Checkpoint.parse(note.text());
        var index = record.entryFor(ProtocolCheck.kindOf(revision), ProtocolCheck.entryKey(vote, station, revision));
        // An entry appended after the checkpoint was signed is not in its tree yet: as if not appended.
        if (index.isEmpty() || index.getAsLong() >= cp.size()) return Optional.empty();
        PublicRecord.Inclusion in = record.inclusion(index.getAsLong(), cp.size());
        return Optional.of(new ProtocolCheck.Evidence(in.index(), in.entry(), in.proof(), cp));
    }

    SignedNote checkpoint() {
        return record.checkpoint();
    }

    /** A code held against what the platform published; nothing published (no vote, station or protocol) is UNKNOWN. */
    ProtocolCheck.Verdict check(ProtocolCode code) {
        List<Revision> revisions;
        try {
            votes.vote(code.vote());
            revisions = protocols.history(code.vote(), code.station());
        } catch (NotFoundException e) {
            return ProtocolCheck.check(code, List.of(), null);
        }
        SignedNote note = record.checkpoint();
        return ProtocolCheck.check(code, published(revisions),
                evidence(code.vote(), code.station(), code.revision(), note).orElse(null));
    }
}
