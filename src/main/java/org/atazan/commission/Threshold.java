package org.atazan.commission;

import org.atazan.kernel.BadInputException;

/**
 * A share that a count must reach: "more than half" (1/2, strictly more), "at least two thirds"
 * (2/3, or more). Counted in whole people, without rounding errors.
 */
public record Threshold(int numerator, int denominator, boolean strictlyMore) {
    public static final Threshold MORE_THAN_HALF = new Threshold(1, 2, true);
    public static final Threshold TWO_THIRDS = new Threshold(2, 3, false);

    public Threshold {
        if (denominator < 1 || numerator < 0 || numerator > denominator) {
            throw new BadInputException("a threshold is a share from 0/1 to 1/1, not " + numerator + "/" + denominator);
        }
    }

    /** The fewest of {@code base} that reach it: more than half of 118 is 60, two thirds of 118 is 79. */
    public int needed(int base) {
        long product = (long) numerator * base;
        long at = strictlyMore ? product / denominator + 1 : (product + denominator - 1) / denominator;
        // May exceed base ("more than all"): then nothing can reach it, which the result says.
        return (int) at;
    }

    public boolean reached(int count, int base) {
        long left = (long) count * denominator, right = (long) numerator * base;
        return strictlyMore ? left > right : left >= right;
    }
}
