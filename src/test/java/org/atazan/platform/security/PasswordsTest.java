package org.atazan.platform.security;

import org.atazan.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Passwords through the accounts API: the policy's refusals are 422 problems naming the field (never
 * a 500), long passwords of any bytes work, new hashes are Argon2id and old bcrypt ones still sign in
 * and are rewritten.
 */
class PasswordsTest extends PlatformTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    HttpResponse<String> create(String name, String password) {
        String json = "{\"username\":\"" + name + "\",\"password\":" + (password == null ? "null" : "\"" + password + "\"")
                + ",\"roles\":[\"SECRETARY\"]}";
        return new Client(port).send("POST", "/api/accounts", json, ADMIN, ADMIN_PASSWORD);
    }

    static String name() {
        return "pw-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void refusedPasswordsAre422ProblemsNamingTheField() {
        for (String weak : new String[]{"            ", "qwertyuiop12", "password1234", "123456789012", "short", "x".repeat(129)}) {
            HttpResponse<String> r = create(name(), weak);
            assertThat(r.statusCode()).as("'%s'", weak).isEqualTo(422);
            assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
            assertThat(r.body()).contains("field password");
            if (!weak.isBlank() && weak.length() > 5) assertThat(r.body()).as("never echoed").doesNotContain(weak);
        }
        assertThat(create(name(), null).body()).contains("field password: a password is needed");
    }

    @Test
    void aPasswordOfManyBytesIsStoredWholeAndSignsIn() {
        String name = name();
        String password = "Қазақстан Республикасының жаңа Конституциясы, 2026 жылғы 15 наурыз!"; // 67 characters, over 100 bytes
        assertThat(password.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(72);
        assertThat(create(name, password).statusCode()).isEqualTo(201);
        Client client = new Client(port);
        assertThat(client.getAs("/api/accounts", name, password).statusCode()).as("signed in, not an admin").isEqualTo(403);
        assertThat(client.getAs("/api/accounts", name, password.substring(0, 40)).statusCode())
                .as("a prefix is not the password (bcrypt would have cut at 72 bytes)").isEqualTo(401);
        assertThat(hash(name)).startsWith("{argon2@SpringSecurity_v5_8}$argon2id$");
    }

    @Test
    void anOldBcryptHashStillSignsInAndIsRewrittenAsArgon2() {
        String name = name();
        String password = "an-old-password-" + UUID.randomUUID();
        jdbc.sql("INSERT INTO platform_account (username, password_hash, roles) VALUES (?, ?, 'ROLE_SECRETARY')")
                .params(name, "{bcrypt}" + new BCryptPasswordEncoder().encode(password)).update();

        assertThat(new Client(port).getAs("/api/accounts", name, password).statusCode()).isEqualTo(403);
        assertThat(hash(name)).startsWith("{argon2@SpringSecurity_v5_8}");
        assertThat(new Client(port).getAs("/api/accounts", name, password).statusCode()).isEqualTo(403);
        assertThat(new Client(port).getAs("/api/accounts", name, "x".repeat(100)).statusCode())
                .as("over 72 bytes against any hash: a wrong password, not an error").isEqualTo(401);
    }

    @Test
    void aGiantPasswordIsWrongNotAnError() {
        String name = name();
        assertThat(create(name, "a-giant-password-test-1").statusCode()).isEqualTo(201);
        assertThat(new Client(port).from("198.51.100.7").getAs("/api/accounts", name, "y".repeat(4000)).statusCode()).isEqualTo(401);
    }

    String hash(String name) {
        return jdbc.sql("SELECT password_hash FROM platform_account WHERE username = ?").param(name).query(String.class).single();
    }
}
