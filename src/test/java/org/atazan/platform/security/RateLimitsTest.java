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
