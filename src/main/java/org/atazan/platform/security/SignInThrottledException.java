package org.atazan.platform.security;

import org.springframework.security.core.AuthenticationException;

import java.time.Duration;

/** A sign-in refused without looking at the password, because too many failed before it. */
public class SignInThrottledException extends AuthenticationException {
    private final Duration retryAfter;

    SignInThrottledException(Duration retryAfter) {
        super("Too many failed sign-ins: wait " + retryAfter.toSeconds() + " s");
        this.retryAfter = retryAfter;
    }

    /** How long until a sign-in is tried again (at least one second). */
    public Duration retryAfter() {
        return retryAfter;
    }

    /** The wait in whole seconds, rounded up: for a Retry-After header. */
    public long retryAfterSeconds() {
        return Math.max(1, retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0));
    }

    /** The wait in whole minutes, rounded up: for a person. */
    public long retryAfterMinutes() {
        return Math.max(1, (retryAfterSeconds() + 59) / 60);
    }
}
