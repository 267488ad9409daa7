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
import java.util.concurrent.ConcurrentHashMap;

/**
 * Election forensics on any stored referendum, cached until a protocol of it changes: the Monte Carlo
 * runs once per (referendum, reps, seed, state), never on every page view.
 */
public final class ForensicsDesk {
    public static final int MAX_REPS = 2000;
    private final ReferendumDesk desk;
    private final Map<String, Object> cache = new ConcurrentHashMap<>();

    public ForensicsDesk(ReferendumDesk desk) {
        this.desk = desk;
    }

    public IntegerReport integers(String id, int reps, long seed) {
        if (reps < 1 || reps > MAX_REPS) throw new BadInputException("field reps: must be 1.." + MAX_REPS + ", was " + reps);
        String key = key(id) + "int|" + reps + "|" + seed;
        return (IntegerReport) cache.computeIfAbsent(key, k -> IntegerPercentages.analyse(stations(id), reps, seed));
    }

    /** The turnout × yes-share fingerprint as a PNG (100 × 100 bins, 4 px each). */
    public byte[] fingerprintPng(String id) {
        String key = key(id) + "png";
        return (byte[]) cache.computeIfAbsent(key, k -> {
            try {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ImageIO.write(HistogramRenderer.image(Histogram2D.of(stations(id), 100), 4), "png", out);
                return out.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The cache key prefix of the referendum's current state; entries of older states are dropped. */
    private String key(String id) {
        String prefix = id + "|" + desk.version(id) + "|";
        cache.keySet().removeIf(k -> k.startsWith(id + "|") && !k.startsWith(prefix));
        return prefix;
    }

    private StationData stations(String id) {
        TallyTree tree = desk.tree(id);
        List<Protocol> ps = desk.store().latest(id).stream().map(Revision::protocol)
                .filter(p -> tree.children(p.stationCode()).isEmpty()).toList();
        return StationData.of(ps);
    }
}
