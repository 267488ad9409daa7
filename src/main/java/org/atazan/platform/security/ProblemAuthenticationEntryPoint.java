package org.atazan.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

import java.io.IOException;

/** Answers an unauthenticated API write with an RFC 9457 problem and a Basic challenge. */
final class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {
    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"atazan\"");
        Problems.write(request, response, HttpStatus.UNAUTHORIZED,
                "This request changes data: sign in with an account that may do it.");
    }
}
