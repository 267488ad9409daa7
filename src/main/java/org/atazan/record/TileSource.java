package org.atazan.record;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Where a verifier reads a log laid out as C2SP tlog-tiles: {@code checkpoint}, {@code tile/...}.
 * A directory here; a web address in the command line (java.net.http).
 */
public interface TileSource {
    /** Hash tiles are 8 KiB at most; a bundle 256 entries of at most 65,535 bytes and their lengths. */
    int MAX_TILE = Tiles.WIDTH * Merkle.HASH_BYTES;
    int MAX_BUNDLE = Tiles.WIDTH * (2 + Tiles.MAX_ENTRY_BYTES);
    int MAX_CHECKPOINT = 64 * 1024;

    /**
     * The bytes at {@code path} (relative to the log's root); {@link NoSuchFileException} when the log
     * has nothing there, {@link TooLarge} past {@code maxBytes}, another {@link IOException} when it
     * cannot be read.
     */
    byte[] read(String path, int maxBytes) throws IOException;

    /** Where the log is, for messages. */
    String where();

    /** Whether a read waits on a network (then the verifier keeps several in flight); a directory does not. */
    default boolean remote() {
        return false;
    }

    /** More bytes than the path can hold. */
    final class TooLarge extends IOException {
        public TooLarge(String path, int maxBytes) {
            super(path + ": longer than " + maxBytes + " bytes");
        }
    }

    /** Reads at most {@code maxBytes} (one more is read, to tell a file that is too long). */
    static byte[] readBounded(InputStream in, String path, int maxBytes) throws IOException {
        byte[] b = in.readNBytes(maxBytes + 1);
        if (b.length > maxBytes) throw new TooLarge(path, maxBytes);
        return b;
    }

    /** A log in a directory: {@code DIR/checkpoint}, {@code DIR/tile/0/000}, ... */
    static TileSource directory(Path dir) {
        return new TileSource() {
            @Override
            public byte[] read(String path, int maxBytes) throws IOException {
                Path file;
                try {
                    file = dir.resolve(path);
                } catch (InvalidPathException e) {
                    throw new NoSuchFileException(path);
                }
                if (!Files.isRegularFile(file)) throw new NoSuchFileException(path);
                try (InputStream in = Files.newInputStream(file)) {
                    return readBounded(in, path, maxBytes);
                }
            }

            @Override
            public String where() {
                return dir.toString();
            }
        };
    }
}
