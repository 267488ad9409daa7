package org.atazan.platform.security;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetails;

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
    private final java.util.function.Function<String, UserDetails> accounts;
    private final RecentlyVerified recent;

    ThrottledAuthenticationProvider(AuthenticationProvider passwords, SignInThrottle throttle,
                                    java.util.function.Function<String, UserDetails> accounts, RecentlyVerified recent) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.accounts = accounts;
        this.recent = recent;
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
            if (attempt.getCredentials() instanceof String p) {
                Authentication known = recentlyVerified(attempt, account, p);
                if (known != null) return known;
            }
            Authentication signedIn = passwords.authenticate(attempt);
            if (signedIn != null) {
                throttle.succeeded(account);
                if (attempt.getCredentials() instanceof String p && signedIn.getPrincipal() instanceof UserDetails user) {
                    recent.remember(account, p, user.getPassword());
                }
            }
            return signedIn;
        } catch (BadCredentialsException e) {
            throttle.failed(account, address);
            throw e;
        }
    }

    /** The account signed in without hashing again, if this password matched its current hash a moment ago. */
    private Authentication recentlyVerified(Authentication attempt, String account, String password) {
        UserDetails user;
        try {
            user = accounts.apply(account);
        } catch (org.springframework.security.core.userdetails.UsernameNotFoundException e) {
            return null; // the full check answers, as for any unknown name
        }
        if (!recent.matches(account, password, user.getPassword())) return null;
        UsernamePasswordAuthenticationToken done = UsernamePasswordAuthenticationToken.authenticated(
                org.springframework.security.core.userdetails.User.withUserDetails(user).build(), null, user.getAuthorities());
        done.setDetails(attempt.getDetails());
        return done;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }
}
