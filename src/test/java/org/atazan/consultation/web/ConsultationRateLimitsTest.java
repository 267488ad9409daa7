package org.atazan.consultation.web;

import org.atazan.PlatformTest;
import org.atazan.platform.RateLimits;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.env.MockEnvironment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The consultation's limits per account and per client address, on the platform's counters in PostgreSQL. */
class ConsultationRateLimitsTest extends PlatformTest {
    @Autowired
    RateLimits counters;

    @Test
    void manyAccountsFromOneAddressAreStoppedAtTheAddressLimitWithTheSecondsLeftInTheWindow() {
        // 10:59:30 within an hour window: 30 s left.
        Clock clock = Clock.fixed(Instant.parse("2026-03-13T10:59:30Z"), ZoneOffset.UTC);
        MockEnvironment env = new MockEnvironment().withProperty("atazan.consultation.limits.support.per-account", "2")
                .withProperty("atazan.consultation.limits.support.per-address", "3");
        ConsultationRateLimits limits = new ConsultationRateLimits(counters, clock, env, Duration.ofHours(1));
        String address = "198.51.100." + (1 + (int) (Math.random() * 250)) + "-" + UUID.randomUUID();
        String a = "ca" + UUID.randomUUID();
        String b = "cb" + UUID.randomUUID();
        limits.acquire("support", a, address);
        limits.acquire("support", a, address);
        assertThatThrownBy(() -> limits.acquire("support", a, "203.0.113.9-" + UUID.randomUUID()))
                .isInstanceOf(ConsultationRateLimits.TooMany.class).hasMessageContaining("per-account");
        limits.acquire("support", b, address);
        String c = "cc" + UUID.randomUUID();
        assertThatThrownBy(() -> limits.acquire("support", c, address))
                .isInstanceOf(ConsultationRateLimits.TooMany.class).hasMessageContaining("per-address")
                .satisfies(e -> assertThat(((ConsultationRateLimits.TooMany) e).retryAfterSeconds).isEqualTo(30));
    }
}
