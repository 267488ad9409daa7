package org.atazan.record;

/**
 * The leaf hashes of a log, by index: what a tree is computed from. A store keeps them (in memory,
 * in PostgreSQL, in tiles); the tree's arithmetic needs only this.
 */
@FunctionalInterface
public interface LeafHashes {

    /** The leaf hash at {@code index} (0-based), which must be below the log's size. */
    byte[] at(long index);
}
