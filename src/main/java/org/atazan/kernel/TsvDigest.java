package org.atazan.kernel;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 of rows written as tab-separated lines (UTF-8, each ended by LF; a backslash, TAB, CR or LF
 * inside a value written {@code \\}, {@code \t}, {@code \r}, {@code \n}): the canonical form in which
 * an event pins what an import added, so that anyone can recompute it from the open data.
 */
public final class TsvDigest {
    private final MessageDigest sha;
    private final StringBuilder line = new StringBuilder(256);
    private boolean first = true;

    public TsvDigest() {
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    public TsvDigest field(String value) {
        separate();
        TabText.append(line, value == null ? "" : value);
        return this;
    }

    public TsvDigest field(long value) {
        separate();
        line.append(value);
        return this;
    }

    /** Ends the row: its line goes into the digest. */
    public void endRow() {
        line.append('\n');
        sha.update(line.toString().getBytes(StandardCharsets.UTF_8));
        line.setLength(0);
        first = true;
    }

    /** Lower-case hexadecimal of all rows ended so far. */
    public String hex() {
        return HexFormat.of().formatHex(sha.digest());
    }

    private void separate() {
        if (!first) line.append('\t');
        first = false;
    }
}
