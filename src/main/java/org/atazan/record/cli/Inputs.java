package org.atazan.record.cli;

import org.atazan.record.CosignerKey;
import org.atazan.record.NoteKey;
import org.atazan.record.TileSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reading the commands' small input files: bounded, and refused with the file's name and the reason. */
final class Inputs {
    static final int MAX_KEY = 4 * 1024;
    static final int MAX_PROOF = 1024 * 1024;

    private Inputs() {
    }

    static String text(Path file, int maxBytes, String what) {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(TileSource.readBounded(in, file.toString(), maxBytes), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(what + " " + file + ": no such file");
        } catch (TileSource.TooLarge e) {
            throw new IllegalArgumentException(what + " " + file + ": longer than " + maxBytes + " bytes; not a " + what);
        } catch (IOException e) {
            throw new UncheckedIOException(what + " " + file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /** A witness's key file: one line name+keyid+key of type 0x04, as the witness publishes it. */
    static CosignerKey witness(Path file) {
        String text = text(file, MAX_KEY, "witness key file").strip();
        try {
            return CosignerKey.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("witness key file " + file + ": " + e.getMessage());
        }
    }

    /** A verifier key file: one line name+hash+key, as /record/key and /api/record/key serve it. */
    static NoteKey key(Path file) {
        String text = text(file, MAX_KEY, "key file").strip();
        try {
            if (text.isEmpty()) throw new IllegalArgumentException("empty");
            if (text.contains("\n")) throw new IllegalArgumentException("more than one line");
            return NoteKey.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("key file " + file + ": not a verifier key name+hash+base64 (" + e.getMessage() + ")");
        }
    }

    /** A directory or a web address holding a log. */
    static TileSource log(String where) {
        if (HttpTiles.isUrl(where)) return new HttpTiles(where);
        Path dir = Path.of(where);
        if (!Files.isDirectory(dir)) throw new IllegalArgumentException(where + ": not a directory, nor an http(s) address");
        return TileSource.directory(dir);
    }
}
