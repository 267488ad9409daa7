package org.atazan.voting.forensics;

/**
 * Turnout (x) × yes share (y) histogram weighted by voters (ballots in the boxes); turnout here is
 * ballots in the boxes / registered, the share of the voters it weighs by. Bin 0 starts at 0 %; a value of exactly 100 % falls in
 * the last bin.
 */
public final class Histogram2D {
    private final int bins;
    private final double[][] weight;

    private Histogram2D(int bins) {
        this.bins = bins;
        this.weight = new double[bins][bins];
    }

    /** Builds the histogram of all stations with registered voters and ballots in the boxes. */
    public static Histogram2D of(StationData d, int bins) {
        if (bins < 1) throw new IllegalArgumentException("bins must be positive: " + bins);
        Histogram2D h = new Histogram2D(bins);
        for (int i = 0; i < d.size(); i++) {
            if (d.registered[i] <= 0 || d.inBoxes[i] <= 0) continue;
            int x = bin((double) d.inBoxes[i] / d.registered[i], bins);
            int y = bin((double) d.yes[i] / d.inBoxes[i], bins);
            h.weight[x][y] += d.inBoxes[i];
        }
        return h;
    }

    private static int bin(double share, int bins) {
        return (int) Math.max(0, Math.min(bins - 1, Math.floor(share * bins)));
    }

    public int bins() {
        return bins;
    }

    /** Voters in the cell: x = turnout bin, y = yes-share bin. */
    public double weight(int x, int y) {
        return weight[x][y];
    }

    public double max() {
        double m = 0;
        for (double[] col : weight) for (double w : col) m = Math.max(m, w);
        return m;
    }

    public double total() {
        double t = 0;
        for (double[] col : weight) for (double w : col) t += w;
        return t;
    }

    /** 0..1 on a log scale, log(1 + w) / log(1 + max), so that thin tails stay visible. */
    public double intensity(int x, int y) {
        double m = max();
        return m == 0 ? 0 : Math.log1p(weight[x][y]) / Math.log1p(m);
    }
}
