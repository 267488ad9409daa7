package org.atazan.consultation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
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
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        StringBuilder line = new StringBuilder(512);
        for (Proposal p : sorted) {
            line.setLength(0);
            line.append(p.reference()).append('\t').append(p.channel().code()).append('\t');
            escape(line, p.externalId() == null ? "" : p.externalId());
            line.append('\t');
            escape(line, p.article() == null ? "" : p.article());
            line.append('\t').append(p.kind().code()).append('\t').append(p.language().code()).append('\t')
                    .append(p.receivedAt()).append('\t');
            escape(line, p.wording());
            line.append('\t');
            escape(line, p.reasons());
            line.append('\n');
            sha.update(line.toString().getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static void escape(StringBuilder out, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                case '\n' -> out.append("\\n");
                default -> out.append(c);
            }
        }
    }
}
