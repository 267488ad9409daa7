package org.atazan.systematization;

import org.atazan.consultation.Language;
import org.atazan.systematization.TermVectors.Vector;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.function.LongSupplier;
import java.util.function.LongUnaryOperator;

/**
 * What the proposals of each article are about: topical clusters per article (and for the whole text)
 * and language, found in two passes over the proposals so that memory stays bounded whatever their
 * number. The first pass keeps a seeded reservoir sample of each article's texts per language; then
 * each sample gets a vocabulary ({@link TermVectors}), the number of clusters is chosen from the data
 * (the best mean silhouette, from 2 to {@link Settings#maxClusters}, on a smaller sample), and spherical
 * k-means finds the centroids. The second pass gives every proposal its nearest centroid.
 *
 * <p>The clusters a person kept (renamed, merged or split) keep their members: those are never moved,
 * and the kept cluster's centroid stays fixed while new proposals are placed, so a re-run adds to what
 * people decided and changes none of it. A found cluster keeps the id of the previous run's cluster most
 * of its members came from, so that links to it survive a re-run.
 *
 * <p>Each cluster is described per language by its most telling terms (frequent in it, rare elsewhere
 * in its article: a term's share of the cluster's texts times the log of how much likelier it is there)
 * and by the two proposals nearest its centroid. Calls: {@link #sample} for each proposal, {@link #fit},
 * {@link #assign} for each proposal again in the same order, then {@link #outcome}.
 */
public final class TopicClustering {

    /**
     * @param maxClusters    most clusters in one article and language
     * @param minClusterSize fewest sampled texts a found cluster may have; smaller ones are dissolved into
     *                       their neighbours
     * @param sample         texts sampled per article and language to learn the clusters from
     * @param selection      texts (of the sample) on which the number of clusters is chosen
     * @param iterations     most rounds of k-means
     * @param terms          terms describing a cluster
     */
    public record Settings(int maxClusters, int minClusterSize, int sample, int selection, int iterations, int terms) {
        public static final Settings DEFAULT = new Settings(10, 3, 5_000, 800, 30, 6);

        public Settings {
            if (maxClusters < 2 || minClusterSize < 1 || sample < 10 || selection < 10 || iterations < 1 || terms < 1) {
                throw new IllegalArgumentException("settings out of range");
            }
        }
    }

    /** Proposals clustered together: one article ({@code null}: the whole text) in one language. */
    public record Scope(String article, Language language) {
    }

    /** A cluster described in one language: its telling terms and (up to) two representative proposals. */
    public record Description(Language language, int size, List<String> terms, List<Long> representatives) {
        public Description {
            terms = List.copyOf(terms);
            representatives = List.copyOf(representatives);
        }
    }

    /** A cluster found or kept: its id, article, whether a person kept it, size, and a description per language. */
    public record Cluster(long id, String article, boolean kept, int size, List<Description> descriptions) {
        public Cluster {
            descriptions = List.copyOf(descriptions);
        }
    }

    /**
     * The clusters, largest first, and every proposal's cluster: {@code keys} ascending as assigned,
     * {@code memberClusters[i]} the cluster of {@code keys[i]}; and per scope how many clusters it has.
     */
    public record Outcome(List<Cluster> clusters, long[] keys, long[] memberClusters, Map<Scope, Integer> clustersPerScope) {
        public long clusterOf(long key) {
            int i = Arrays.binarySearch(keys, key);
            return i < 0 ? -1 : memberClusters[i];
        }
    }

    /** Seeds of k-means++ tried for each number of clusters: one unlucky seed must not split a topic. */
    static final int SEEDS = 3;

    private final Settings settings;
    private final LongUnaryOperator keptOf;
    private final Map<Scope, Group> groups = new LinkedHashMap<>();
    /** Every cluster of every group, by its index in the assignments: a group's centroids, in order. */
    private final List<Slot> slots = new ArrayList<>();
    private long[] keys = new long[1024];
    private int[] slotOf = new int[1024];
    private int assigned;
    private boolean fitted;

