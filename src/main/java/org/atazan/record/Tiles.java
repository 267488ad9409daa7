package org.atazan.record;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The arithmetic of C2SP tlog-tiles, shared by the server and the verifier: a log is served as
 * tiles of 256 hashes (level L holds the hashes of complete subtrees of 256 to the power L leaves)
 * and entry bundles of 256 entries, each entry prefixed by its length in two bytes, big-endian.
 * A tile's index is written in groups of three digits, all but the last prefixed with "x"
 * (1234067 is x001/x234/067); a partial tile (the right edge of the tree) adds ".p/" and its width.
 */
public final class Tiles {
    /** Hashes in a full tile, entries in a full bundle. */
    public static final int WIDTH = 256;
    /** The longest entry a bundle can carry (its length is written in two bytes). */
    public static final int MAX_ENTRY_BYTES = 0xffff;
    /** The largest level the format allows. */
    public static final int MAX_LEVEL = 63;
    /** Level of the entry bundles in a {@link Tile}. */
    public static final int ENTRIES = -1;

    private Tiles() {
    }

    /**
     * One tile or entry bundle.
     *
     * @param level the hash level (0 for leaf hashes), or {@link #ENTRIES} for an entry bundle
     * @param index the tile's index at its level
     * @param width how many hashes or entries it holds: 256 when full, 1 to 255 when partial
     */
    public record Tile(int level, long index, int width) {
        public Tile {
            if (level < ENTRIES || level > MAX_LEVEL) throw new IllegalArgumentException("level " + level + " is not 0 to 63");
            if (index < 0) throw new IllegalArgumentException("negative tile index " + index);
            if (width < 1 || width > WIDTH) throw new IllegalArgumentException("tile width " + width + " is not 1 to 256");
        }

        public boolean entries() {
            return level == ENTRIES;
        }

        public boolean full() {
            return width == WIDTH;
        }

        /** The path under the log's prefix, e.g. {@code tile/0/x001/234.p/17} or {@code tile/entries/000}. */
        public String path() {
            return "tile/" + (entries() ? "entries" : Integer.toString(level)) + "/" + encodeIndex(index)
                    + (full() ? "" : ".p/" + width);
        }

        /** The index of the first leaf the tile covers. */
        public long firstLeaf() {
            return index * WIDTH * leavesPerHash(Math.max(level, 0));
        }

        @Override
        public String toString() {
            return path();
        }
    }

