package org.atazan.systematization;

import org.atazan.systematization.TermVectors.Vector;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * k-means on the unit sphere (cosine similarity) for sparse text vectors, seeded by k-means++. Some
 * centroids may be fixed: the clusters a person kept attract texts but never move, so that what a
 * person decided stays as it was while new texts find their place around it.
 */
final class SphericalKMeans {
    /** Centroids, fixed ones first; each text's centroid ({@code -1} for a text without terms). */
    record Fit(double[][] centroids, int[] labels) {
        int[] sizes() {
            int[] s = new int[centroids.length];
            for (int l : labels) if (l >= 0) s[l]++;
            return s;
        }
    }

    private SphericalKMeans() {
    }

    static Fit fit(List<Vector> docs, List<double[]> fixed, int free, int dims, int iterations, Random random) {
        int k = fixed.size() + free;
        double[][] c = new double[k][];
        for (int i = 0; i < fixed.size(); i++) c[i] = fixed.get(i);
        seed(docs, c, fixed.size(), dims, random);
        int[] labels = new int[docs.size()];
        java.util.Arrays.fill(labels, -2);
        for (int it = 0; it < iterations; it++) {
            boolean changed = false;
            for (int d = 0; d < docs.size(); d++) {
                int l = nearest(docs.get(d), c, fixed.size());
                if (l != labels[d]) {
                    labels[d] = l;
                    changed = true;
                }
            }
            if (!changed) break;
            update(docs, labels, c, fixed.size(), dims);
        }
        return new Fit(c, labels);
    }

    /** The nearest centroid, or -1 for a text without terms (it is near none). */
    static int nearest(Vector v, double[][] centroids) {
        return nearest(v, centroids, 0);
    }

