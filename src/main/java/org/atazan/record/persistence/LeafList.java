package org.atazan.record.persistence;

import org.atazan.record.LeafHashes;

import java.util.Arrays;

/**
 * The log's leaf hashes in memory, appended to and never changed, in chunks of {@value #CHUNK}. A snapshot
 * shares the chunks and costs one reference per chunk: the sequencer takes one after each batch, and copying a
 * list of every leaf each time cost time in proportion to the log (a million references per batch at a million
 * entries). Not thread-safe for appends: the caller appends and takes snapshots under one lock; a snapshot may
 * then be read by any thread, since it reads only indexes written before it was taken.
 */
final class LeafList {
    static final int CHUNK = 4096;

    private byte[][][] chunks = new byte[16][][];
    private long size;

    long size() {
        return size;
    }

    void add(byte[] leafHash) {
        int chunk = (int) (size / CHUNK);
        if (chunk == chunks.length) chunks = Arrays.copyOf(chunks, chunks.length * 2);
        if (chunks[chunk] == null) chunks[chunk] = new byte[CHUNK][];
        chunks[chunk][(int) (size % CHUNK)] = leafHash;
        size++;
    }

    /** The leaves as they are now; later appends do not show in it. */
    LeafHashes snapshot() {
        int used = (int) ((size + CHUNK - 1) / CHUNK);
        byte[][][] shared = Arrays.copyOf(chunks, used);
        long n = size;
        return i -> {
            if (i < 0 || i >= n) throw new IndexOutOfBoundsException("leaf " + i + " of " + n);
            return shared[(int) (i / CHUNK)][(int) (i % CHUNK)];
        };
    }
}
