package org.atazan.voting;

import org.atazan.kernel.BadInputException;
import org.atazan.voting.forensics.Histogram2D;
import org.atazan.voting.forensics.HistogramRenderer;
import org.atazan.voting.forensics.IntegerPercentages;
import org.atazan.voting.forensics.IntegerReport;
import org.atazan.voting.forensics.StationData;

import javax.imageio.ImageIO;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Election forensics on any stored referendum, cached until a protocol of it changes: the Monte Carlo
 * runs once per (referendum, reps, seed, state), never on every page view. Anyone may ask for a run,
 * so runs go one at a time (they use every core anyway) and the cache is bounded: a visitor cycling
 * through seeds cannot take the server's memory or run many simulations at once.
 */
public final class ForensicsDesk {
    public static final int MAX_REPS = 2000;
    static final int CACHED = 64;
    private final ReferendumDesk desk;
    private final Map<String, Object> cache = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Object> eldest) {
                    return size() > CACHED;
                }
            });
    private final Object simulation = new Object();

    public ForensicsDesk(ReferendumDesk desk) {
        this.desk = desk;
    }

    public IntegerReport integers(String id, int reps, long seed) {
        if (reps < 1 || reps > MAX_REPS) throw new BadInputException("field reps: must be 1.." + MAX_REPS + ", was " + reps);
        String key = key(id) + "int|" + reps + "|" + seed;
        Object cached = cache.get(key);
        if (cached != null) return (IntegerReport) cached;
        synchronized (simulation) {
            cached = cache.get(key);
            if (cached != null) return (IntegerReport) cached;
            IntegerReport report = IntegerPercentages.analyse(stations(id), reps, seed);
            cache.put(key, report);
            return report;
        }
    }

    /** The turnout × yes-share fingerprint as a PNG (100 × 100 bins, 4 px each). */
    public byte[] fingerprintPng(String id) {
        String key = key(id) + "png";
        Object cached = cache.get(key);
        if (cached != null) return (byte[]) cached;
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(HistogramRenderer.image(Histogram2D.of(stations(id), 100), 4), "png", out);
            byte[] png = out.toByteArray();
            cache.put(key, png);
            return png;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cache key prefix of the referendum's current state; entries of older states are dropped. */
    private String key(String id) {
        String prefix = id + "|" + desk.version(id) + "|";
        synchronized (cache) {
            cache.keySet().removeIf(k -> k.startsWith(id + "|") && !k.startsWith(prefix));
        }
        return prefix;
    }

    // The stations' figures of the current state, shared by every run and image of that state.
    private StationData stations(String id) {
        String key = key(id) + "stations";
        Object cached = cache.get(key);
        if (cached != null) return (StationData) cached;
        StationData data = load(id);
        cache.put(key, data);
        return data;
    }

    private StationData load(String id) {
        TallyTree tree = desk.tree(id);
        List<Protocol> ps = desk.store().latest(id).stream().map(Revision::protocol)
                .filter(p -> tree.children(p.stationCode()).isEmpty()).toList();
        return StationData.of(ps);
    }
}
