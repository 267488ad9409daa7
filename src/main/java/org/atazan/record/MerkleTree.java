package org.atazan.record;

import java.util.ArrayList;
import java.util.List;

/**
 * Roots and proofs of a log's tree at any size, per RFC 9162 §2.1 (D_n: the first n leaves; the
 * javadoc avoids square brackets, which Spring Modulith's documentation reader takes for JSON): the tree hash MTH of the first
 * {@code n} leaves, the inclusion proof PATH(m, D_n) and the consistency proof PROOF(m, D_n).
 * Computed from the leaf hashes by the RFC's recursive definitions; a full subtree's hash can come
 * from a cache of the store ({@link SubtreeHashes}), which is how a large log answers without
 * rehashing every leaf.
 */
public final class MerkleTree {
    private final LeafHashes leaves;
    private final SubtreeHashes cache;

    /** Hashes of complete subtrees (a power-of-two run of leaves starting at a multiple of its size), if known. */
    @FunctionalInterface
    public interface SubtreeHashes {
        /** The hash of the {@code size} leaves from {@code start}, or {@code null} when not kept. */
        byte[] get(long start, long size);

        SubtreeHashes NONE = (start, size) -> null;
    }

    public MerkleTree(LeafHashes leaves) {
        this(leaves, SubtreeHashes.NONE);
    }

    public MerkleTree(LeafHashes leaves, SubtreeHashes cache) {
        this.leaves = leaves;
        this.cache = cache;
    }

    /** MTH(D_n): the root of the tree of the first {@code n} leaves. */
    public byte[] root(long n) {
        if (n < 0) throw new IllegalArgumentException("negative tree size " + n);
        return n == 0 ? Merkle.emptyRoot() : hash(0, n);
    }

    /** PATH(m, D_n): the inclusion proof of leaf {@code m} in the tree of size {@code n}, leaf side first. */
    public List<byte[]> inclusionProof(long m, long n) {
        if (m < 0 || m >= n) throw new IllegalArgumentException("leaf " + m + " is not in a tree of size " + n);
        List<byte[]> proof = new ArrayList<>();
        path(m, 0, n, proof);
        return proof;
    }

    /** PROOF(m, D_n): the consistency proof that the tree of size {@code m} is a prefix of the tree of size {@code n}. */
    public List<byte[]> consistencyProof(long m, long n) {
        if (m < 1 || m > n) throw new IllegalArgumentException("no consistency proof from size " + m + " to " + n);
        List<byte[]> proof = new ArrayList<>();
        subproof(m, 0, n, true, proof);
        return proof;
    }

    private void path(long m, long start, long n, List<byte[]> out) {
        if (n == 1) return;
        long k = Merkle.split(n);
        if (m < k) {
            path(m, start, k, out);
            out.add(hash(start + k, n - k));
        } else {
            path(m - k, start + k, n - k, out);
            out.add(hash(start, k));
        }
    }

    private void subproof(long m, long start, long n, boolean whole, List<byte[]> out) {
        if (m == n) {
            if (!whole) out.add(hash(start, n));
            return;
        }
        long k = Merkle.split(n);
        if (m <= k) {
            subproof(m, start, k, whole, out);
            out.add(hash(start + k, n - k));
        } else {
            subproof(m - k, start + k, n - k, false, out);
            out.add(hash(start, k));
        }
    }

    /** MTH of the {@code n} leaves from {@code start}. */
    private byte[] hash(long start, long n) {
        if (n == 1) return leaves.at(start);
        if (Long.bitCount(n) == 1 && start % n == 0) {
            byte[] kept = cache.get(start, n);
            if (kept != null) return kept;
        }
        long k = Merkle.split(n);
        return Merkle.nodeHash(hash(start, k), hash(start + k, n - k));
    }
}
