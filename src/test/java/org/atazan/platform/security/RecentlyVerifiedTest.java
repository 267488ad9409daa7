package org.atazan.platform.security;

import org.atazan.HttpTestClient;
import org.atazan.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A password verified a moment ago is not hashed again, but only while the account keeps that password. */
class RecentlyVerifiedTest extends PlatformTest {
    @LocalServerPort
    int port;

    @Test
    void aHitNeedsTheSameNameThePasswordAndTheHashTheAccountStillHas() {
        RecentlyVerified recent = new RecentlyVerified(Duration.ofMinutes(5), 100);
        recent.remember("official", "right-password-1", "{argon2}hash-1");
        assertThat(recent.matches("official", "right-password-1", "{argon2}hash-1")).isTrue();
        assertThat(recent.matches("official", "wrong-password-1", "{argon2}hash-1")).isFalse();
        assertThat(recent.matches("another", "right-password-1", "{argon2}hash-1")).isFalse();
        assertThat(recent.matches("official", "right-password-1", "{argon2}hash-2")).as("the password changed").isFalse();
        assertThat(recent.matches("official", "right-password-1", null)).as("the account is gone").isFalse();
    }

    @Test
    void aChangedPasswordEndsTheOldOneAtOnceThoughItWasJustVerified() {
        HttpTestClient http = new HttpTestClient(port);
        String name = "basic-" + UUID.randomUUID().toString().substring(0, 8);
        String first = "first-password-4k", second = "second-password-8m";
        assertThat(http.postJson("/api/accounts", "{\"username\":\"" + name + "\",\"password\":\"" + first
                + "\",\"roles\":[\"ELECTION_OFFICIAL\"]}", ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(201);
        // Two requests with the same credentials: the second is answered from the recent check, alike.
        assertThat(http.getAs("/api/audit?limit=1", name, first).statusCode()).isEqualTo(403);
        assertThat(http.getAs("/api/audit?limit=1", name, first).statusCode()).isEqualTo(403);
        assertThat(http.getAs("/api/audit?limit=1", name, "not-" + first).statusCode()).as("a wrong one still fails").isEqualTo(401);

        assertThat(http.postJson("/api/accounts", "{\"username\":\"" + name + "\",\"password\":\"" + second
                + "\",\"roles\":[\"ELECTION_OFFICIAL\"]}", ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(201);
        assertThat(http.getAs("/api/audit?limit=1", name, first).statusCode()).as("the old password, just verified").isEqualTo(401);
        assertThat(http.getAs("/api/audit?limit=1", name, second).statusCode()).isEqualTo(403);
    }
}
