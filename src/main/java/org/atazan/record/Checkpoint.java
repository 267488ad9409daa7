package org.atazan.record;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

/**
 * A log's state in the C2SP tlog-checkpoint format: the origin (the log's name), the tree size and the
 * root hash, one per line, each ending in a newline. This text is the body of a signed note.
 *
 * @param origin   the log's unique name, e.g. {@code atazan.example.kz/record}
 * @param size     how many entries the tree has
 * @param rootHash the tree's root hash (32 bytes)
 */
public record Checkpoint(String origin, long size, byte[] rootHash) {
    public Checkpoint {
        if (origin == null || origin.isEmpty() || origin.chars().anyMatch(c -> c == '\n' || Character.isISOControl(c))) {
            throw new IllegalArgumentException("an origin is one non-empty line without control characters");
        }
        if (size < 0) throw new IllegalArgumentException("negative tree size " + size);
        if (rootHash == null || rootHash.length != Merkle.HASH_BYTES) throw new IllegalArgumentException("a root hash has 32 bytes");
        rootHash = rootHash.clone();
    }

    @Override
    public byte[] rootHash() {
        return rootHash.clone();
    }

    /** The note body: origin, size and base64 root, each on its own line. */
    public String text() {
        return origin + "\n" + size + "\n" + Base64.getEncoder().encodeToString(rootHash) + "\n";
    }

    public byte[] bytes() {
        return text().getBytes(StandardCharsets.UTF_8);
    }

    /** Reads a checkpoint's first three lines (extension lines after them are allowed and ignored). */
    public static Checkpoint parse(String text) {
        if (!text.endsWith("\n")) throw new IllegalArgumentException("a checkpoint ends with a newline");
        String[] lines = text.split("\n", -1);
        if (lines.length < 4) throw new IllegalArgumentException("a checkpoint has an origin, a size and a root hash line");
        if (!lines[1].matches("0|[1-9][0-9]{0,18}")) throw new IllegalArgumentException("line 2: not a tree size: " + lines[1]);
        byte[] root;
        try {
            root = Base64.getDecoder().decode(lines[2]);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("line 3: not base64: " + lines[2]);
        }
        return new Checkpoint(lines[0], Long.parseLong(lines[1]), root);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Checkpoint c && c.origin.equals(origin) && c.size == size && Arrays.equals(c.rootHash, rootHash);
    }

    @Override
    public int hashCode() {
        return origin.hashCode() * 31 + Long.hashCode(size) * 17 + Arrays.hashCode(rootHash);
    }

    @Override
    public String toString() {
        return text();
    }
}
