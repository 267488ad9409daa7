package org.atazan.record;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;

/**
 * Logs written to a directory in the layout the platform serves under /record (checkpoint, tile/...),
 * through {@link PublicRecord} itself: what the verifier reads in the tests, and what a mirror of the
 * log would hold.
 */
public final class TestLogs {
    public static final String ORIGIN = "atazan.test/record";

    private TestLogs() {
    }

    public static KeyPair keys() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A log of {@code n} entries like the platform's (canonical JSON of a decision). */
    public static PublicRecord record(KeyPair keys, long n) {
        PublicRecord r = new PublicRecord(new MemoryStore(), ORIGIN, keys.getPrivate(), NoteKey.of(ORIGIN, keys.getPublic()));
        for (long i = 0; i < n; i++) r.append("test.decision", "d-" + i, entry(i));
        return r;
    }

    public static byte[] entry(long i) {
        return ("{\"decision\":{\"number\":" + i + ",\"outcome\":\"adopted\"},\"kind\":\"test.decision\",\"object\":\"d-" + i + "\"}")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** Writes the log's checkpoint, every hash tile and every entry bundle under {@code dir}; the checkpoint's text. */
    public static String write(PublicRecord record, Path dir) {
        try {
            String note = record.checkpoint().serialized();
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("checkpoint"), note);
            long size = Checkpoint.parse(SignedNote.parse(note).text()).size();
            for (Tiles.Tile t : Tiles.hashTiles(size)) put(record, dir, t);
            for (long b = 0; b < Tiles.bundles(size); b++) put(record, dir, Tiles.tileAt(Tiles.ENTRIES, b, size));
            return note;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void put(PublicRecord record, Path dir, Tiles.Tile t) throws IOException {
        Path file = dir.resolve(t.path());
        Files.createDirectories(file.getParent());
        Files.write(file, record.tile(t).orElseThrow());
    }

    public static String keyText(KeyPair keys) {
        return NoteKey.of(ORIGIN, keys.getPublic()).text() + "\n";
    }
}
