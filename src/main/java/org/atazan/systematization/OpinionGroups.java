package org.atazan.systematization;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Finds opinion groups in a reaction matrix, the way Pol.is does (and its reimplementation red-dwarf):
 * a missing reaction is taken as the statement's mean; the matrix is reduced to its two principal
 * components; each participant's position is scaled up by how sparse their reactions are (someone who
 * answered a tenth of the statements would otherwise sit near the centre); k-means for 2 to 5 groups,
 * the number chosen by the silhouette. Everything is deterministic for a given seed.
 *
 * <p>The principal components come from orthogonal iteration over the sparse, centred matrix: with
 * the mean imputed, a missing cell is exactly zero once centred, so each product costs one pass over
 * the reactions, never over participants × statements.
 */
public final class OpinionGroups {
    /** A one-sided z of 1.2816: significant at 90 %, Pol.is's level. */
    static final double Z90 = 1.2816;
    static final int DISTINCTIVE_SHOWN = 5;
    private static final int COMPONENTS = 2;
    private static final int BLOCK = 4;
    private static final int MAX_ITERATIONS = 1000;
    /**
     * Restarts of k-means, up to 100: ten left the groups of a small conversation to the seed. Their
     * number falls as participants grow (restarts × participants ≤ {@value #RESTART_BUDGET}, at least
     * ten), where the optimum is also steadier.
     */
    private static final int RESTARTS = 100;
    private static final int RESTART_BUDGET = 100_000;
    /**
     * How much better the silhouette of one more group must be for it to be preferred: groups that
     * separate barely better are not worth telling a commission about (a parsimony rule, as the
     * "one standard error" rule of model choice).
     */
    static final double MARGIN = 0.02;
    /** The silhouette is quadratic in the participants: above this many, it is measured on a fixed sample. */
    static final int SILHOUETTE_SAMPLE = 3000;

    private OpinionGroups() {
    }

    /**
     * @param minReactions reactions a participant needs to be placed (Pol.is: 7; fewer when there are fewer statements)
     * @param minGroups    fewest groups tried, at least 2
     * @param maxGroups    most groups tried
     * @param seed         for the random starts of the iteration and of k-means
     */
    public record Settings(int minReactions, int minGroups, int maxGroups, long seed) {
        public static final Settings POLIS = new Settings(7, 2, 5, 42);

        public Settings {
            if (minReactions < 1) throw new IllegalArgumentException("minReactions must be at least 1");
            if (minGroups < 2 || maxGroups < minGroups) throw new IllegalArgumentException("groups from 2, up to at least the fewest");
        }
    }

