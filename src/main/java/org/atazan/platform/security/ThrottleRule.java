package org.atazan.platform.security;

import java.time.Duration;

/**
 * How failed sign-ins of one kind (an account, an address) slow the next ones: the
 * {@code threshold}-th failure locks for {@code firstLock}, each further one doubles the lock up to
 * {@code maxLock}; the count is forgotten {@code forgetAfter} after the last failure or lock ended.
 */
record ThrottleRule(int threshold, Duration firstLock, Duration maxLock, Duration forgetAfter) {

    /** An account: five guesses, then 1, 2, 4 ... 60 minutes; a success clears it. */
    static final ThrottleRule ACCOUNT = new ThrottleRule(5, Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofHours(24));
    /**
     * A client address, over all account names: more room, since an office may share one address,
     * and a success does not clear it (one known account must not buy guesses at the others).
     */
    static final ThrottleRule ADDRESS = new ThrottleRule(20, Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofHours(1));

    ThrottleRule {
        if (threshold < 1 || firstLock.isNegative() || maxLock.compareTo(firstLock) < 0) {
            throw new IllegalArgumentException("throttle rule: threshold >= 1, 0 <= firstLock <= maxLock");
        }
    }

    /** How long the {@code failures}-th consecutive failure locks: zero below the threshold. */
    Duration lockAfter(int failures) {
        if (failures < threshold) return Duration.ZERO;
        int doublings = Math.min(failures - threshold, 30);
        Duration lock = firstLock.multipliedBy(1L << doublings);
        return lock.compareTo(maxLock) > 0 ? maxLock : lock;
    }
}
