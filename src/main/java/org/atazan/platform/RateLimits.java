package org.atazan.platform;

import java.time.Duration;
import java.util.List;

/**
 * How often one account or one client address may do something (send a proposal, sign up, report):
 * counted in PostgreSQL per fixed window, so that the limit holds across the platform's nodes and
 * restarts. A module calls it in its edge before the decision and refuses with 429 when it says no.
 *
 * <pre>{@code
 * if (!limits.tryAcquire("proposal.address", request.getRemoteAddr(), 20, Duration.ofHours(1))) throw ...; // 429
 * }</pre>
 */
public interface RateLimits {

    /**
     * Counts one more action of {@code key} in {@code bucket} within the current window of
     * {@code window}; true if that stays within {@code limit}, false if it goes beyond (a refused
     * attempt counts too, so that hammering does not reopen the door).
     *
     * @param bucket what is limited, lower case with dots ({@code proposal.account})
     * @param key    who: an account name or a client address (kept only until the window ends)
     */
    default boolean tryAcquire(String bucket, String key, int limit, Duration window) {
        return tryAcquire(List.of(new Limit(bucket, key, limit, window))).get(0);
    }

    /**
     * Counts one action under several limits at once (the account's and the address's, say), in one
     * write; per limit and in order, whether it held. Each is counted even when another fails.
     */
    List<Boolean> tryAcquire(List<Limit> limits);

    /** One limit: at most {@code limit} actions of {@code key} in {@code bucket} per {@code window}. */
    record Limit(String bucket, String key, int limit, Duration window) {
        public Limit {
            if (limit < 1 || window.isNegative() || window.isZero()) throw new IllegalArgumentException("limit and window must be positive");
        }
    }
}
