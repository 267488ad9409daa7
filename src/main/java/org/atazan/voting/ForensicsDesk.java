package org.atazan.voting;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.atazan.kernel.BadInputException;
import org.atazan.voting.forensics.Histogram2D;
import org.atazan.voting.forensics.HistogramRenderer;
import org.atazan.voting.forensics.IntegerPercentages;
import org.atazan.voting.forensics.IntegerReport;
import org.atazan.voting.forensics.Selection;
import org.atazan.voting.forensics.StationData;

import javax.imageio.ImageIO;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Election forensics on any stored referendum, cached until a protocol of it changes: the Monte Carlo
 * runs once per (referendum, selection, reps, seed, state), never on every page view. Anyone may ask for a run,
 * so runs go one at a time (they use every core anyway) and the cache is bounded: a visitor cycling
 * through seeds cannot take the server's memory or run many simulations at once.
 */
public final class ForensicsDesk {
    public static final int MAX_REPS = 2000;
    static final int CACHED = 64;

    private final Referendums store;
    private final LiveTotals totals;
    // Evicts on the caller's thread, so that the bound holds as soon as a put returns.
    private final Cache<Key, Object> cache = Caffeine.newBuilder().maximumSize(CACHED).executor(Runnable::run).build();
    private final Object simulation = new Object();

    /** One cached value: what it is, of which vote, in which state of the vote. */
    private record Key(String id, long version, String what) {
    }

    public ForensicsDesk(Referendums store, LiveTotals totals) {
        this.store = store;
        this.totals = totals;
    }

    /** The integer test under the paper's selection. */
    public IntegerReport integers(String id, int reps, long seed) {
        return integers(id, Selection.PAPER, reps, seed);
    }

    public IntegerReport integers(String id, Selection selection, int reps, long seed) {
        if (reps < 1 || reps > MAX_REPS) throw new BadInputException("field reps: must be 1.." + MAX_REPS + ", was " + reps);
        Key key = key(id, "int|" + selection + "|" + reps + "|" + seed);
        Object cached = cache.getIfPresent(key);
        if (cached != null) return (IntegerReport) cached;
        synchronized (simulation) {
            cached = cache.getIfPresent(key);
            if (cached != null) return (IntegerReport) cached;
            StationData data = stations(id, key.version());
            if (data.size() == 0) throw new BadInputException("'" + id + "' has no polling-station protocols to analyse");
            IntegerReport report = IntegerPercentages.analyse(data, selection, reps, seed);
            cache.put(key, report);
            return report;
        }
    }

    /** The turnout × yes-share fingerprint as a PNG (100 × 100 bins, 4 px each). */
    public byte[] fingerprintPng(String id) {
        Key key = key(id, "png");
        Object cached = cache.getIfPresent(key);
        if (cached != null) return (byte[]) cached;
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(HistogramRenderer.image(Histogram2D.of(stations(id, key.version()), 100), 4), "png", out);
            byte[] png = out.toByteArray();
            cache.put(key, png);
            return png;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Values cached so far (for tests of the bound). */
    long cachedValues() {
        cache.cleanUp();
        return cache.estimatedSize();
    }

    /** The key of a value of the vote's current state; values of older states are dropped, they will not be asked for again. */
    private Key key(String id, String what) {
        long version = totals.version(id);
        cache.asMap().keySet().removeIf(k -> k.id().equals(id) && k.version() != version);
        return new Key(id, version, what);
    }

    // The stations' figures of the current state, shared by every run and image of that state. Values
    // are looked up and put, never computed inside the cache: computing one reads another.
    private StationData stations(String id, long version) {
        Key key = new Key(id, version, "stations");
        StationData cached = (StationData) cache.getIfPresent(key);
        if (cached != null) return cached;
        StationData data = load(id);
        cache.put(key, data);
        return data;
    }

    private StationData load(String id) {
        TallyTree tree = totals.tree(id);
        List<Protocol> ps = store.latest(id).stream().map(Revision::protocol)
                .filter(p -> tree.children(p.stationCode()).isEmpty()).toList();
        return StationData.of(ps);
    }
}
