package org.atazan.platform.security;

import org.atazan.platform.RateLimits;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** {@link RateLimits} as one upsert per action: the count is exact under concurrency (row lock). */
@Component
class JdbcRateLimits implements RateLimits {
    private static final Duration PURGE_EVERY = Duration.ofMinutes(10);

    private final JdbcClient jdbc;
    private final Clock clock;
    private volatile Instant nextPurge = Instant.MIN;

    JdbcRateLimits(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public boolean tryAcquire(String bucket, String key, int limit, Duration window) {
        if (limit < 1 || window.isNegative() || window.isZero()) throw new IllegalArgumentException("limit and window must be positive");
        Instant now = clock.instant();
        long size = window.toMillis();
        Instant start = Instant.ofEpochMilli(Math.floorDiv(now.toEpochMilli(), size) * size);
        String k = key == null || key.isEmpty() ? "-" : key.length() > 128 ? key.substring(0, 128) : key;
        int count = jdbc.sql("""
                        INSERT INTO platform_rate_limit (bucket, key, window_start, window_end, count) VALUES (?, ?, ?, ?, 1)
                        ON CONFLICT (bucket, key, window_start) DO UPDATE SET count = platform_rate_limit.count + 1
                        RETURNING count""")
                .params(bucket, k, at(start), at(start.plusMillis(size)))
                .query(Integer.class).single();
        purgeNowAndThen(now);
        return count <= limit;
    }

    private void purgeNowAndThen(Instant now) {
        if (now.isBefore(nextPurge)) return;
        nextPurge = now.plus(PURGE_EVERY);
        jdbc.sql("DELETE FROM platform_rate_limit WHERE window_end < ?").param(at(now)).update();
    }

    private static OffsetDateTime at(Instant i) {
        return OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
    }
}