    /** @param keptOf a proposal's kept cluster, or -1 when it is in none */
    public TopicClustering(Settings settings, LongUnaryOperator keptOf) {
        this.settings = settings;
        this.keptOf = keptOf;
    }

    /** First pass: one proposal. */
    public void sample(long key, String article, Language language, String text) {
        if (fitted) throw new IllegalStateException("sampled after fit");
        Group g = groups.computeIfAbsent(new Scope(article, language), s -> new Group(s, seed(s)));
        long kept = keptOf.applyAsLong(key);
        if (kept >= 0) g.kept.computeIfAbsent(kept, k -> new Reservoir(settings.sample(), new Random(g.random.nextLong()))).add(key, text);
        else g.free.add(key, text);
    }

    /** Learns each scope's clusters from its sample. */
    public void fit() {
        if (fitted) throw new IllegalStateException("fitted twice");
        fitted = true;
        for (Group g : groups.values()) g.fit();
    }

    /**
     * Second pass: places one proposal (in ascending keys, the order of the first pass). A proposal that
     * came after the first pass in a scope it did not see, or into a kept cluster it did not see, is left
     * for the next run: {@code false}.
     */
    public boolean assign(long key, String article, Language language, String text) {
        if (!fitted) throw new IllegalStateException("assigned before fit");
        if (assigned > 0 && key <= keys[assigned - 1]) throw new IllegalArgumentException("proposals out of order at " + key);
        Group g = groups.get(new Scope(article, language));
        if (g == null) return false;
        long kept = keptOf.applyAsLong(key);
        int slot;
        if (kept >= 0) {
            Integer s = g.keptSlot.get(kept);
            if (s == null) return false;
            slot = s;
        } else {
            int c = SphericalKMeans.nearest(g.vectors.vector(text), g.centroids, g.keptSlot.size());
            slot = g.slotOf(c < 0 ? g.largest : c);
        }
        if (assigned == keys.length) {
            keys = Arrays.copyOf(keys, assigned * 2);
            slotOf = Arrays.copyOf(slotOf, assigned * 2);
        }
        keys[assigned] = key;
        slotOf[assigned++] = slot;
        slots.get(slot).size++;
        return true;
    }

    /**
     * The clusters with their ids: a kept cluster keeps its own; a found one takes the id of the previous
     * cluster most of its members were in (when more than half were), otherwise a new one.
     *
     * @param previousOf a proposal's cluster in the previous run, or -1
     */
    public Outcome outcome(LongUnaryOperator previousOf, LongSupplier newId) {
        // Which previous cluster each found cluster's members came from.
        Map<Integer, Map<Long, Integer>> from = new HashMap<>();
        for (int i = 0; i < assigned; i++) {
            Slot s = slots.get(slotOf[i]);
            if (s.kept >= 0) continue;
            long p = previousOf.applyAsLong(keys[i]);
            if (p >= 0) from.computeIfAbsent(slotOf[i], x -> new HashMap<>()).merge(p, 1, Integer::sum);
        }
        record Claim(int slot, long previous, int overlap) {
        }
        List<Claim> claims = new ArrayList<>();
        from.forEach((slot, counts) -> counts.forEach((p, n) -> claims.add(new Claim(slot, p, n))));
        claims.sort(Comparator.comparingInt(Claim::overlap).reversed().thenComparingInt(Claim::slot).thenComparingLong(Claim::previous));
        long[] id = new long[slots.size()];
        Arrays.fill(id, -1);
        java.util.Set<Long> taken = new java.util.HashSet<>();
        for (Slot s : slots) if (s.kept >= 0) taken.add(s.kept);
        for (Claim c : claims) {
            if (id[c.slot] >= 0 || taken.contains(c.previous) || 2L * c.overlap <= slots.get(c.slot).size) continue;
            id[c.slot] = c.previous;
            taken.add(c.previous);
        }
        for (int i = 0; i < slots.size(); i++) {
            Slot s = slots.get(i);
            if (s.kept >= 0) id[i] = s.kept;
            else if (id[i] < 0 && s.size > 0) id[i] = newId.getAsLong();
        }
        // A kept cluster spans languages when a person merged across them: one cluster, a description each.
        Map<Long, List<Slot>> byId = new LinkedHashMap<>();
        for (int i = 0; i < slots.size(); i++) if (slots.get(i).size > 0) byId.computeIfAbsent(id[i], x -> new ArrayList<>()).add(slots.get(i));
        List<Cluster> clusters = new ArrayList<>();
        Map<Scope, Integer> perScope = new LinkedHashMap<>();
        byId.forEach((cid, ss) -> {
            ss.sort(Comparator.comparingInt((Slot s) -> s.size).reversed().thenComparing(s -> s.group.scope.language()));
            int size = ss.stream().mapToInt(s -> s.size).sum();
            clusters.add(new Cluster(cid, ss.get(0).group.scope.article(), ss.get(0).kept >= 0, size,
                    ss.stream().map(Slot::description).toList()));
            for (Slot s : ss) perScope.merge(s.group.scope, 1, Integer::sum);
        });
        clusters.sort(Comparator.comparingInt(Cluster::size).reversed().thenComparingLong(Cluster::id));
        long[] clusterOf = new long[assigned];
        for (int i = 0; i < assigned; i++) clusterOf[i] = id[slotOf[i]];
        return new Outcome(clusters, Arrays.copyOf(keys, assigned), clusterOf, perScope);
    }