    /** 1234067 as x001/x234/067. */
    public static String encodeIndex(long n) {
        if (n < 0) throw new IllegalArgumentException("negative tile index " + n);
        String digits = Long.toString(n);
        int pad = (3 - digits.length() % 3) % 3;
        digits = "0".repeat(pad) + digits;
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < digits.length(); i += 3) {
            if (i > 0) b.append('/');
            if (i + 3 < digits.length()) b.append('x');
            b.append(digits, i, i + 3);
        }
        return b.toString();
    }

    /** Reads a path under the log's prefix ({@code tile/L/N} or {@code tile/entries/N}, with ".p/W" when partial); refuses anything else with the reason. */
    public static Tile parse(String path) {
        if (path == null || !path.startsWith("tile/")) throw new IllegalArgumentException("a tile path starts with tile/");
        String rest = path.substring("tile/".length());
        int slash = rest.indexOf('/');
        if (slash < 0) throw new IllegalArgumentException("a tile path is tile/<level>/<index>");
        String levelPart = rest.substring(0, slash);
        int level;
        if (levelPart.equals("entries")) {
            level = ENTRIES;
        } else if (levelPart.matches("0|[1-9][0-9]?")) {
            level = Integer.parseInt(levelPart);
            if (level > MAX_LEVEL) throw new IllegalArgumentException("level " + level + " is not 0 to 63");
        } else {
            throw new IllegalArgumentException("level '" + levelPart + "' is not a number from 0 to 63 or 'entries'");
        }
        String indexPart = rest.substring(slash + 1);
        int width = WIDTH;
        int p = indexPart.indexOf(".p/");
        if (p >= 0) {
            String w = indexPart.substring(p + 3);
            if (!w.matches("[1-9][0-9]{0,2}") || Integer.parseInt(w) >= WIDTH) {
                throw new IllegalArgumentException("partial width '" + w + "' is not 1 to 255");
            }
            width = Integer.parseInt(w);
            indexPart = indexPart.substring(0, p);
        }
        String[] groups = indexPart.split("/", -1);
        long index = 0;
        for (int i = 0; i < groups.length; i++) {
            String g = groups[i];
            boolean last = i == groups.length - 1;
            if (!(last ? g.matches("[0-9]{3}") : g.matches("x[0-9]{3}"))) {
                throw new IllegalArgumentException("tile index '" + indexPart + "' is not in groups of three digits (x001/x234/067)");
            }
            if (i == 0 && groups.length > 1 && g.equals("x000")) {
                throw new IllegalArgumentException("tile index '" + indexPart + "' has a leading group of zeros");
            }
            if (index > (Long.MAX_VALUE - 999) / 1000) throw new IllegalArgumentException("tile index '" + indexPart + "' is too large");
            index = index * 1000 + Integer.parseInt(last ? g : g.substring(1));
        }
        return new Tile(level, index, width);
    }

    /** How many leaves a hash of this level covers: 256 to the power {@code level}, or -1 when that exceeds a long. */
    public static long leavesPerHash(int level) {
        return level >= 8 ? -1 : 1L << (8 * level);
    }

    /** How many hashes of this level a tree of {@code size} leaves has (complete subtrees only). */
    public static long hashesAt(int level, long size) {
        return level >= 8 ? 0 : size >>> (8 * level);
    }

    /** The tile of {@code level} and {@code index} as it is in a tree of {@code size}, or null when that tree has none there. */
    public static Tile tileAt(int level, long index, long size) {
        long n = level == ENTRIES ? size : hashesAt(level, size);
        long from = index * WIDTH;
        if (index < 0 || from >= n) return null;
        return new Tile(level, index, (int) Math.min(WIDTH, n - from));
    }

    /** Every hash tile of a tree of {@code size}, level by level (the bundles are the level-0 tiles' counterparts). */
    public static List<Tile> hashTiles(long size) {
        List<Tile> out = new ArrayList<>();
        for (int level = 0; level <= MAX_LEVEL && hashesAt(level, size) > 0; level++) {
            long n = hashesAt(level, size);
            for (long i = 0; i * WIDTH < n; i++) out.add(tileAt(level, i, size));
        }
        return out;
    }

    /** How many entry bundles a tree of {@code size} has. */
    public static long bundles(long size) {
        return (size + WIDTH - 1) / WIDTH;
    }

    /** An entry bundle: each entry after its length in two bytes, big-endian. */
    public static byte[] bundle(List<byte[]> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] e : entries) {
            if (e.length > MAX_ENTRY_BYTES) throw new IllegalArgumentException("an entry of " + e.length + " bytes is longer than 65,535");
            out.write(e.length >>> 8);
            out.write(e.length & 0xff);
            out.write(e, 0, e.length);
        }
        return out.toByteArray();
    }

    /** The entries of a bundle that must hold exactly {@code expected}; a malformed bundle is refused with where it breaks. */
    public static List<byte[]> entries(byte[] bundle, int expected) {
        List<byte[]> out = new ArrayList<>(expected);
        int at = 0;
        while (at < bundle.length) {
            if (out.size() == expected) {
                throw new IllegalArgumentException("more than " + expected + " entries (" + (bundle.length - at) + " bytes after entry " + (expected - 1) + ")");
            }
            if (at + 2 > bundle.length) throw new IllegalArgumentException("entry " + out.size() + ": its length is cut off at byte " + at);
            int len = ((bundle[at] & 0xff) << 8) | (bundle[at + 1] & 0xff);
            at += 2;
            if (at + len > bundle.length) {
                throw new IllegalArgumentException("entry " + out.size() + ": " + len + " bytes announced, " + (bundle.length - at) + " left");
            }
            byte[] e = new byte[len];
            System.arraycopy(bundle, at, e, 0, len);
            out.add(e);
            at += len;
        }
        if (out.size() != expected) throw new IllegalArgumentException(out.size() + " entries, not " + expected);
        return out;
    }

    /** A hash tile's bytes: its hashes one after the other. */
    public static byte[] hashTile(List<byte[]> hashes) {
        byte[] out = new byte[hashes.size() * Merkle.HASH_BYTES];
        for (int i = 0; i < hashes.size(); i++) System.arraycopy(hashes.get(i), 0, out, i * Merkle.HASH_BYTES, Merkle.HASH_BYTES);
        return out;
    }

    /** The hashes of a tile that must hold {@code expected}; refused when its length is not that many times 32. */
    public static List<byte[]> hashes(byte[] tile, int expected) {
        if (tile.length != expected * Merkle.HASH_BYTES) {
            throw new IllegalArgumentException(tile.length + " bytes, not " + expected + " hashes of 32 bytes");
        }
        List<byte[]> out = new ArrayList<>(expected);
        for (int i = 0; i < expected; i++) {
            byte[] h = new byte[Merkle.HASH_BYTES];
            System.arraycopy(tile, i * Merkle.HASH_BYTES, h, 0, Merkle.HASH_BYTES);
            out.add(h);
        }
        return out;
    }
}
