package org.atazan.voting.forensics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Integer-percentage anomalies after Kobak, Shpilkin &amp; Pshenichnikov (Ann. Appl. Stat. 2016).
 * Definitions: turnout = ballots in the boxes / registered; yes share = yes / ballots in the boxes
 * (the paper's "valid + invalid ballots"). A value is integer when it lies within ±0.05 percentage
 * points of a whole percent, tested exactly in integers: min(100k mod n, n − 100k mod n) · 20 ≤ n.
 * Stations count when at least 100 people voted (ballots in the boxes) and both turnout and yes share
 * are at most 99 %, as in the paper (a share of 100 % is integer trivially, and tiny stations are
 * integer by chance far too often). A station counts once if either figure is integer.
 * The expectation draws, for each station and repetition, voters ~ Bin(registered, turnout) and
 * yes ~ Bin(voters, yes share) ({@link Binomial}). Each repetition gets its own SplittableRandom split
 * from the seed in order before the parallel loop, so results depend on the seed only, not on threads.
 */
public final class IntegerPercentages {
    static final int MIN_VOTERS = 100;

    private IntegerPercentages() {
    }

    static boolean integer(long k, long n) {
        if (n <= 0) return false;
        long r = (100 * k) % n;
        return Math.min(r, n - r) * 20 <= n;
    }

    static boolean eligible(StationData d, int i) {
        return d.inBoxes[i] >= MIN_VOTERS && d.registered[i] > 0
                && 100L * d.inBoxes[i] <= 99L * d.registered[i] && 100L * d.yes[i] <= 99L * d.inBoxes[i];
    }

    /** Runs the observed count and {@code reps} seeded simulations, in parallel on the common pool. */
    public static IntegerReport analyse(StationData d, int reps, long seed) {
        if (reps < 1) throw new IllegalArgumentException("reps must be at least 1: " + reps);
        int[] idx = IntStream.range(0, d.size()).filter(i -> eligible(d, i)).toArray();
        List<IntegerStation> found = new ArrayList<>();
        for (int i : idx) {
            boolean t = integer(d.inBoxes[i], d.registered[i]);
            boolean y = integer(d.yes[i], d.inBoxes[i]);
            if (t || y) {
                found.add(new IntegerStation(d.codes[i], d.registered[i], d.inBoxes[i],
                        100.0 * d.inBoxes[i] / d.registered[i], 100.0 * d.yes[i] / d.inBoxes[i], t, y));
            }
        }
        found.sort(Comparator.comparingInt(IntegerStation::voters).reversed().thenComparing(IntegerStation::station));
        SplittableRandom root = new SplittableRandom(seed);
        SplittableRandom[] rngs = new SplittableRandom[reps];
        for (int r = 0; r < reps; r++) rngs[r] = root.split();
        int[] counts = IntStream.range(0, reps).parallel().map(r -> simulate(d, idx, rngs[r])).toArray();
        double mean = Arrays.stream(counts).average().orElse(0);
        double var = sampleVariance(counts, mean);
        int[] sorted = counts.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(0.999 * reps);
        return new IntegerReport(idx.length, found.size(), mean, found.size() - mean, sorted[Math.max(0, rank - 1)],
                Math.sqrt(var), reps, seed, List.copyOf(found));
    }

    /** The unbiased variance of the simulated counts; 0 with a single repetition. */
    static double sampleVariance(int[] counts, double mean) {
        if (counts.length < 2) return 0;
        double squares = 0;
        for (int c : counts) squares += (c - mean) * (c - mean);
        return squares / (counts.length - 1);
    }

    static int simulate(StationData d, int[] idx, SplittableRandom rnd) {
        int count = 0;
        for (int i : idx) {
            int n = d.registered[i];
            int v = Binomial.draw(rnd, n, (double) d.inBoxes[i] / n);
            int y = Binomial.draw(rnd, v, (double) d.yes[i] / d.inBoxes[i]);
            if (integer(v, n) || integer(y, v)) count++;
        }
        return count;
    }
}