    private static long seed(Scope s) {
        return Objects.hash(s.article(), s.language().code()) * 0x9E3779B97F4A7C15L;
    }

    /** A seeded reservoir sample (Vitter's algorithm R): the same texts for the same input, whatever its size. */
    private static final class Reservoir {
        final int capacity;
        final Random random;
        final List<Long> keys = new ArrayList<>();
        final List<String> texts = new ArrayList<>();
        long seen;

        Reservoir(int capacity, Random random) {
            this.capacity = capacity;
            this.random = random;
        }

        void add(long key, String text) {
            seen++;
            if (keys.size() < capacity) {
                keys.add(key);
                texts.add(text);
                return;
            }
            long j = (long) (random.nextDouble() * seen);
            if (j < capacity) {
                keys.set((int) j, key);
                texts.set((int) j, text);
            }
        }
    }

    /** One cluster of one scope: its centroid's place, its kept id (-1 when found), size, and sampled members. */
    private final class Slot {
        final Group group;
        final long kept;
        final double[] centroid;
        final List<Long> keys = new ArrayList<>();
        final List<String> texts = new ArrayList<>();
        final List<Vector> vectors = new ArrayList<>();
        int size;

        Slot(Group group, long kept, double[] centroid) {
            this.group = group;
            this.kept = kept;
            this.centroid = centroid;
        }

        Description description() {
            return new Description(group.scope.language(), size, terms(), representatives());
        }

        private List<String> terms() {
            int[] df = new int[group.vectors.size()];
            for (Vector v : vectors) for (int t : v.terms()) df[t]++;
            int n = vectors.size(), all = group.sampled.size();
            double[] score = new double[df.length];
            List<Integer> telling = new ArrayList<>();
            boolean alone = group.slots.size() == 1;
            for (int t = 0; t < df.length; t++) {
                if (df[t] == 0 || (df[t] < 2 && n >= 2) || !group.vectors.telling(t)) continue;
                double in = (double) df[t] / n, out = (double) group.df[t] / all;
                // Alone in its scope, a cluster is told by its most frequent terms.
                score[t] = alone ? in : in * Math.log(in / out);
                if (score[t] > 0) telling.add(t);
            }
            return telling.stream()
                    .sorted(Comparator.comparingDouble((Integer t) -> score[t]).reversed().thenComparing(group.vectors::word))
                    .limit(settings.terms()).map(group.vectors::word).toList();
        }

