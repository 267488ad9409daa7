package org.atazan.record;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A log's tree read from its hash tiles only (no entries): the leaf hashes from the level-0 tiles and
 * the hash of any complete subtree of 256 leaves or more from the tile of its level, each tile read
 * once, as it is in the tree of the checkpoint's size. What {@code record prove} computes proofs with.
 */
public final class TileTree implements LeafHashes, MerkleTree.SubtreeHashes {
    private final TileSource source;
    private final long size;
    private final Map<String, List<byte[]>> read = new HashMap<>();

    /** A tile the log should have and does not, or that is malformed. */
    public static final class BadTile extends RuntimeException {
        public BadTile(String message) {
            super(message);
        }
    }

    /** The tree of the checkpoint of {@code size} leaves at {@code source}. */
    public TileTree(TileSource source, long size) {
        this.source = source;
        this.size = size;
    }

    public MerkleTree tree() {
        return new MerkleTree(this, this);
    }

    @Override
    public byte[] at(long index) {
        return hashAt(0, index);
    }

    @Override
    public byte[] get(long start, long n) {
        int bits = Long.numberOfTrailingZeros(n);
        if (bits < 8) return null;
        int level = bits / 8;
        long per = Tiles.leavesPerHash(level);
        long first = start / per;
        long count = n / per;
        if (first + count > Tiles.hashesAt(level, size)) return null;
        if (count == 1) return hashAt(level, first);
        List<byte[]> run = new ArrayList<>();
        for (long i = 0; i < count; i++) run.add(hashAt(level, first + i));
        return TreeLevels.rootOf(run);
    }

    private byte[] hashAt(int level, long index) {
        Tiles.Tile t = Tiles.tileAt(level, index / Tiles.WIDTH, size);
        if (t == null) throw new IllegalArgumentException("hash " + index + " of level " + level + " is not in a tree of " + size);
        List<byte[]> hashes = read.computeIfAbsent(t.path(), p -> load(t));
        return hashes.get((int) (index % Tiles.WIDTH));
    }

    private List<byte[]> load(Tiles.Tile t) {
        try {
            return Tiles.hashes(source.read(t.path(), TileSource.MAX_TILE), t.width());
        } catch (NoSuchFileException e) {
            throw new BadTile(t.path() + " is missing at " + source.where());
        } catch (TileSource.TooLarge e) {
            throw new BadTile(e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new BadTile(t.path() + " is malformed: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + t.path() + " at " + source.where() + ": " + e.getMessage(), e);
        }
    }
}
