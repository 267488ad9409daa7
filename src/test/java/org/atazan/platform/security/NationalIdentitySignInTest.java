package org.atazan.platform.security;

import org.atazan.AtazanApplication;
import org.atazan.PlatformTest;
import org.atazan.SharedData;
import org.atazan.TestDatabases;
import org.atazan.WebSession;
import org.atazan.platform.Citizens;
import org.atazan.platform.IdentityLevel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import testidp.TestIdentityProvider;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in through the national identity, against a real OpenID Connect provider started here
 * (Spring Authorization Server on 127.0.0.1; the platform on localhost, so that each keeps its own
 * cookies as two sites would): the whole authorization-code flow, redirect by redirect, as a browser
 * follows it. The person becomes one verified account, the same at every later sign-in.
 */
@SpringBootTest(classes = AtazanApplication.class, webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        properties = {"atazan.demo=false", "atazan.admin.password=test-admin-password-1"})
class NationalIdentitySignInTest {
    static final int PORT = TestIdentityProvider.freePort();
    static final int IDP_PORT = TestIdentityProvider.freePort();
    static final String PLATFORM = "http://localhost:" + PORT;
    static final ConfigurableApplicationContext IDP = TestIdentityProvider.start(IDP_PORT, PLATFORM);
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    @Autowired
    Citizens citizens;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("atazan.db.url", () -> TestDatabases.embedded().jdbcUrl());
        registry.add("atazan.db.user", () -> TestDatabases.embedded().user());
        registry.add("atazan.demo-data", () -> SharedData.dir().toString());
        registry.add("atazan.mail.mailbox", () -> PlatformTest.MAILBOX);
        registry.add("spring.security.oauth2.client.registration.national.client-id", () -> TestIdentityProvider.CLIENT_ID);
        registry.add("spring.security.oauth2.client.registration.national.client-secret", () -> TestIdentityProvider.CLIENT_SECRET);
        registry.add("spring.security.oauth2.client.registration.national.scope", () -> "openid,profile");
        registry.add("spring.security.oauth2.client.provider.national.issuer-uri", () -> "http://127.0.0.1:" + IDP_PORT);
    }

    @AfterAll
    static void stopProvider() {
        IDP.close();
    }

    @Test
    void aPersonSignsInThroughTheProviderAndIsAVerifiedCitizenOnce() {
        WebSession browser = new WebSession(PORT);
        assertThat(browser.get("/login").body()).contains("/oauth2/authorization/national");

        String first = signInThroughProvider(browser);
        assertThat(citizens.find(first).orElseThrow().level()).isEqualTo(IdentityLevel.VERIFIED);
        assertThat(citizens.may(first, "support")).isTrue();
        HttpResponse<String> account = browser.get("/account?lang=en");
        assertThat(account.statusCode()).isEqualTo(200);
        assertThat(account.body()).contains("Verified through the national identity")
                .doesNotContain(TestIdentityProvider.PERSON);

        // A later sign-in, from another browser: the same account, not a second one.
        assertThat(signInThroughProvider(new WebSession(PORT))).isEqualTo(first);
    }

    /** Follows the flow from the platform's button to the provider's form and back; the account signed in. */
    private String signInThroughProvider(WebSession browser) {
        HttpResponse<String> r = browser.get("/oauth2/authorization/national");
        String authorize = location(r);
        assertThat(authorize).startsWith("http://127.0.0.1:" + IDP_PORT + "/oauth2/authorize");
        r = browser.get(authorize);
        String login = absolute(location(r), IDP_PORT);
        HttpResponse<String> form = browser.get(login);
        Matcher m = CSRF.matcher(form.body());
        assertThat(m.find()).as("the provider's sign-in form").isTrue();
        r = browser.post(login, Map.of("username", TestIdentityProvider.PERSON, "password", TestIdentityProvider.PERSON_PASSWORD,
                "_csrf", m.group(1)));
        r = browser.get(absolute(location(r), IDP_PORT));
        String callback = location(r);
        assertThat(callback).startsWith(PLATFORM + "/login/oauth2/code/national?code=");
        r = browser.get(callback);
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(location(r)).doesNotContain("error");
        return org.atazan.TestCitizens.accountOf(browser);
    }

    private static String location(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.uri() + " " + r.body()).isIn(301, 302, 303);
        return r.headers().firstValue("Location").orElseThrow();
    }

    private static String absolute(String location, int port) {
        return location.startsWith("http") ? location : "http://127.0.0.1:" + port + location;
    }
}
