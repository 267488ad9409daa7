package org.atazan.voting.forensics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Integer-percentage anomalies after Kobak, Shpilkin &amp; Pshenichnikov (Ann. Appl. Stat. 2016).
 * Which stations count and what their turnout is: {@link Selection} (by default the paper's: at least
 * 100 registered, turnout = ballots issued / registered); yes share = yes / ballots in the boxes. A
 * value is integer when it lies within ±0.05 percentage points of a whole percent, tested exactly in
 * integers: min(100k mod n, n − 100k mod n) · 20 ≤ n. A station counts once if either figure is integer.
 * The expectation redraws each station's figures from binomials ({@link Binomial}): under the paper's
 * selection, as the authors' code does, turnout ~ Bin(registered, turnout) and yes ~ Bin(ballots in the
 * boxes, yes share), independently; under {@link Selection#VOTED}, voters ~ Bin(registered, turnout)
 * and yes ~ Bin(voters, yes share). Each repetition gets its own SplittableRandom split from the seed in
 * order before the parallel loop, so results depend on the seed only, not on threads.
 */
public final class IntegerPercentages {
    private IntegerPercentages() {
    }

    static boolean integer(long k, long n) {
        if (n <= 0) return false;
        long r = (100 * k) % n;
        return Math.min(r, n - r) * 20 <= n;
    }

    /** The test under the paper's selection. */
    public static IntegerReport analyse(StationData d, int reps, long seed) {
        return analyse(d, Selection.PAPER, reps, seed);
    }

    /** Runs the observed count and {@code reps} seeded simulations, in parallel on the common pool. */
    public static IntegerReport analyse(StationData d, Selection selection, int reps, long seed) {
        if (reps < 1) throw new IllegalArgumentException("reps must be at least 1: " + reps);
        int[] idx = IntStream.range(0, d.size()).filter(i -> selection.eligible(d, i)).toArray();
        List<IntegerStation> found = new ArrayList<>();
        for (int i : idx) {
            int turnout = selection.turnoutCount(d, i);
            boolean t = integer(turnout, d.registered[i]);
            boolean y = integer(d.yes[i], d.inBoxes[i]);
            if (t || y) {
                found.add(new IntegerStation(d.codes[i], d.registered[i], turnout,
                        100.0 * turnout / d.registered[i], 100.0 * d.yes[i] / d.inBoxes[i], t, y));
            }
        }
        found.sort(Comparator.comparingInt(IntegerStation::voters).reversed().thenComparing(IntegerStation::station));
        SplittableRandom root = new SplittableRandom(seed);
        SplittableRandom[] rngs = new SplittableRandom[reps];
        for (int r = 0; r < reps; r++) rngs[r] = root.split();
        int[] counts = IntStream.range(0, reps).parallel().map(r -> selection == Selection.PAPER
                ? simulatePaper(d, idx, rngs[r]) : simulateVoted(d, idx, rngs[r])).toArray();
        double mean = Arrays.stream(counts).average().orElse(0);
        double var = sampleVariance(counts, mean);
        int[] sorted = counts.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(0.999 * reps);
        return new IntegerReport(idx.length, found.size(), mean, found.size() - mean, sorted[Math.max(0, rank - 1)],
                Math.sqrt(var), reps, seed, selection, List.copyOf(found));
    }

    /** The unbiased variance of the simulated counts; 0 with a single repetition. */
    static double sampleVariance(int[] counts, double mean) {
        if (counts.length < 2) return 0;
        double squares = 0;
        for (int c : counts) squares += (c - mean) * (c - mean);
        return squares / (counts.length - 1);
    }

    // Both draws as in the authors' code: the yes share's base (ballots in the boxes) stays as counted.
    static int simulatePaper(StationData d, int[] idx, SplittableRandom rnd) {
        int count = 0;
        for (int i : idx) {
            int n = d.registered[i];
            int b = d.inBoxes[i];
            int t = Binomial.draw(rnd, n, (double) d.issued[i] / n);
            int y = Binomial.draw(rnd, b, (double) d.yes[i] / b);
            if (integer(t, n) || integer(y, b)) count++;
        }
        return count;
    }

    static int simulateVoted(StationData d, int[] idx, SplittableRandom rnd) {
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