    /**
     * The nearest centroid; -1 for a text without terms, and for one that shares no term with any centroid when the
     * first it would fall to by that tie is one of the {@code fixed} (kept) ones: a kept cluster attracts only texts near
     * it, never those near nothing.
     */
    static int nearest(Vector v, double[][] centroids, int fixed) {
        if (v.isEmpty()) return -1;
        int best = -1;
        double bestSim = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < centroids.length; i++) {
            if (centroids[i] == null) continue;
            double s = v.dot(centroids[i]);
            if (s > bestSim) {
                bestSim = s;
                best = i;
            }
        }
        return bestSim <= 0 && best < fixed ? -1 : best;
    }

    /** The normalised mean of the vectors, or {@code null} when they have no terms. */
    static double[] mean(List<Vector> vectors, int dims) {
        double[] m = new double[dims];
        for (Vector v : vectors) add(m, v);
        return normalise(m) ? m : null;
    }

    private static void update(List<Vector> docs, int[] labels, double[][] c, int fixed, int dims) {
        double[][] sums = new double[c.length][];
        for (int d = 0; d < docs.size(); d++) {
            int l = labels[d];
            if (l < fixed) continue;
            if (sums[l] == null) sums[l] = new double[dims];
            add(sums[l], docs.get(d));
        }
        for (int i = fixed; i < c.length; i++) {
            if (sums[i] != null && normalise(sums[i])) {
                c[i] = sums[i];
            } else {
                // An empty cluster takes the text farthest from its own centroid.
                c[i] = farthest(docs, labels, c, dims);
            }
        }
    }

    private static double[] farthest(List<Vector> docs, int[] labels, double[][] c, int dims) {
        int worst = -1;
        double worstSim = Double.POSITIVE_INFINITY;
        for (int d = 0; d < docs.size(); d++) {
            if (labels[d] < 0 || c[labels[d]] == null) continue;
            double s = docs.get(d).dot(c[labels[d]]);
            if (s < worstSim) {
                worstSim = s;
                worst = d;
            }
        }
        return worst < 0 ? null : dense(docs.get(worst), dims);
    }

    /** k-means++: each new centroid a text drawn with probability growing with its distance from those chosen. */
    private static void seed(List<Vector> docs, double[][] c, int from, int dims, Random random) {
        List<Integer> usable = new ArrayList<>();
        for (int d = 0; d < docs.size(); d++) if (!docs.get(d).isEmpty()) usable.add(d);
        if (usable.isEmpty()) return;
        double[] best = new double[usable.size()];
        java.util.Arrays.fill(best, Double.NEGATIVE_INFINITY);
        for (int i = 0; i < from; i++) if (c[i] != null) closer(docs, usable, best, c[i]);
        for (int i = from; i < c.length; i++) {
            int pick;
            if (i == 0 || allUnset(best)) {
                pick = usable.get(random.nextInt(usable.size()));
            } else {
                double total = 0;
                double[] w = new double[best.length];
                for (int u = 0; u < best.length; u++) {
                    double dist = Math.max(0, 1 - best[u]);
                    w[u] = dist * dist;
                    total += w[u];
                }
                if (total <= 0) {
                    pick = usable.get(random.nextInt(usable.size()));
                } else {
                    double r = random.nextDouble() * total;
                    int u = 0;
                    while (u < w.length - 1 && (r -= w[u]) > 0) u++;
                    pick = usable.get(u);
                }
            }
            c[i] = dense(docs.get(pick), dims);
            closer(docs, usable, best, c[i]);
        }
    }

    private static boolean allUnset(double[] best) {
        for (double b : best) if (b != Double.NEGATIVE_INFINITY) return false;
        return true;
    }

    private static void closer(List<Vector> docs, List<Integer> usable, double[] best, double[] centroid) {
        for (int u = 0; u < best.length; u++) best[u] = Math.max(best[u], docs.get(usable.get(u)).dot(centroid));
    }

    private static double[] dense(Vector v, int dims) {
        double[] d = new double[dims];
        add(d, v);
        return d;
    }

    private static void add(double[] into, Vector v) {
        int[] t = v.terms();
        float[] w = v.weights();
        for (int i = 0; i < t.length; i++) into[t[i]] += w[i];
    }

    private static boolean normalise(double[] m) {
        double n = 0;
        for (double x : m) n += x * x;
        if (n == 0) return false;
        double inv = 1 / Math.sqrt(n);
        for (int i = 0; i < m.length; i++) m[i] *= inv;
        return true;
    }

    /** Cosine distances between every two texts, computed once for all the labellings compared. */
    static float[] distances(List<Vector> docs) {
        int n = docs.size();
        float[] d = new float[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                float x = (float) (1 - docs.get(i).dot(docs.get(j)));
                d[i * n + j] = x;
                d[j * n + i] = x;
            }
        }
        return d;
    }

    /**
     * The mean silhouette of a labelling under cosine distance (Rousseeuw 1987): how much nearer each
     * text is to its own cluster than to the next one, from -1 to 1. Texts without terms, and texts
     * alone in their cluster, count 0.
     */
    static double silhouette(float[] distances, int[] labels, int k) {
        int n = labels.length;
        double total = 0;
        int[] size = new int[k];
        for (int l : labels) if (l >= 0) size[l]++;
        double[] sum = new double[k];
        for (int i = 0; i < n; i++) {
            int li = labels[i];
            if (li < 0 || size[li] < 2) continue;
            java.util.Arrays.fill(sum, 0);
            for (int j = 0; j < n; j++) {
                if (j == i || labels[j] < 0) continue;
                sum[labels[j]] += distances[i * n + j];
            }
            double a = sum[li] / (size[li] - 1), b = Double.POSITIVE_INFINITY;
            for (int l = 0; l < k; l++) if (l != li && size[l] > 0) b = Math.min(b, sum[l] / size[l]);
            if (b == Double.POSITIVE_INFINITY) continue;
            double m = Math.max(a, b);
            total += m == 0 ? 0 : (b - a) / m;
        }
        return n == 0 ? 0 : total / n;
    }
}
