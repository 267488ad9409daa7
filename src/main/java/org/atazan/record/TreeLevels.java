package org.atazan.record;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The hashes of a log's complete 256-leaf subtrees and of every complete subtree above them, level by
 * level as the tiles hold them (level 1: 256 leaves each; level 2: 65,536; ...), built block by block
 * as leaves arrive. With these a tree of any size needs its leaf hashes only for its last, incomplete
 * block: this is the {@link MerkleTree.SubtreeHashes} the server and the verifier give their trees.
 * Memory: one hash per 256 leaves (125 KB for a million entries). Not thread-safe.
 */
public final class TreeLevels implements MerkleTree.SubtreeHashes {
    /** levels.get(L - 1): the level-L hashes, 32 bytes each, one after the other. */
    private final List<byte[]> levels = new ArrayList<>();
    private final List<Integer> counts = new ArrayList<>();

    /** How many leaves the complete blocks hold: 256 times the blocks added. */
    public long leaves() {
        return count(1) * Tiles.WIDTH;
    }

    /** How many hashes there are at {@code level} (1 or more). */
    public long count(int level) {
        return level - 1 < counts.size() ? counts.get(level - 1) : 0;
    }

    /** The hash at {@code level} (1 or more) and {@code index}: the root of 256 to the power level leaves. */
    public byte[] hash(int level, long index) {
        if (index < 0 || index >= count(level)) throw new IllegalArgumentException("no hash " + index + " at level " + level);
        int at = Math.toIntExact(index * Merkle.HASH_BYTES);
        return Arrays.copyOfRange(levels.get(level - 1), at, at + Merkle.HASH_BYTES);
    }

    /** Adds the next complete block: the 256 leaf hashes that follow those added so far. */
    public void addBlock(List<byte[]> leafHashes) {
        if (leafHashes.size() != Tiles.WIDTH) throw new IllegalArgumentException("a block has 256 leaves, not " + leafHashes.size());
        add(1, rootOf(leafHashes));
    }

    private void add(int level, byte[] hash) {
        while (levels.size() < level) {
            levels.add(new byte[Merkle.HASH_BYTES * 16]);
            counts.add(0);
        }
        int n = counts.get(level - 1);
        byte[] store = levels.get(level - 1);
        if ((n + 1) * Merkle.HASH_BYTES > store.length) {
            store = Arrays.copyOf(store, store.length * 2);
            levels.set(level - 1, store);
        }
        System.arraycopy(hash, 0, store, n * Merkle.HASH_BYTES, Merkle.HASH_BYTES);
        counts.set(level - 1, n + 1);
        if ((n + 1) % Tiles.WIDTH == 0) {
            List<byte[]> block = new ArrayList<>(Tiles.WIDTH);
            for (int i = n + 1 - Tiles.WIDTH; i <= n; i++) block.add(hash(level, i));
            add(level + 1, rootOf(block));
        }
    }

    /** The hashes of a tile at {@code level} (1 or more): {@code width} hashes from {@code index} times 256. */
    public List<byte[]> tile(int level, long index, int width) {
        List<byte[]> out = new ArrayList<>(width);
        for (int i = 0; i < width; i++) out.add(hash(level, index * Tiles.WIDTH + i));
        return out;
    }

    /** The root of a power-of-two run of hashes, taken as leaves of their own tree. */
    static byte[] rootOf(List<byte[]> hashes) {
        return new MerkleTree(i -> hashes.get((int) i)).root(hashes.size());
    }

    @Override
    public byte[] get(long start, long size) {
        // size is a power of two and start a multiple of it (MerkleTree asks for nothing else)
        int bits = Long.numberOfTrailingZeros(size);
        if (bits < 8) return null;
        int level = Math.min(bits / 8, counts.size());
        if (level == 0) return null;
        long per = Tiles.leavesPerHash(level);
        long first = start / per;
        long n = size / per;
        if (first + n > count(level)) return null;
        if (n == 1) return hash(level, first);
        List<byte[]> run = new ArrayList<>((int) n);
        for (long i = 0; i < n; i++) run.add(hash(level, first + i));
        return rootOf(run);
    }
}
