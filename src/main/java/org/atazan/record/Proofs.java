package org.atazan.record;

import java.security.MessageDigest;
import java.util.List;

/**
 * Verification of inclusion and consistency proofs, as RFC 9162 §2.1.3.2 and §2.1.4.2 state the
 * algorithms: what anyone who downloaded the log (or one checkpoint and a proof) runs offline. They
 * are deliberately the RFC's iterative algorithms, not the recursion that builds the proofs, so that
 * a mistake in one is not repeated in the other.
 */
public final class Proofs {

    private Proofs() {
    }

    /** Whether {@code path} proves that the leaf with {@code leafHash} is leaf {@code index} of the tree of {@code size} with {@code root}. */
    public static boolean verifyInclusion(byte[] leafHash, long index, long size, List<byte[]> path, byte[] root) {
        if (index < 0 || index >= size) return false;
        long fn = index;
        long sn = size - 1;
        byte[] r = leafHash;
        for (byte[] p : path) {
            if (sn == 0) return false;
            if ((fn & 1) == 1 || fn == sn) {
                r = Merkle.nodeHash(p, r);
                if ((fn & 1) == 0) {
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            } else {
                r = Merkle.nodeHash(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && MessageDigest.isEqual(r, root);
    }

    /** Whether {@code path} proves that the tree of {@code first} leaves with {@code firstRoot} is a prefix of the tree of {@code second} leaves with {@code secondRoot}. */
    public static boolean verifyConsistency(long first, long second, byte[] firstRoot, byte[] secondRoot, List<byte[]> path) {
        if (first < 1 || first > second) return false;
        if (first == second) return path.isEmpty() && MessageDigest.isEqual(firstRoot, secondRoot);
        if (path.isEmpty()) return false;
        List<byte[]> c = path;
        if (Long.bitCount(first) == 1) {
            c = new java.util.ArrayList<>(path.size() + 1);
            c.add(firstRoot);
            c.addAll(path);
        }
        long fn = first - 1;
        long sn = second - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        byte[] fr = c.get(0);
        byte[] sr = c.get(0);
        for (byte[] h : c.subList(1, c.size())) {
            if (sn == 0) return false;
            if ((fn & 1) == 1 || fn == sn) {
                fr = Merkle.nodeHash(h, fr);
                sr = Merkle.nodeHash(h, sr);
                if ((fn & 1) == 0) {
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            } else {
                sr = Merkle.nodeHash(sr, h);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && MessageDigest.isEqual(fr, firstRoot) && MessageDigest.isEqual(sr, secondRoot);
    }
}