    /** The opinion map of {@code matrix}, leaving out the {@code hidden} statements (moderated out). */
    public static OpinionMap find(ReactionMatrix matrix, Set<String> hidden, Settings settings) {
        List<String> statements = matrix.statements();
        int[] kept = new int[statements.size()];
        int m = 0;
        for (int j = 0; j < kept.length; j++) kept[j] = hidden.contains(statements.get(j)) ? -1 : m++;
        int threshold = Math.min(settings.minReactions(), m);
        int[] placed = placedParticipants(matrix, kept, threshold);
        int n = placed.length;
        if (m == 0 || n <= settings.minGroups()) return new OpinionMap(0, List.of(), List.of(), List.of(), m, threshold);

        Sparse x = Sparse.centred(matrix, placed, kept, m);
        double[][] axes = principalAxes(x, Math.min(COMPONENTS, m), settings.seed());
        double[][] points = project(x, axes, m);

        // Pol.is groups 100 "base clusters" rather than people; measured against the groups Pol.is
        // published, grouping people directly with many restarts agrees as well and is not at the mercy
        // of the base clusters' own random start (docs/systematization.md).
        int[] sample = sample(n, settings.seed());
        Clustering best = null;
        for (int k = settings.minGroups(); k <= Math.min(settings.maxGroups(), n - 1); k++) {
            Clustering c = kMeans(points, k, settings.seed());
            c.silhouette = silhouette(points, sample, c.labels, k);
            if (best == null || c.silhouette > best.silhouette + MARGIN) best = c;
        }
        int[] labels = bySize(best.labels, best.k);

        List<OpinionMap.Placement> placements = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            placements.add(new OpinionMap.Placement(matrix.participants().get(placed[i]), labels[i], points[i][0],
                    points[i].length > 1 ? points[i][1] : 0));
        }
        GroupCounts counts = GroupCounts.of(matrix, placed, labels, best.k, kept, m);
        String[] keptIds = new String[m];
        for (int j = 0; j < kept.length; j++) if (kept[j] >= 0) keptIds[kept[j]] = statements.get(j);
        return new OpinionMap(best.k, placements, counts.profiles(keptIds), counts.consensus(keptIds), m, threshold);
    }

    private static int[] placedParticipants(ReactionMatrix matrix, int[] kept, int threshold) {
        int[] out = new int[matrix.participants().size()];
        int n = 0;
        for (int p = 0; p < out.length; p++) {
            int count = 0;
            for (int j : matrix.columns(p)) if (kept[j] >= 0) count++;
            if (count >= threshold && count > 0) out[n++] = p;
        }
        return Arrays.copyOf(out, n);
    }

    /** The centred reactions of the placed participants, over the kept statements only. */
    record Sparse(int[][] columns, double[][] values, int statements) {
        static Sparse centred(ReactionMatrix matrix, int[] placed, int[] kept, int m) {
            double[] sum = new double[m];
            int[] count = new int[m];
            for (int p : placed) {
                int[] c = matrix.columns(p);
                byte[] v = matrix.values(p);
                for (int i = 0; i < c.length; i++) {
                    int j = kept[c[i]];
                    if (j < 0) continue;
                    sum[j] += v[i];
                    count[j]++;
                }
            }
            int[][] columns = new int[placed.length][];
            double[][] values = new double[placed.length][];
            for (int r = 0; r < placed.length; r++) {
                int[] c = matrix.columns(placed[r]);
                byte[] v = matrix.values(placed[r]);
                int[] cols = new int[c.length];
                double[] vals = new double[c.length];
                int k = 0;
                for (int i = 0; i < c.length; i++) {
                    int j = kept[c[i]];
                    if (j < 0) continue;
                    cols[k] = j;
                    vals[k++] = v[i] - sum[j] / count[j];
                }
                columns[r] = Arrays.copyOf(cols, k);
                values[r] = Arrays.copyOf(vals, k);
            }
            return new Sparse(columns, values, m);
        }
    }

    /**
     * The top {@code components} right singular vectors of {@code x} (statements space), by orthogonal
     * iteration with a few extra vectors, which speeds up convergence of the ones kept.
     */
    static double[][] principalAxes(Sparse x, int components, long seed) {
        int m = x.statements();
        int b = Math.min(BLOCK, m);
        Random random = new Random(seed);
        double[][] v = new double[b][m];
        for (double[] row : v) for (int j = 0; j < m; j++) row[j] = random.nextGaussian();
        orthonormalise(v);
        int n = x.columns().length;
        double[][] y = new double[b][n];
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            for (double[] row : y) Arrays.fill(row, 0);
            for (int i = 0; i < n; i++) {
                int[] c = x.columns()[i];
                double[] val = x.values()[i];
                for (int k = 0; k < b; k++) {
                    double s = 0;
                    double[] vk = v[k];
                    for (int t = 0; t < c.length; t++) s += val[t] * vk[c[t]];
                    y[k][i] = s;
                }
            }
            double[][] w = new double[b][m];
            for (int i = 0; i < n; i++) {
                int[] c = x.columns()[i];
                double[] val = x.values()[i];
                for (int k = 0; k < b; k++) {
                    double yi = y[k][i];
                    if (yi == 0) continue;
                    double[] wk = w[k];
                    for (int t = 0; t < c.length; t++) wk[c[t]] += val[t] * yi;
                }
            }
            orthonormalise(w);
            double change = 0;
            for (int k = 0; k < components; k++) change = Math.max(change, 1 - Math.abs(dot(w[k], v[k])));
            v = w;
            if (change < 1e-9) break;
        }
        double[][] axes = Arrays.copyOf(v, components);
        // A stable sign: the largest loading of each axis positive, so that the same data draws the same map.
        for (double[] axis : axes) {
            int at = 0;
            for (int j = 1; j < m; j++) if (Math.abs(axis[j]) > Math.abs(axis[at])) at = j;
            if (axis[at] < 0) for (int j = 0; j < m; j++) axis[j] = -axis[j];
        }
        return axes;
    }

    private static void orthonormalise(double[][] v) {
        for (int k = 0; k < v.length; k++) {
            for (int l = 0; l < k; l++) {
                double d = dot(v[k], v[l]);
                for (int j = 0; j < v[k].length; j++) v[k][j] -= d * v[l][j];
            }
            double norm = Math.sqrt(dot(v[k], v[k]));
            // A direction with no variance left: any unit vector orthogonal to the others will do.
            if (norm < 1e-300) {
                Arrays.fill(v[k], 0);
                v[k][k % v[k].length] = 1;
                norm = 1;
            }
            for (int j = 0; j < v[k].length; j++) v[k][j] /= norm;
        }
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }

    /** Positions on the axes, each scaled by sqrt(statements ÷ the participant's reactions). */
    private static double[][] project(Sparse x, double[][] axes, int m) {
        int n = x.columns().length;
        double[][] points = new double[n][axes.length];
        for (int i = 0; i < n; i++) {
            int[] c = x.columns()[i];
            double[] val = x.values()[i];
            double scale = Math.sqrt((double) m / c.length);
            for (int k = 0; k < axes.length; k++) {
                double s = 0;
                for (int t = 0; t < c.length; t++) s += val[t] * axes[k][c[t]];
                points[i][k] = s * scale;
            }
        }
        return points;
    }

    static final class Clustering {
        final int k;
        final int[] labels;
        final double inertia;
        double silhouette;

        Clustering(int k, int[] labels, double inertia) {
            this.k = k;
            this.labels = labels;
            this.inertia = inertia;
        }
    }

    /** The best of several k-means++ runs (least within-group spread). */
    static Clustering kMeans(double[][] points, int k, long seed) {
        Random random = new Random(seed * 31 + k);
        double[] w = new double[points.length];
        Arrays.fill(w, 1);
        Clustering best = null;
        int restarts = Math.max(10, Math.min(RESTARTS, RESTART_BUDGET / points.length));
        for (int run = 0; run < restarts; run++) {
            Clustering c = lloyd(points, w, seeds(points, w, k, random), k);
            if (best == null || c.inertia < best.inertia) best = c;
        }
        return best;
    }

    private static double[][] seeds(double[][] points, double[] w, int k, Random random) {
        int n = points.length;
        double[][] centres = new double[k][];
        centres[0] = points[random.nextInt(n)].clone();
        double[] d = new double[n];
        for (int i = 0; i < n; i++) d[i] = w[i] * distance2(points[i], centres[0]);
        for (int c = 1; c < k; c++) {
            double total = 0;
            for (double v : d) total += v;
            int pick = random.nextInt(n);
            if (total > 0) {
                double r = random.nextDouble() * total;
                for (int i = 0; i < n; i++) {
                    r -= d[i];
                    if (r <= 0) {
                        pick = i;
                        break;
                    }
                }
            }
            centres[c] = points[pick].clone();
            for (int i = 0; i < n; i++) d[i] = Math.min(d[i], w[i] * distance2(points[i], centres[c]));
        }
        return centres;
    }

    private static Clustering lloyd(double[][] points, double[] w, double[][] centres, int k) {
        int n = points.length, dims = points[0].length;
        int[] labels = new int[n];
        Arrays.fill(labels, -1);
        double inertia = 0;
        for (int iteration = 0; iteration < 300; iteration++) {
            boolean moved = false;
            inertia = 0;
            for (int i = 0; i < n; i++) {
                int nearest = 0;
                double best = Double.MAX_VALUE;
                for (int c = 0; c < k; c++) {
                    double dd = distance2(points[i], centres[c]);
                    if (dd < best) {
                        best = dd;
                        nearest = c;
                    }
                }
                inertia += w[i] * best;
                if (labels[i] != nearest) {
                    labels[i] = nearest;
                    moved = true;
                }
            }
            if (!moved) break;
            double[][] sums = new double[k][dims];
            double[] sizes = new double[k];
            for (int i = 0; i < n; i++) {
                sizes[labels[i]] += w[i];
                for (int t = 0; t < dims; t++) sums[labels[i]][t] += w[i] * points[i][t];
            }
            for (int c = 0; c < k; c++) {
                if (sizes[c] == 0) continue; // an empty group keeps its centre; k-means++ makes it rare
                for (int t = 0; t < dims; t++) centres[c][t] = sums[c][t] / sizes[c];
            }
        }
        return new Clustering(k, labels, inertia);
    }

    private static double distance2(double[] a, double[] b) {
        double s = 0;
        for (int t = 0; t < a.length; t++) {
            double d = a[t] - b[t];
            s += d * d;
        }
        return s;
    }

    /** Every participant, or a fixed random sample of {@value #SILHOUETTE_SAMPLE} when there are more. */
    static int[] sample(int n, long seed) {
        int[] all = new int[n];
        for (int i = 0; i < n; i++) all[i] = i;
        if (n <= SILHOUETTE_SAMPLE) return all;
        Random random = new Random(seed);
        for (int i = 0; i < SILHOUETTE_SAMPLE; i++) {
            int j = i + random.nextInt(n - i);
            int t = all[i];
            all[i] = all[j];
            all[j] = t;
        }
        int[] sample = Arrays.copyOf(all, SILHOUETTE_SAMPLE);
        Arrays.sort(sample);
        return sample;
    }

    /** The mean silhouette (Rousseeuw, 1987) of the sampled points: how much nearer their own group is than the next. */
    static double silhouette(double[][] points, int[] sample, int[] labels, int k) {
        int[] size = new int[k];
        for (int i : sample) size[labels[i]]++;
        double total = 0;
        double[] sums = new double[k];
        for (int i : sample) {
            Arrays.fill(sums, 0);
            for (int j : sample) if (j != i) sums[labels[j]] += Math.sqrt(distance2(points[i], points[j]));
            int own = labels[i];
            if (size[own] <= 1) continue; // alone in its group: silhouette 0
            double a = sums[own] / (size[own] - 1);
            double b = Double.MAX_VALUE;
            for (int c = 0; c < k; c++) if (c != own && size[c] > 0) b = Math.min(b, sums[c] / size[c]);
            if (b == Double.MAX_VALUE) continue;
            double max = Math.max(a, b);
            total += max == 0 ? 0 : (b - a) / max;
        }
        return total / sample.length;
    }

    /** The labels renumbered so that group 0 is the largest (ties: first seen first). */
    private static int[] bySize(int[] labels, int k) {
        int[] sizes = new int[k];
        int[] first = new int[k];
        Arrays.fill(first, Integer.MAX_VALUE);
        for (int i = 0; i < labels.length; i++) {
            sizes[labels[i]]++;
            first[labels[i]] = Math.min(first[labels[i]], i);
        }
        Integer[] order = new Integer[k];
        for (int c = 0; c < k; c++) order[c] = c;
        Arrays.sort(order, Comparator.<Integer>comparingInt(c -> -sizes[c]).thenComparingInt(c -> first[c]));
        int[] rename = new int[k];
        for (int r = 0; r < k; r++) rename[order[r]] = r;
        int[] out = new int[labels.length];
        for (int i = 0; i < labels.length; i++) out[i] = rename[labels[i]];
        return out;
    }

    /** Agree, disagree and seen counts per group and statement, for what sets groups apart and what unites them. */
    record GroupCounts(int[][] agree, int[][] disagree, int[][] seen, int[] sizes) {
        static GroupCounts of(ReactionMatrix matrix, int[] placed, int[] labels, int k, int[] kept, int m) {
            int[][] agree = new int[k][m], disagree = new int[k][m], seen = new int[k][m];
            int[] sizes = new int[k];
            for (int r = 0; r < placed.length; r++) {
                int g = labels[r];
                sizes[g]++;
                int[] c = matrix.columns(placed[r]);
                byte[] v = matrix.values(placed[r]);
                for (int i = 0; i < c.length; i++) {
                    int j = kept[c[i]];
                    if (j < 0) continue;
                    seen[g][j]++;
                    if (v[i] > 0) agree[g][j]++;
                    else if (v[i] < 0) disagree[g][j]++;
                }
            }
            return new GroupCounts(agree, disagree, seen, sizes);
        }

        /** Laplace-smoothed share: never 0 or 1 on few votes. */
        static double share(int hits, int seen) {
            return (hits + 1.0) / (seen + 2.0);
        }

        /** Pol.is's one-sided test that a share is above one half. */
        static double zAboveHalf(int hits, int seen) {
            return 2 * Math.sqrt(seen + 1.0) * ((hits + 1.0) / (seen + 1.0) - 0.5);
        }

        /** Two-proportion z test that the share in the group is above the share outside it. */
        static double zAbove(int hits1, int seen1, int hits2, int seen2) {
            double p1 = share(hits1, seen1), p2 = share(hits2, seen2);
            double pooled = (hits1 + hits2 + 2.0) / (seen1 + seen2 + 4.0);
            double se = Math.sqrt(pooled * (1 - pooled) * (1.0 / (seen1 + 2) + 1.0 / (seen2 + 2)));
            return se == 0 ? 0 : (p1 - p2) / se;
        }

        List<OpinionMap.Agreement> consensus(String[] ids) {
            int k = sizes.length;
            record Scored(OpinionMap.Agreement agreement, double product) {
            }
            List<Scored> found = new ArrayList<>();
            for (int j = 0; j < ids.length; j++) {
                boolean all = true;
                double product = 1;
                List<Double> shares = new ArrayList<>(k);
                for (int g = 0; g < k && all; g++) {
                    double pa = share(agree[g][j], seen[g][j]);
                    all = pa > 0.5 && zAboveHalf(agree[g][j], seen[g][j]) > Z90;
                    product *= pa;
                    shares.add(pa);
                }
                if (all) found.add(new Scored(new OpinionMap.Agreement(ids[j], List.copyOf(shares)), product));
            }
            found.sort(Comparator.comparingDouble(Scored::product).reversed());
            return found.stream().map(Scored::agreement).toList();
        }

        List<OpinionMap.GroupProfile> profiles(String[] ids) {
            int k = sizes.length;
            List<OpinionMap.GroupProfile> out = new ArrayList<>(k);
            for (int g = 0; g < k; g++) {
                record Scored(OpinionMap.Distinctive d, double score) {
                }
                List<Scored> found = new ArrayList<>();
                for (int j = 0; j < ids.length; j++) {
                    int a = agree[g][j], d = disagree[g][j], s = seen[g][j];
                    int ao = 0, dOut = 0, so = 0;
                    for (int h = 0; h < k; h++) {
                        if (h == g) continue;
                        ao += agree[h][j];
                        dOut += disagree[h][j];
                        so += seen[h][j];
                    }
                    Scored best = null;
                    if (zAbove(a, s, ao, so) > Z90 && zAboveHalf(a, s) > Z90) {
                        double in = share(a, s), others = share(ao, so);
                        best = new Scored(new OpinionMap.Distinctive(ids[j], Reaction.AGREE, in, others), in / others * in);
                    }
                    if (zAbove(d, s, dOut, so) > Z90 && zAboveHalf(d, s) > Z90) {
                        double in = share(d, s), others = share(dOut, so);
                        double score = in / others * in;
                        if (best == null || score > best.score()) {
                            best = new Scored(new OpinionMap.Distinctive(ids[j], Reaction.DISAGREE, in, others), score);
                        }
                    }
                    if (best != null) found.add(best);
                }
                found.sort(Comparator.comparingDouble(Scored::score).reversed());
                out.add(new OpinionMap.GroupProfile(g, sizes[g],
                        found.stream().limit(DISTINCTIVE_SHOWN).map(Scored::d).toList()));
            }
            return out;
        }
    }
}
