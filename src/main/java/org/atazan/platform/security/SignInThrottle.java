package org.atazan.platform.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Slows password guessing: failed sign-ins are counted per account name and per client address in
 * PostgreSQL (so the count holds on every node and across restarts), and past a {@link ThrottleRule}'s
 * threshold every sign-in of that account or from that address is refused, even with the right
 * password, until the lock ends. Each refusal and each new lock is logged with the account name and
 * the address, never the password.
 */
@Component
class SignInThrottle {
    private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);
    private static final Duration PURGE_EVERY = Duration.ofHours(1);
    static final int MAX_KEY = 128;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ThrottleRule accountRule;
    private final ThrottleRule addressRule;
    private volatile Instant nextPurge = Instant.MIN;

    @Autowired
    SignInThrottle(JdbcClient jdbc, Clock clock) {
        this(jdbc, clock, ThrottleRule.ACCOUNT, ThrottleRule.ADDRESS);
    }

    SignInThrottle(JdbcClient jdbc, Clock clock, ThrottleRule accountRule, ThrottleRule addressRule) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.accountRule = accountRule;
        this.addressRule = addressRule;
    }

    /** Throws {@link SignInThrottledException} if the account or the address is locked now. */
    void checkAllowed(String account, String address) {
        Instant now = now();
        var locked = jdbc.sql("""
                        SELECT locked_until FROM platform_sign_in_throttle
                        WHERE locked_until > :now AND ((kind = 'account' AND key = :account) OR (kind = 'address' AND key = :address))
                        ORDER BY locked_until DESC LIMIT 1
                        """)
                .param("now", at(now)).param("account", key(account)).param("address", address == null ? "" : key(address))
                .query(OffsetDateTime.class).optional();
        if (locked.isPresent()) {
            SignInThrottledException refused = new SignInThrottledException(Duration.between(now, locked.get().toInstant()));
            log.warn("Sign-in refused without checking the password: account '{}' from {} is throttled for {} s more",
                    printable(account), printable(address), refused.retryAfterSeconds());
            throw refused;
        }
    }

    /** Counts a failed sign-in against the account and the address, locking them past the thresholds. */
    void failed(String account, String address) {
        Instant now = now();
        count("account", key(account), accountRule, now, account, address);
        if (address != null) count("address", key(address), addressRule, now, account, address);
        purgeNowAndThen(now);
    }

    /** A success clears the account's count (not the address's: one known account must not buy guesses). */
    void succeeded(String account) {
        jdbc.sql("DELETE FROM platform_sign_in_throttle WHERE kind = 'account' AND key = ?").param(key(account)).update();
    }

    private void count(String kind, String key, ThrottleRule rule, Instant now, String account, String address) {
        int failures = jdbc.sql("""
                        INSERT INTO platform_sign_in_throttle AS t (kind, key, failures, last_failure_at)
                        VALUES (:kind, :key, 1, :now)
                        ON CONFLICT (kind, key) DO UPDATE SET
                            failures = CASE WHEN GREATEST(t.last_failure_at, t.locked_until) < :forget THEN 1 ELSE t.failures + 1 END,
                            locked_until = CASE WHEN GREATEST(t.last_failure_at, t.locked_until) < :forget THEN NULL ELSE t.locked_until END,
                            last_failure_at = :now
                        RETURNING failures
                        """)
                .param("kind", kind).param("key", key).param("now", at(now)).param("forget", at(now.minus(rule.forgetAfter())))
                .query(Integer.class).single();
        Duration lock = rule.lockAfter(failures);
        if (!lock.isZero() && !lock.isNegative()) {
            jdbc.sql("UPDATE platform_sign_in_throttle SET locked_until = GREATEST(locked_until, :until) WHERE kind = :kind AND key = :key")
                    .param("until", at(now.plus(lock))).param("kind", kind).param("key", key).update();
            log.warn("Sign-in throttled: {} failed sign-ins for {} '{}' (last: account '{}' from {}); locked for {} min",
                    failures, kind, printable(key), printable(account), printable(address), lock.toMinutes());
        }
    }

    /** Forgets old counts now and then, so that random account names cannot fill the table. */
    private void purgeNowAndThen(Instant now) {
        if (now.isBefore(nextPurge)) return;
        nextPurge = now.plus(PURGE_EVERY);
        jdbc.sql("DELETE FROM platform_sign_in_throttle WHERE kind = 'account' AND GREATEST(last_failure_at, locked_until) < ?")
                .param(at(now.minus(accountRule.forgetAfter()))).update();
        jdbc.sql("DELETE FROM platform_sign_in_throttle WHERE kind = 'address' AND GREATEST(last_failure_at, locked_until) < ?")
                .param(at(now.minus(addressRule.forgetAfter()))).update();
    }

    /** Account names are lower case; an overlong name is counted by its beginning. */
    static String key(String value) {
        if (value == null) return null;
        String k = value.isEmpty() ? "-" : value.toLowerCase(Locale.ROOT);
        return k.length() > MAX_KEY ? k.substring(0, MAX_KEY) : k;
    }

    /** What a client sent, safe for one log line: no control characters, not too long. */
    static String printable(String value) {
        if (value == null) return "(unknown)";
        String cut = value.length() > 64 ? value.substring(0, 64) + "…" : value;
        return cut.codePoints().map(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    /** The clock's time at the database's precision (microseconds), so that a wait is what was stored. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
