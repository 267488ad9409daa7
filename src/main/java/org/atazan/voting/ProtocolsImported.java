package org.atazan.voting;

import org.atazan.kernel.TsvDigest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A protocol file was imported: how many first protocols it added and how many territories it
 * created, and a SHA-256 {@link #digest(Collection) digest} of the revisions it added, so that the
 * event stays a few hundred bytes for a hundred thousand stations and a later record can still refer
 * to exactly what was imported. The revisions themselves are in the store: {@link ProtocolImport#revisions}
 * reads them back (they are those entered at {@code at}), and their digest equals this one.
 *
 * @param protocols the revisions added (all revision 1)
 * @param digest    lower-case hex SHA-256 of the added revisions in the canonical form of {@link #digest}
 */
public record ProtocolsImported(String referendum, String file, int protocols, String digest, int newTerritories,
                                String by, java.time.Instant at) implements VotingEvent {

    /**
     * The SHA-256 of revisions in a canonical form that anyone can recompute from the open data: one
     * line per revision, in the order of the station codes compared character by character as Unicode
     * code points (which is the order of their UTF-8 bytes, and Python's {@code sorted}); each line is
     * {@code station, revision, registered, issued, inBoxes, invalid}, then for each question
     * {@code id, yes, no}, separated by a TAB and ended by a LF, encoded in UTF-8. A backslash, TAB, CR
     * or LF inside the station code or a question id is written {@code \\}, {@code \t}, {@code \r},
     * {@code \n}.
     *
     * @return lower-case hexadecimal
     */
    public static String digest(Collection<Revision> revisions) {
        List<Revision> sorted = new ArrayList<>(revisions);
        sorted.sort((a, b) -> compareCodePoints(a.station(), b.station()));
        TsvDigest tsv = new TsvDigest();
        for (Revision r : sorted) {
            Protocol p = r.protocol();
            tsv.field(r.station()).field(r.number()).field(p.registered()).field(p.issued()).field(p.inBoxes()).field(p.invalid());
            for (QuestionResult q : p.questions()) tsv.field(q.questionId()).field(q.yes()).field(q.no());
            tsv.endRow();
        }
        return tsv.hex();
    }


    private static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) return Integer.compare(ca, cb);
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
