package org.atazan.platform.security;

import org.atazan.PlatformTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Password guessing is slowed per account and per client address, on the form and on HTTP Basic
 * alike; while throttled even the right password is refused. Time is moved with the platform's
 * clock, never waited for. Each test comes from its own addresses (X-Forwarded-For) and accounts, so
 * that no other test's sign-ins are throttled.
 */
@Import(MutableClock.Config.class)
@ExtendWith(OutputCaptureExtension.class)
class SignInThrottleTest extends PlatformTest {

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    /** A new official (no admin role), created by the admin; returns its name. */
    String official(String password) {
        String name = "thr-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = new Client(port).send("POST", "/api/accounts",
                "{\"username\":\"" + name + "\",\"password\":\"" + password + "\",\"roles\":[\"SECRETARY\"]}", ADMIN, ADMIN_PASSWORD);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return name;
    }

    /** 403 means signed in (a secretary may not list accounts); 401 a wrong password; 429 throttled. */
    static int signIn(Client client, String name, String password) {
        return client.getAs("/api/accounts", name, password).statusCode();
    }

    @Test
    void wrongPasswordsLockTheAccountEvenForTheRightOneUntilTheLockEnds(CapturedOutput log) {
        String password = "right-password-" + UUID.randomUUID();
        String name = official(password);
        Client client = new Client(port).from("203.0.113.10");

        for (int i = 1; i <= 4; i++) assertThat(signIn(client, name, "wrong-password-" + i)).isEqualTo(401);
        assertThat(signIn(client, name, password)).as("four failures are forgiven").isEqualTo(403);
        for (int i = 1; i <= 5; i++) assertThat(signIn(client, name, "wrong-password-" + i)).isEqualTo(401);

        HttpResponse<String> refused = client.getAs("/api/accounts", name, password);
        assertThat(refused.statusCode()).as("the right password, but the account is locked").isEqualTo(429);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("60");
        assertThat(refused.body()).contains("\"status\":429").contains("wait 1 min").doesNotContain(password);
        assertThat(signIn(new Client(port).from("203.0.113.11"), name, password))
                .as("the account is locked from every address").isEqualTo(429);
        assertThat(log.getOut()).contains("Sign-in throttled: 5 failed sign-ins for account '" + name + "'")
                .contains("Sign-in refused without checking the password: account '" + name + "' from 203.0.113.10")
                .doesNotContain(password).doesNotContain("wrong-password-");

        clock.advance(Duration.ofSeconds(61));
        assertThat(signIn(client, name, password)).as("the lock has ended").isEqualTo(403);
    }

    @Test
    void eachFurtherFailureDoublesTheLockAndASuccessStartsTheCountAgain() {
        String password = "right-password-" + UUID.randomUUID();
        String name = official(password);
        Client client = new Client(port).from("203.0.113.20");

        for (int i = 0; i < 5; i++) signIn(client, name, "wrong");
        assertThat(client.getAs("/api/accounts", name, password).headers().firstValue("Retry-After")).hasValue("60");
        assertThat(signIn(client, name, "wrong")).as("refused while locked, not counted").isEqualTo(429);
        clock.advance(Duration.ofSeconds(61));
        assertThat(signIn(client, name, "wrong")).isEqualTo(401);
        assertThat(client.getAs("/api/accounts", name, password).headers().firstValue("Retry-After"))
                .as("the sixth failure locks for two minutes").hasValue("120");
        clock.advance(Duration.ofSeconds(121));
        assertThat(signIn(client, name, "wrong")).isEqualTo(401);
        assertThat(client.getAs("/api/accounts", name, password).headers().firstValue("Retry-After"))
                .as("the seventh for four").hasValue("240");
        clock.advance(Duration.ofSeconds(241));

        assertThat(signIn(client, name, password)).isEqualTo(403);
        assertThat(signIn(client, name, "wrong")).as("the success forgot the failures").isEqualTo(401);
        assertThat(signIn(client, name, password)).isEqualTo(403);
    }

    @Test
    void failuresFromOneAddressCountOverAllAccountNames() {
        String password = "right-password-" + UUID.randomUUID();
        String name = official(password);
        Client guesser = new Client(port).from("203.0.113.30");

        for (int i = 1; i <= 20; i++) {
            assertThat(signIn(guesser, "nobody-" + i + "-" + UUID.randomUUID().toString().substring(0, 4), "guess"))
                    .as("guess %d", i).isEqualTo(401);
        }
        assertThat(signIn(guesser, name, password)).as("twenty failures from this address, on other names").isEqualTo(429);
        assertThat(signIn(new Client(port).from("203.0.113.31"), name, password)).as("another address").isEqualTo(403);

        clock.advance(Duration.ofSeconds(61));
        assertThat(signIn(guesser, name, password)).isEqualTo(403);
        assertThat(signIn(guesser, "nobody-else", "guess")).as("a success does not clear the address").isEqualTo(401);
        assertThat(signIn(guesser, name, password)).as("the 21st failure locks it again").isEqualTo(429);
    }

    @Test
    void unknownAccountNamesAreLockedLikeKnownOnes() {
        Client client = new Client(port).from("203.0.113.40");
        String ghost = "ghost-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 5; i++) assertThat(signIn(client, ghost, "guess-" + i)).isEqualTo(401);
        assertThat(signIn(client, ghost, "guess")).as("nothing tells an unknown name from a known one").isEqualTo(429);
    }

    @Test
    void theFormSaysHowLongToWaitInTheReadersLanguage() {
        String password = "right-password-" + UUID.randomUUID();
        String name = official(password);
        Client browser = new Client(port).from("203.0.113.50").header("Accept-Language", "ru-RU,ru;q=0.9");
        String csrf = browser.csrfFromLoginPage();

        for (int i = 0; i < 5; i++) {
            HttpResponse<String> wrong = browser.postForm("/login", Map.of("username", name, "password", "wrong-" + i, "_csrf", csrf));
            assertThat(wrong.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
        }
        HttpResponse<String> right = browser.postForm("/login", Map.of("username", name, "password", password, "_csrf", csrf));
        assertThat(right.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?throttled"));

        HttpResponse<String> page = browser.get("/login?throttled");
        assertThat(page.statusCode()).isEqualTo(429);
        assertThat(page.headers().firstValue("Retry-After")).hasValue("60");
        assertThat(page.body()).contains("Подождите 1 мин.");
        assertThat(browser.header("Accept-Language", "kk").get("/login?throttled").body()).contains("1 минут күтіп");
        assertThat(browser.header("Accept-Language", "en").get("/login?throttled").body()).contains("Wait 1 minute and try again");

        clock.advance(Duration.ofSeconds(61));
        HttpResponse<String> later = browser.postForm("/login", Map.of("username", name, "password", password, "_csrf", csrf));
        assertThat(later.headers().firstValue("Location")).as("signed in").hasValueSatisfying(l -> assertThat(l).doesNotContain("/login"));
    }
}
