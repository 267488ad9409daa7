package org.atazan.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

import java.io.IOException;

/**
 * Answers an unauthenticated API write with an RFC 9457 problem and a Basic challenge; a sign-in
 * refused because of too many failures with 429 and Retry-After.
 */
final class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {
    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof SignInThrottledException throttled) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(throttled.retryAfterSeconds()));
            Problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS,
                    "Too many failed sign-ins for this account or from this address: wait "
                            + throttled.retryAfterMinutes() + " min (Retry-After, in seconds) and try again."
                            + " Until then even the right password is refused.");
            return;
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"atazan\"");
        Problems.write(request, response, HttpStatus.UNAUTHORIZED,
                "This request changes data: sign in with an account that may do it.");
    }
}
