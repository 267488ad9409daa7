package org.atazan.platform.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Every password sign-in (the form and HTTP Basic alike) passes here: refused at once while its
 * account or its client address is throttled, counted when the password is wrong (an unknown account
 * counts like a wrong password), cleared for the account when it is right.
 */
final class ThrottledAuthenticationProvider implements AuthenticationProvider {
    /** No password is longer (the policy stops at 128 characters); a longer one is wrong without hashing it. */
    static final int MAX_PRESENTED = 1024;

    private final AuthenticationProvider passwords;
    private final SignInThrottle throttle;

    ThrottledAuthenticationProvider(AuthenticationProvider passwords, SignInThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String account = attempt.getName();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        throttle.checkAllowed(account, address);
        try {
            if (attempt.getCredentials() instanceof String p && p.length() > MAX_PRESENTED) {
                throw new BadCredentialsException("Bad credentials");
            }
            Authentication signedIn = passwords.authenticate(attempt);
            if (signedIn != null) throttle.succeeded(account);
            return signedIn;
        } catch (BadCredentialsException e) {
            throttle.failed(account, address);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }
}
