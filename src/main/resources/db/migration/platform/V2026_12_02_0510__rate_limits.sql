-- Fixed-window counters of platform.RateLimits (one row per bucket, key and window; old windows purged).
CREATE TABLE platform_rate_limit (
    bucket       text NOT NULL CHECK (bucket ~ '^[a-z][a-z0-9._-]{0,63}$'),
    key          text NOT NULL CHECK (length(key) BETWEEN 1 AND 128),
    window_start timestamptz NOT NULL,
    window_end   timestamptz NOT NULL,
    count        integer NOT NULL,
    PRIMARY KEY (bucket, key, window_start)
);
CREATE INDEX platform_rate_limit_end ON platform_rate_limit (window_end);
