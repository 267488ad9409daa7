package org.atazan.consultation;

import org.atazan.kernel.TsvDigest;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Proposals from another channel were imported: how many were added, found unchanged and left out, and
 * a SHA-256 {@link #digest digest} of those added, so that the event stays small for a hundred thousand
 * rows and still names exactly what was imported (the proposals are in the store and the open data).
 */
public record ProposalsImported(String consultationId, String channel, String file, int added, int unchanged, long skipped,
                                String digest, String by, Instant at) implements ConsultationEvent {

    /**
     * SHA-256 of proposals in a canonical form anyone can recompute from the open data: one line per
     * proposal in reference order, {@code reference, channel, externalId, article ("" for the whole text),
     * kind, language, receivedAt (ISO-8601, UTC), wording, reasons} separated by TAB and ended by LF, in
     * UTF-8; a backslash, TAB, CR or LF inside a value is written {@code \\}, {@code \t}, {@code \r}, {@code \n}.
     *
     * @return lower-case hexadecimal
     */
    public static String digest(Collection<Proposal> proposals) {
        List<Proposal> sorted = proposals.stream().sorted(Comparator.comparing(Proposal::reference)).toList();
        TsvDigest tsv = new TsvDigest();
        for (Proposal p : sorted) {
            tsv.field(p.reference().toString()).field(p.channel().code()).field(p.externalId()).field(p.article())
                    .field(p.kind().code()).field(p.language().code()).field(p.receivedAt().toString())
                    .field(p.wording()).field(p.reasons()).endRow();
        }
        return tsv.hex();
    }

}
