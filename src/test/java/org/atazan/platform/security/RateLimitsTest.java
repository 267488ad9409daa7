package org.atazan.platform.security;

import org.atazan.PlatformTest;
import org.atazan.TestCitizens;
import org.atazan.WebSession;
import org.atazan.platform.RateLimits;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimitsTest extends PlatformTest {
    @Autowired
    RateLimits limits;
    @LocalServerPort
    int port;

    @Test
    void underConcurrencyExactlyTheLimitIsLetThrough() throws Exception {
        String key = "k-" + UUID.randomUUID();
        List<Callable<Boolean>> tries = new ArrayList<>();
        for (int i = 0; i < 60; i++) tries.add(() -> limits.tryAcquire("test.bucket", key, 20, Duration.ofHours(1)));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        int allowed = 0;
        try {
            for (Future<Boolean> f : pool.invokeAll(tries)) if (f.get()) allowed++;
        } finally {
            pool.shutdown();
        }
        assertThat(allowed).isEqualTo(20);
        assertThat(limits.tryAcquire("test.bucket", "another-" + key, 20, Duration.ofHours(1))).as("another key").isTrue();
        assertThat(limits.tryAcquire("test.other", key, 20, Duration.ofHours(1))).as("another bucket").isTrue();
    }

    @Test
    void severalLimitsAreCountedTogetherEachExactlyAndARefusalCountsToo() throws Exception {
        String account = "a-" + UUID.randomUUID(), address = "198.51.100." + UUID.randomUUID().toString().substring(0, 8);
        List<RateLimits.Limit> both = List.of(new RateLimits.Limit("test.account", account, 5, Duration.ofHours(1)),
                new RateLimits.Limit("test.address", address, 50, Duration.ofHours(1)));
        List<Callable<List<Boolean>>> tries = new ArrayList<>();
        for (int i = 0; i < 30; i++) tries.add(() -> limits.tryAcquire(both));
        ExecutorService pool = Executors.newFixedThreadPool(12);
        int accountHeld = 0, addressHeld = 0;
        try {
            for (Future<List<Boolean>> f : pool.invokeAll(tries)) {
                if (f.get().get(0)) accountHeld++;
                if (f.get().get(1)) addressHeld++;
            }
        } finally {
            pool.shutdown();
        }
        assertThat(accountHeld).isEqualTo(5);
        assertThat(addressHeld).isEqualTo(30);
        // 30 counted on the address: 20 more fit under its limit of 50, the 21st does not.
        for (int i = 0; i < 20; i++) assertThat(limits.tryAcquire("test.address", address, 50, Duration.ofHours(1))).isTrue();
        assertThat(limits.tryAcquire("test.address", address, 50, Duration.ofHours(1))).isFalse();
    }

    @Test
    void aLimitThatIsNotPositiveIsAMistakeOfTheCaller() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> limits.tryAcquire("test.bucket", "k", 0, Duration.ofHours(1)));
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> limits.tryAcquire("test.bucket", "k", 1, Duration.ZERO));
    }

    @Test
    void oneAddressMayNotSignUpWithoutEnd() {
        String address = "203.0.113." + (1 + (int) (Math.random() * 250));
        int created = 0;
        HttpResponse<String> last = null;
        for (int i = 0; i < 11; i++) {
            WebSession s = new WebSession(port).header("X-Forwarded-For", address);
            last = s.submit("/account/new?lang=en", "/account/new", Map.of("email", "flood-" + UUID.randomUUID() + "@example.kz",
                    "password", TestCitizens.PASSWORD, "language", "en"));
            if (last.statusCode() == 200) created++;
        }
        assertThat(created).isEqualTo(10);
        assertThat(last.statusCode()).isEqualTo(429);
        assertThat(last.body()).contains("Too many accounts were created from your network");
    }
}
