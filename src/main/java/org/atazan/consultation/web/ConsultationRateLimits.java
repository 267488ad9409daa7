package org.atazan.consultation.web;

import org.atazan.platform.RateLimits;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * How often one account and one client address may propose, support, react and report, from configuration
 * ({@code atazan.consultation.limits.<action>.per-account} and {@code .per-address}, per
 * {@code atazan.consultation.limits.window}); counted in PostgreSQL by {@link RateLimits}, so the limit
 * holds across nodes and restarts. Beyond it, {@link TooMany} (a 429 with Retry-After).
 */
@Component
class ConsultationRateLimits {
    private final RateLimits limits;
    private final Clock clock;
    private final Environment env;
    private final Duration window;

    ConsultationRateLimits(RateLimits limits, Clock clock, Environment env,
                           @Value("${atazan.consultation.limits.window:1h}") Duration window) {
        this.limits = limits;
        this.clock = clock;
        this.env = env;
        this.window = window;
    }

    /** The action went beyond a limit: which, and the seconds until its window ends. */
    static final class TooMany extends RuntimeException {
        final long retryAfterSeconds;

        TooMany(String message, long retryAfterSeconds) {
            super(message);
            this.retryAfterSeconds = retryAfterSeconds;
        }
    }

    /** Counts one {@code action} (propose, support, react, report) of the account and of the address; refuses beyond either limit. */
    void acquire(String action, String account, String address) {
        int perAccount = limit(action, "per-account");
        int perAddress = limit(action, "per-address");
        // Both counted, so that hammering from one address with many accounts (or the reverse) is seen.
        List<Boolean> held = limits.tryAcquire(List.of(
                new RateLimits.Limit("consultation." + action + ".account", account, perAccount, window),
                new RateLimits.Limit("consultation." + action + ".address", address, perAddress, window)));
        boolean accountOk = held.get(0);
        boolean addressOk = held.get(1);
        if (accountOk && addressOk) return;
        long size = window.toMillis();
        long now = clock.millis();
        long retry = Math.max(1, (Math.floorDiv(now, size) * size + size - now + 999) / 1000);
        throw new TooMany(accountOk
                ? "too many from this address: at most " + perAddress + " per " + human(window) + " (atazan.consultation.limits."
                  + action + ".per-address); try again in " + retry + " s"
                : "too many from this account: at most " + perAccount + " per " + human(window) + " (atazan.consultation.limits."
                  + action + ".per-account); try again in " + retry + " s", retry);
    }

    private int limit(String action, String per) {
        int defaults = switch (action + "." + per) {
            case "propose.per-account" -> 10;
            case "propose.per-address" -> 30;
            case "support.per-account" -> 100;
            case "support.per-address" -> 300;
            case "report.per-account" -> 20;
            case "report.per-address" -> 60;
            case "react.per-account" -> 1_000;
            case "react.per-address" -> 3_000;
            default -> throw new IllegalArgumentException("no limit for " + action + "." + per);
        };
        return env.getProperty("atazan.consultation.limits." + action + "." + per, Integer.class, defaults);
    }

    private static String human(Duration d) {
        return d.toMinutes() % 60 == 0 && d.toHours() > 0 ? (d.toHours() == 1 ? "hour" : d.toHours() + " hours") : d.toSeconds() + " s";
    }
}
