package org.atazan.voting;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
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
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        StringBuilder line = new StringBuilder(160);
        for (Revision r : sorted) {
            Protocol p = r.protocol();
            line.setLength(0);
            escape(line, r.station());
            line.append('\t').append(r.number()).append('\t').append(p.registered()).append('\t').append(p.issued())
                    .append('\t').append(p.inBoxes()).append('\t').append(p.invalid());
            for (QuestionResult q : p.questions()) {
                line.append('\t');
                escape(line, q.questionId());
                line.append('\t').append(q.yes()).append('\t').append(q.no());
            }
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
