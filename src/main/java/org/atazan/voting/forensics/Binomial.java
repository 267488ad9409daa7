package org.atazan.voting.forensics;

import java.util.SplittableRandom;

/**
 * Fast binomial draws. When n·p·(1−p) &gt; 50 the normal approximation with continuity correction
 * (round(np + z·sqrt(np(1−p)))) is indistinguishable at the 0.1-percentage-point scale we look at
 * and costs one Gaussian; below that we use exact inversion of the CDF (expected O(np) steps,
 * sampling the rarer outcome so that np ≤ 100).
 */
final class Binomial {
    static final double NORMAL_ABOVE = 50;

    private Binomial() {
    }

    static int draw(SplittableRandom rnd, int n, double p) {
        if (n <= 0 || p <= 0) return 0;
        if (p >= 1) return n;
        double var = n * p * (1 - p);
        if (var > NORMAL_ABOVE) {
            long x = (long) Math.floor(n * p + Math.sqrt(var) * rnd.nextGaussian() + 0.5);
            return (int) Math.max(0, Math.min(n, x));
        }
        if (p > 0.5) return n - inversion(rnd, n, 1 - p);
        return inversion(rnd, n, p);
    }

    private static int inversion(SplittableRandom rnd, int n, double p) {
        double q = 1 - p;
        double s = p / q;
        double a = (n + 1) * s;
        double r = Math.pow(q, n);
        double u = rnd.nextDouble();
        int x = 0;
        while (u > r && x < n) {
            u -= r;
            x++;
            r *= a / x - s;
        }
        return x;
    }
}