        private List<Long> representatives() {
            Integer[] order = new Integer[keys.size()];
            for (int i = 0; i < order.length; i++) order[i] = i;
            double[] sim = new double[order.length];
            for (int i = 0; i < order.length; i++) sim[i] = centroid == null ? 0 : vectors.get(i).dot(centroid);
            Arrays.sort(order, Comparator.comparingDouble((Integer i) -> sim[i]).reversed().thenComparing(i -> keys.get(i)));
            List<Long> out = new ArrayList<>();
            String first = null;
            for (Integer i : order) {
                String normal = Normalizer.normalize(texts.get(i));
                if (first != null && first.equals(normal)) continue;
                out.add(keys.get(i));
                if (first == null) first = normal;
                if (out.size() == 2) break;
            }
            return out;
        }
    }

    /** The proposals of one scope: their samples, then the vocabulary and centroids learnt from them. */
    private final class Group {
        final Scope scope;
        final Random random;
        final Reservoir free;
        final Map<Long, Reservoir> kept = new LinkedHashMap<>();
        final Map<Long, Integer> keptSlot = new HashMap<>();
        final List<Slot> slots = new ArrayList<>();
        TermVectors vectors;
        double[][] centroids = new double[0][];
        List<Vector> sampled = List.of();
        int[] df;
        int largest;
        private int firstSlot;

        Group(Scope scope, long seed) {
            this.scope = scope;
            this.random = new Random(seed);
            this.free = new Reservoir(settings.sample(), new Random(seed ^ 0x5DEECE66DL));
        }

        int slotOf(int centroid) {
            return firstSlot + centroid;
        }

        void fit() {
            vectors = new TermVectors(scope.language());
            List<String> all = new ArrayList<>(free.texts);
            kept.values().forEach(r -> all.addAll(r.texts));
            vectors.learn(all);
            List<Vector> freeVectors = free.texts.stream().map(vectors::vector).toList();
            // Kept clusters first, each with its fixed centroid (none if its texts share no term).
            List<double[]> fixed = new ArrayList<>();
            List<Long> fixedIds = new ArrayList<>();
            Map<Long, List<Vector>> keptVectors = new LinkedHashMap<>();
            kept.forEach((id, r) -> {
                List<Vector> vs = r.texts.stream().map(vectors::vector).toList();
                keptVectors.put(id, vs);
                fixed.add(SphericalKMeans.mean(vs, vectors.size()));
                fixedIds.add(id);
            });
            long[] chosen = free.keys.isEmpty() ? new long[]{0, 0} : chooseFree(freeVectors, fixed);
            SphericalKMeans.Fit fit = SphericalKMeans.fit(freeVectors, fixed, (int) chosen[0], vectors.size(), settings.iterations(),
                    new Random(chosen[1]));
            fit = dissolveSmall(freeVectors, fixed, fit);
            centroids = fit.centroids();
            firstSlot = TopicClustering.this.slots.size();
            for (int c = 0; c < centroids.length; c++) {
                Slot s = new Slot(this, c < fixed.size() ? fixedIds.get(c) : -1, centroids[c]);
                slots.add(s);
                TopicClustering.this.slots.add(s);
                if (s.kept >= 0) keptSlot.put(s.kept, firstSlot + c);
            }
            int[] sizes = fit.sizes();
            // Texts sharing no term go to the largest cluster: a free one if any (a kept cluster's members are a person's choice).
            largest = -1;
            for (int c = fixed.size(); c < centroids.length; c++) if (largest < 0 || sizes[c] > sizes[largest]) largest = c;
            if (largest < 0) {
                for (int c = 0; c < centroids.length; c++) if (largest < 0 || sizes[c] > sizes[largest]) largest = c;
            }
            // Sampled members per slot, for the descriptions.
            List<Vector> everything = new ArrayList<>(freeVectors);
            for (int i = 0; i < freeVectors.size(); i++) {
                int c = fit.labels().length > i ? fit.labels()[i] : -1;
                Slot s = slots.get(c < 0 ? largest : c);
                s.keys.add(free.keys.get(i));
                s.texts.add(free.texts.get(i));
                s.vectors.add(freeVectors.get(i));
            }
            int f = 0;
            for (Map.Entry<Long, List<Vector>> e : keptVectors.entrySet()) {
                Slot s = slots.get(f++);
                Reservoir r = kept.get(e.getKey());
                s.keys.addAll(r.keys);
                s.texts.addAll(r.texts);
                s.vectors.addAll(e.getValue());
                everything.addAll(e.getValue());
            }
            sampled = everything;
            df = new int[vectors.size()];
            for (Vector v : everything) for (int t : v.terms()) df[t]++;
        }

