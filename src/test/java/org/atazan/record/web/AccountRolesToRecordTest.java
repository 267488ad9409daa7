package org.atazan.record.web;

import org.atazan.HttpTestClient;
import org.atazan.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may act for the platform is public: an account given roles, and each change of them, is an entry of the
 * record under the account's public reference, never its login name; a new password alone is no entry. So is an
 * account assigned to an object (a vote) and taken off it.
 */
class AccountRolesToRecordTest extends PlatformTest {
    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.atazan.record.PublicRecord record;

    @Test
    void rolesGivenAndChangedAreEntriesWithoutTheLoginName() throws Exception {
        HttpTestClient http = new HttpTestClient(port);
        long from = ConsultationToRecordTest.size(http);
        String name = "roles-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "a-long-password-" + UUID.randomUUID();
        String body = "{\"username\":\"%s\",\"password\":\"%s\",\"roles\":[%s]}";

        assertThat(http.postJson("/api/accounts", body.formatted(name, password, "\"SECRETARY\""), ADMIN, ADMIN_PASSWORD).statusCode())
                .isEqualTo(201);
        String ref = jdbc.sql("SELECT public_ref::text FROM platform_account WHERE username = ?").param(name).query(String.class).single();
        // a new password, the same roles: no decision to record
        assertThat(http.postJson("/api/accounts", body.formatted(name, password + "-2", "\"secretary\""), ADMIN, ADMIN_PASSWORD).statusCode())
                .isEqualTo(201);
        assertThat(http.postJson("/api/accounts", body.formatted(name, password, "\"COMMISSION\",\"SECRETARY\""), ADMIN, ADMIN_PASSWORD)
                .statusCode()).isEqualTo(201);

        List<String> ours = awaitEntries(from, ref, 2);
        assertThat(ours).containsExactly(
                "{\"decision\":{\"account\":\"" + ref + "\",\"at\":" + at(ours.get(0)) + ",\"before\":[],\"roles\":[\"SECRETARY\"]},"
                        + "\"kind\":\"platform.account-roles-changed\",\"object\":\"account/" + ref + "\"}",
                "{\"decision\":{\"account\":\"" + ref + "\",\"at\":" + at(ours.get(1)) + ",\"before\":[\"SECRETARY\"],\"roles\":[\"COMMISSION\",\"SECRETARY\"]},"
                        + "\"kind\":\"platform.account-roles-changed\",\"object\":\"account/" + ref + "\"}");
        for (String e : ours) assertThat(e).doesNotContain(name).doesNotContain(ADMIN + "\"");

        // Assigned to a vote, then taken off it: two entries about the vote, the account by its reference.
        String vote = "vote-" + UUID.randomUUID().toString().substring(0, 6);
        String assignments = "/api/accounts/" + name + "/assignments/vote/" + vote;
        assertThat(http.json("PUT", assignments, "", ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(201);
        assertThat(http.json("PUT", assignments, "", ADMIN, ADMIN_PASSWORD).statusCode()).as("already: no decision").isEqualTo(200);
        assertThat(http.json("DELETE", assignments, "", ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(204);
        List<String> onVote = awaitEntries(from, "\"object\":\"vote/" + vote + "\"", 2);
        assertThat(onVote).hasSize(2);
        assertThat(onVote.get(0)).contains("\"kind\":\"platform.account-assignment-changed\"", "\"account\":\"" + ref + "\"",
                "\"assigned\":true", "\"objectType\":\"vote\"", "\"objectId\":\"" + vote + "\"").doesNotContain(name);
        assertThat(onVote.get(1)).contains("\"assigned\":false", "\"account\":\"" + ref + "\"").doesNotContain(name);
    }

    /**
     * The entries holding {@code text} appended from {@code from} on, once there are {@code n} of them, read in-process
     * page by page as the log grows (the demo's imported protocols may be appended meanwhile, tens of thousands).
     */
    List<String> awaitEntries(long from, String text, int n) throws InterruptedException {
        List<String> found = new ArrayList<>();
        long next = from;
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (found.size() < n && System.nanoTime() < deadline) {
            List<byte[]> page = record.entries(next, 1000);
            if (page.isEmpty()) {
                Thread.sleep(50);
                continue;
            }
            for (byte[] e : page) {
                String entry = new String(e, java.nio.charset.StandardCharsets.UTF_8);
                if (entry.contains(text)) found.add(entry);
            }
            next += page.size();
        }
        return found;
    }

    /** The entry's time as written (the canonical JSON of an instant). */
    private static String at(String entry) {
        int i = entry.indexOf("\"at\":") + 5;
        return entry.substring(i, entry.indexOf(',', i));
    }
}
