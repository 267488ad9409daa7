package org.atazan.platform.security;

import org.atazan.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind an HTTPS proxy the platform sends HSTS and a Secure session cookie; the session cookie is
 * always HttpOnly and SameSite=Lax; a multipart form sends its CSRF token in the body like any form.
 */
class HeadersAndCookiesTest extends PlatformTest {

    @LocalServerPort
    int port;

    static String sessionCookie(HttpResponse<String> r) {
        return r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie: " + r.headers().map()));
    }

    @Test
    void behindAnHttpsProxyPagesAndTheApiSendHstsAndASecureSessionCookie() {
        Client viaProxy = new Client(port).header("X-Forwarded-Proto", "https");
        HttpResponse<String> page = viaProxy.get("/login");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(v ->
                assertThat(v).contains("max-age=31536000").contains("includeSubDomains"));
        assertThat(sessionCookie(page)).contains("Secure").contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
        assertThat(viaProxy.get("/api/openapi").headers().firstValue("Strict-Transport-Security")).isPresent();
    }

    @Test
    void overPlainHttpNoHstsAndTheCookieIsStillLaxAndHttpOnly() {
        HttpResponse<String> page = new Client(port).get("/login");
        assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(sessionCookie(page)).doesNotContain("Secure").contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
    }

    @Test
    void aMultipartFormSendsItsCsrfTokenInTheBody() {
        Client browser = new Client(port);
        String csrf = browser.csrfFromLoginPage();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("username", ADMIN);
        fields.put("password", ADMIN_PASSWORD);

        assertThat(browser.postMultipart("/login", fields).statusCode()).as("no token: refused").isEqualTo(403);

        fields.put("_csrf", csrf);
        HttpResponse<String> signedIn = browser.postMultipart("/login", fields);
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).as("the token and the fields read from the multipart body")
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("/login"));
    }
}
