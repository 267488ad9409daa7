package org.atazan.record;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The two hashes of RFC 9162 §2.1.1 (SHA-256): a leaf is hashed with the prefix 0x00 and an interior
 * node with 0x01, so that no leaf can pass for a node (second-preimage resistance).
 */
public final class Merkle {
    public static final int HASH_BYTES = 32;
    private static final byte[] EMPTY_ROOT = sha256().digest();
    /**
     * One digest per thread, reset by each {@code digest()}: looking the algorithm up in the providers for every
     * hash showed in a profile of the decisions' path (a tenth of the record's share of a decision).
     */
    private static final ThreadLocal<MessageDigest> DIGEST = ThreadLocal.withInitial(Merkle::sha256);

    private Merkle() {
    }

    public static byte[] leafHash(byte[] entry) {
        MessageDigest d = DIGEST.get();
        d.update((byte) 0x00);
        return d.digest(entry);
    }

    public static byte[] nodeHash(byte[] left, byte[] right) {
        MessageDigest d = DIGEST.get();
        d.update((byte) 0x01);
        d.update(left);
        return d.digest(right);
    }

    /** The root of the empty tree: the hash of nothing. */
    public static byte[] emptyRoot() {
        return EMPTY_ROOT.clone();
    }

    /** The largest power of two smaller than {@code n} (n &gt; 1): where RFC 9162 splits a tree. */
    static long split(long n) {
        return Long.highestOneBit(n - 1);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is in every JDK", e);
        }
    }
}
