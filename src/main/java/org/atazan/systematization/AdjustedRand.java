package org.atazan.systematization;

import java.util.HashMap;
import java.util.Map;

/**
 * The adjusted Rand index of two partitions of the same items (Hubert and Arabie, 1985): 1 when they
 * agree exactly, about 0 for a chance agreement, whatever the labels are called.
 */
public final class AdjustedRand {
    private AdjustedRand() {
    }

    public static double index(int[] a, int[] b) {
        if (a.length != b.length) throw new IllegalArgumentException("two partitions of " + a.length + " and " + b.length + " items");
        Map<Long, Long> cells = new HashMap<>();
        Map<Integer, Long> rows = new HashMap<>();
        Map<Integer, Long> cols = new HashMap<>();
        for (int i = 0; i < a.length; i++) {
            cells.merge(((long) a[i] << 32) | (b[i] & 0xffffffffL), 1L, Long::sum);
            rows.merge(a[i], 1L, Long::sum);
            cols.merge(b[i], 1L, Long::sum);
        }
        double index = 0, sumRows = 0, sumCols = 0;
        for (long n : cells.values()) index += pairs(n);
        for (long n : rows.values()) sumRows += pairs(n);
        for (long n : cols.values()) sumCols += pairs(n);
        double expected = sumRows * sumCols / pairs(a.length);
        double max = (sumRows + sumCols) / 2;
        // Both partitions trivial (one group each, or every item alone): they agree.
        if (max == expected) return 1.0;
        return (index - expected) / (max - expected);
    }

    private static double pairs(long n) {
        return n * (n - 1) / 2.0;
    }
}
