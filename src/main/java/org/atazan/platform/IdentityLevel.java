package org.atazan.platform;

/**
 * How sure the platform is of who a person is, weakest first. Which level each action needs is
 * configuration ({@code atazan.identity.levels.<action>}), read through {@link Citizens#required}.
 */
public enum IdentityLevel {
    /** Nobody signed in: enough to read. */
    NONE,
    /** An account whose e-mail address is not confirmed yet. */
    ACCOUNT,
    /** The account's e-mail address is confirmed (the link in the mail was followed). */
    EMAIL_CONFIRMED,
    /** Signed in through the configured national identity provider (OpenID Connect). */
    VERIFIED;

    public boolean atLeast(IdentityLevel other) {
        return compareTo(other) >= 0;
    }
}
