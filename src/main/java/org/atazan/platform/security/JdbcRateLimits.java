package org.atazan.platform.security;

import jakarta.annotation.PreDestroy;
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
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;

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

    private record Ask(Row row, Instant end, CompletableFuture<Integer> count) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final BlockingQueue<Ask> queue = new LinkedBlockingQueue<>();
    private volatile Instant nextPurge = Instant.MIN;
    private Thread writer;

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
            asks.add(new Ask(new Row(l.bucket(), k, start), start.plusMillis(size), new CompletableFuture<>()));
        }
        startWriter();
        queue.addAll(asks);
        List<Boolean> held = new ArrayList<>(limits.size());
        for (int i = 0; i < asks.size(); i++) held.add(await(asks.get(i).count()) <= limits.get(i).limit());
        purgeNowAndThen(now);
        return held;
    }

    private static int await(CompletableFuture<Integer> count) {
        try {
            return count.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IllegalStateException("rate limit not counted", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while counting a rate limit", e);
        }
    }

    private synchronized void startWriter() {
        if (writer != null) return;
        writer = new Thread(this::write, "rate-limit-counts");
        writer.setDaemon(true);
        writer.start();
    }

    @PreDestroy
    synchronized void stop() {
        if (writer != null) writer.interrupt();
    }

    private void write() {
        List<Ask> batch = new ArrayList<>(MAX_BATCH);
        while (!Thread.currentThread().isInterrupted()) {
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                return;
            }
            queue.drainTo(batch, MAX_BATCH - 1);
            try {
                count(batch);
            } catch (RuntimeException e) {
                for (Ask a : batch) a.count().completeExceptionally(e);
            }
            batch.clear();
        }
    }

    /** One upsert adding each row's number of asks; the asks of a row get its counts in arrival order. */
    private void count(List<Ask> batch) {
        Map<Row, List<Ask>> byRow = new TreeMap<>();
        for (Ask a : batch) byRow.computeIfAbsent(a.row(), r -> new ArrayList<>()).add(a);
        int n = byRow.size();
        String[] buckets = new String[n], keys = new String[n], starts = new String[n], ends = new String[n];
        Integer[] adds = new Integer[n];
        int i = 0;
        for (var e : byRow.entrySet()) {
            buckets[i] = e.getKey().bucket();
            keys[i] = e.getKey().key();
            starts[i] = at(e.getKey().start());
            ends[i] = at(e.getValue().get(0).end());
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
        for (var e : byRow.entrySet()) {
            List<Ask> asks = e.getValue();
            int total = totals.get(e.getKey());
            for (int k = 0; k < asks.size(); k++) asks.get(k).count().complete(total - asks.size() + 1 + k);
        }
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
