package org.atazan.platform.security;

import jakarta.annotation.PreDestroy;
import org.atazan.kernel.GroupCommit;
import org.atazan.platform.RateLimits;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@link RateLimits} as upserts whose counts are exact under concurrency (the row lock, across nodes).
 * A row lock is held until its commit is on disk, so one upsert per action made every action of a busy
 * key (one client address behind a proxy, say) wait for the previous one's flush. Instead, the actions
 * asked for while one write commits are counted together by the next: one statement and one flush add
 * n to each row, and the n callers get the counts c−n+1 … c in turn, the same answers one by one would
 * have given. Rows are written in key order, so that two nodes never wait for each other in a cycle.
 */
@Component
class JdbcRateLimits implements RateLimits {
    private static final Duration PURGE_EVERY = Duration.ofMinutes(10);
    /** The most actions one write counts (ample: each waiting one holds a request thread). */
    private static final int MAX_BATCH = 256;

    private record Row(String bucket, String key, Instant start) implements Comparable<Row> {
        public int compareTo(Row o) {
            int c = bucket.compareTo(o.bucket);
            if (c == 0) c = key.compareTo(o.key);
            return c != 0 ? c : start.compareTo(o.start);
        }
    }

    private record Ask(Row row, Instant end) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final GroupCommit<Ask, Integer> counts = new GroupCommit<>("rate-limit-counts", MAX_BATCH, this::count);
    private volatile Instant nextPurge = Instant.MIN;

    JdbcRateLimits(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<Boolean> tryAcquire(List<Limit> limits) {
        Instant now = clock.instant();
        List<Ask> asks = new ArrayList<>(limits.size());
        for (Limit l : limits) {
            long size = l.window().toMillis();
            Instant start = Instant.ofEpochMilli(Math.floorDiv(now.toEpochMilli(), size) * size);
            String k = l.key() == null || l.key().isEmpty() ? "-" : l.key().length() > 128 ? l.key().substring(0, 128) : l.key();
            asks.add(new Ask(new Row(l.bucket(), k, start), start.plusMillis(size)));
        }
        List<Integer> counted = counts.submitAll(asks);
        List<Boolean> held = new ArrayList<>(limits.size());
        for (int i = 0; i < asks.size(); i++) held.add(counted.get(i) <= limits.get(i).limit());
        purgeNowAndThen(now);
        return held;
    }

    @PreDestroy
    void stop() {
        counts.stop();
    }

    /** One upsert adding each row's number of asks; the asks of a row get its counts in arrival order. */
    private List<Object> count(List<Ask> batch) {
        Map<Row, List<Integer>> byRow = new TreeMap<>();
        for (int i = 0; i < batch.size(); i++) byRow.computeIfAbsent(batch.get(i).row(), r -> new ArrayList<>()).add(i);
        int n = byRow.size();
        String[] buckets = new String[n], keys = new String[n], starts = new String[n], ends = new String[n];
        Integer[] adds = new Integer[n];
        int i = 0;
        for (var e : byRow.entrySet()) {
            buckets[i] = e.getKey().bucket();
            keys[i] = e.getKey().key();
            starts[i] = at(e.getKey().start());
            ends[i] = at(batch.get(e.getValue().get(0)).end());
            adds[i++] = e.getValue().size();
        }
        Map<Row, Integer> totals = new HashMap<>();
        jdbc.sql("""
                        INSERT INTO platform_rate_limit (bucket, key, window_start, window_end, count)
                        SELECT * FROM unnest(?::text[], ?::text[], ?::timestamptz[], ?::timestamptz[], ?::int[])
                        ON CONFLICT (bucket, key, window_start) DO UPDATE SET count = platform_rate_limit.count + EXCLUDED.count
                        RETURNING bucket, key, window_start, count""")
                .params(buckets, keys, starts, ends, adds)
                .query((rs, row) -> totals.put(new Row(rs.getString(1), rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class).toInstant()), rs.getInt(4)))
                .list();
        Object[] out = new Object[batch.size()];
        for (var e : byRow.entrySet()) {
            List<Integer> asks = e.getValue();
            int total = totals.get(e.getKey());
            for (int k = 0; k < asks.size(); k++) out[asks.get(k)] = total - asks.size() + 1 + k;
        }
        return java.util.Arrays.asList(out);
    }

    private void purgeNowAndThen(Instant now) {
        if (now.isBefore(nextPurge)) return;
        nextPurge = now.plus(PURGE_EVERY);
        jdbc.sql("DELETE FROM platform_rate_limit WHERE window_end < ?").param(OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).update();
    }

    private static String at(Instant i) {
        return i.toString();
    }
}
