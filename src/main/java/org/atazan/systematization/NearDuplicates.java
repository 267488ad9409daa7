package org.atazan.systematization;

import org.atazan.kernel.BadInputException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Groups of near-identical texts at mass-campaign scale (a form letter with the name changed, a
 * sentence moved, a word swapped). Texts are added in batches and kept only as a sketch: exact
 * duplicates after normalisation join their first copy at once; every other text gets a MinHash
 * sketch of its sentence-bounded word shingles ({@link Shingles}). Locality-sensitive hashing then
 * cuts each sketch into bands; texts sharing a band are candidates, joined (union-find) when their
 * estimated Jaccard similarity reaches the threshold. Memory: 2 bytes × hashes per text, plus one
 * band's keys (8 bytes per text) at a time; the texts themselves are never kept.
 */
public final class NearDuplicates {
    /** Texts per block of sketches: blocks grow the store without copying it. */
    static final int BLOCK = 1 << 16;
    /** The band keys carry the text's index in 24 bits. */
    public static final int MAX_TEXTS = 1 << 24;

    /**
     * @param shingle   words per shingle
     * @param hashes    MinHash functions per sketch
     * @param bands     LSH bands (hashes / bands rows each): with 128 and 32, a pair at Jaccard 0.5 becomes
     *                  a candidate with probability 0.87, at 0.7 with 0.9997, at 0.3 with 0.23
     * @param threshold the estimated Jaccard similarity that joins two candidates
     */
    public record Settings(int shingle, int hashes, int bands, double threshold) {
        public static final Settings DEFAULT = new Settings(3, 128, 32, 0.5);

        public Settings {
            if (shingle < 1 || shingle > 10) throw new BadInputException("shingle size " + shingle + ": must be from 1 to 10 words");
            if (hashes < 1 || hashes > 1024) throw new BadInputException("hashes " + hashes + ": must be from 1 to 1024");
            if (bands < 1 || hashes % bands != 0) throw new BadInputException("bands " + bands + ": must divide hashes (" + hashes + ")");
            if (!(threshold > 0 && threshold <= 1)) throw new BadInputException("threshold " + threshold + ": must be in (0, 1]");
        }

        int rows() {
            return hashes / bands;
        }
    }

    private final Settings settings;
    private final MinHash minHash;
    private final List<String> ids = new ArrayList<>();
    private final List<short[]> blocks = new ArrayList<>();
    /** Per text: the index of its earlier exact copy, or -1 when sketched, or -2 when it has no words. */
    private int[] copyOf = new int[BLOCK];
    private final Map<Long, Integer> firstCopy = new HashMap<>();

    public NearDuplicates(Settings settings) {
        this.settings = settings;
        this.minHash = new MinHash(settings.hashes(), 0x5EEDL);
    }

    public int size() {
        return ids.size();
    }

    /** Adds a batch of texts; their sketches are made in parallel. */
    public void add(List<IdText> batch) {
        if (ids.size() + batch.size() > MAX_TEXTS) throw new BadInputException("more than " + MAX_TEXTS + " texts");
        Shingles.Hashed[] hashed = new Shingles.Hashed[batch.size()];
        IntStream.range(0, batch.size()).parallel().forEach(i -> hashed[i] = Shingles.of(batch.get(i).text(), settings.shingle()));
        int first = ids.size();
        int[] sketchAt = new int[batch.size()];
        for (int i = 0; i < batch.size(); i++) {
            int index = first + i;
            ids.add(batch.get(i).id());
            if (index >= copyOf.length) copyOf = Arrays.copyOf(copyOf, copyOf.length * 2);
            if (hashed[i].shingles().length == 0) {
                copyOf[index] = -2;
                sketchAt[i] = -1;
                continue;
            }
            Integer earlier = firstCopy.putIfAbsent(hashed[i].whole(), index);
            copyOf[index] = earlier == null ? -1 : earlier;
            sketchAt[i] = earlier == null ? index : -1;
        }
        while (blocks.size() * BLOCK < ids.size()) blocks.add(new short[BLOCK * settings.hashes()]);
        IntStream.range(0, batch.size()).parallel().filter(i -> sketchAt[i] >= 0).forEach(i -> {
            int index = sketchAt[i];
            minHash.sketch(hashed[i].shingles(), blocks.get(index / BLOCK), (index % BLOCK) * settings.hashes());
        });
    }

    /** Groups of two or more, largest first, ties by their first text; ids in input order. */
    public List<List<String>> groups() {
        int n = ids.size();
        UnionFind sets = new UnionFind(n);
        int sketched = 0;
        for (int i = 0; i < n; i++) {
            if (copyOf[i] >= 0) sets.union(copyOf[i], i);
            else if (copyOf[i] == -1) sketched++;
        }
        int[] members = new int[sketched];
        for (int i = 0, m = 0; i < n; i++) if (copyOf[i] == -1) members[m++] = i;
        long[] keys = new long[sketched];
        for (int band = 0; band < settings.bands(); band++) {
            int b = band;
            IntStream.range(0, sketched).parallel().forEach(m -> keys[m] = bandKey(members[m], b) << 24 | members[m]);
            Arrays.parallelSort(keys);
            joinRuns(keys, sets);
        }
        return collect(sets);
    }

    /** Within each run of equal band keys: each text against the run's first, else the one before it. */
    private void joinRuns(long[] keys, UnionFind sets) {
        int start = 0;
        for (int i = 1; i <= keys.length; i++) {
            if (i < keys.length && keys[i] >>> 24 == keys[start] >>> 24) {
                int head = index(keys[start]), x = index(keys[i]), prev = index(keys[i - 1]);
                if (sets.find(head) == sets.find(x)) continue;
                if (similar(head, x) || (prev != head && sets.find(prev) != sets.find(x) && similar(prev, x))) sets.union(head, x);
                continue;
            }
            start = i;
        }
    }

    private static int index(long key) {
        return (int) (key & 0xFFFFFF);
    }

    private boolean similar(int x, int y) {
        int k = settings.hashes();
        return MinHash.similarity(blocks.get(x / BLOCK), (x % BLOCK) * k, blocks.get(y / BLOCK), (y % BLOCK) * k, k)
                >= settings.threshold();
    }

    /** A band's rows hashed to 40 bits. */
    private long bandKey(int index, int band) {
        short[] block = blocks.get(index / BLOCK);
        int at = (index % BLOCK) * settings.hashes() + band * settings.rows();
        long h = band;
        for (int r = 0; r < settings.rows(); r++) h = Shingles.mix(h * 0x10001L + (block[at + r] & 0xFFFF));
        return h >>> 24;
    }

    private List<List<String>> collect(UnionFind sets) {
        int n = ids.size();
        int[] count = new int[n];
        for (int i = 0; i < n; i++) count[sets.find(i)]++;
        Map<Integer, List<String>> byRoot = new HashMap<>();
        List<List<String>> groups = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int root = sets.find(i);
            if (count[root] < 2) continue;
            List<String> g = byRoot.get(root);
            if (g == null) {
                g = new ArrayList<>(count[root]);
                byRoot.put(root, g);
                groups.add(g); // in order of each group's first text
            }
            g.add(ids.get(i));
        }
        groups.sort(Comparator.comparingInt((List<String> g) -> g.size()).reversed()); // stable: ties keep first-text order
        return groups;
    }
}
