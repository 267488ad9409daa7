package org.atazan.systematization;

import java.util.SplittableRandom;

/**
 * MinHash sketches of shingle sets: for each of {@code hashes} functions (multiply-add on the already
 * mixed 64-bit shingle hash, upper 32 bits kept) the least value over the set. Two sets agree at a
 * position with probability equal to their Jaccard similarity. Each minimum is stored in 16 bits, which
 * adds a chance agreement of 1 in 65,536: negligible, and it halves the memory of a million sketches.
 */
public final class MinHash {
    private final long[] a;
    private final long[] b;

    public MinHash(int hashes, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        a = new long[hashes];
        b = new long[hashes];
        for (int i = 0; i < hashes; i++) {
            a[i] = r.nextLong() | 1;
            b[i] = r.nextLong();
        }
    }

    public int hashes() {
        return a.length;
    }

    /** Writes the sketch of a non-empty set of shingle hashes into {@code into} from {@code at}. */
    public void sketch(long[] shingles, short[] into, int at) {
        int k = a.length;
        for (int i = 0; i < k; i++) {
            long ai = a[i], bi = b[i];
            long min = Long.MAX_VALUE;
            for (long x : shingles) {
                long v = (ai * x + bi) >>> 32;
                if (v < min) min = v;
            }
            into[at + i] = (short) min;
        }
    }

    /** The share of positions where two sketches agree: an estimate of the sets' Jaccard similarity. */
    public static double similarity(short[] s, int at, short[] t, int bt, int hashes) {
        int same = 0;
        for (int i = 0; i < hashes; i++) if (s[at + i] == t[bt + i]) same++;
        return (double) same / hashes;
    }
}