        /**
         * How many new clusters, and the seed to find them from: the best mean silhouette over a few
         * seeds for each number, on a smaller sample; ties go to the fewer clusters.
         */
        private long[] chooseFree(List<Vector> freeVectors, List<double[]> fixed) {
            long seed = random.nextLong();
            int usable = (int) freeVectors.stream().filter(v -> !v.isEmpty()).count();
            // At least one new cluster when there are enough new texts: kept clusters attract only those near them.
            int lower = Math.max(2, fixed.size() + 1);
            // At most about the square root of half the texts (Mardia's rule of thumb): on short texts the
            // silhouette alone favours many tiny clusters of texts sharing a word or two.
            int upper = Math.min(settings.maxClusters(), fixed.size() + (int) Math.sqrt(usable / 2.0));
            if (usable < 2 * settings.minClusterSize() || upper < lower) return new long[]{fixed.isEmpty() ? 1 : 0, seed};
            List<Vector> sel = freeVectors.size() <= settings.selection() ? freeVectors
                    : subsample(freeVectors, settings.selection());
            float[] distances = SphericalKMeans.distances(sel);
            long[] best = {lower - fixed.size(), seed};
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int k = lower; k <= upper; k++) {
                for (int r = 0; r < SEEDS; r++) {
                    long s = random.nextLong();
                    SphericalKMeans.Fit fit = SphericalKMeans.fit(sel, fixed, k - fixed.size(), vectors.size(), settings.iterations(), new Random(s));
                    double score = SphericalKMeans.silhouette(distances, fit.labels(), k);
                    if (score > bestScore + 1e-9) {
                        bestScore = score;
                        best = new long[]{k - fixed.size(), s};
                    }
                }
            }
            return best;
        }

        private List<Vector> subsample(List<Vector> from, int n) {
            List<Vector> copy = new ArrayList<>(from);
            java.util.Collections.shuffle(copy, new Random(random.nextLong()));
            return copy.subList(0, n);
        }

        /** Found clusters with fewer than the least size are dissolved into their neighbours; the rest refitted once. */
        private SphericalKMeans.Fit dissolveSmall(List<Vector> docs, List<double[]> fixed, SphericalKMeans.Fit fit) {
            int[] sizes = fit.sizes();
            List<double[]> keep = new ArrayList<>(fixed);
            int free = 0;
            for (int c = fixed.size(); c < sizes.length; c++) {
                if (sizes[c] >= settings.minClusterSize() && fit.centroids()[c] != null) {
                    keep.add(fit.centroids()[c]);
                    free++;
                }
            }
            if (keep.size() == sizes.length) return fit;
            if (free == 0 && fixed.isEmpty()) {
                // All too small: one cluster for the whole scope.
                double[] m = SphericalKMeans.mean(docs, vectors.size());
                int[] labels = new int[docs.size()];
                for (int i = 0; i < labels.length; i++) labels[i] = docs.get(i).isEmpty() || m == null ? -1 : 0;
                return new SphericalKMeans.Fit(new double[][]{m}, labels);
            }
            double[][] c = keep.toArray(new double[0][]);
            int[] labels = new int[docs.size()];
            for (int i = 0; i < labels.length; i++) labels[i] = SphericalKMeans.nearest(docs.get(i), c, fixed.size());
            return new SphericalKMeans.Fit(c, labels);
        }
    }
}
