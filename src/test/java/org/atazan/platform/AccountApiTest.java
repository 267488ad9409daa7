package org.atazan.platform;

import org.atazan.HttpTestClient;
import org.atazan.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** An admin gives officials accounts with roles; each role may write only what it is for. */
class AccountApiTest extends PlatformTest {

    @LocalServerPort
    int port;

    @Test
    void anElectionOfficialMaySubmitProtocolsButNotChangeTheCharter() {
        HttpTestClient client = new HttpTestClient(port);
        String name = "official-" + UUID.randomUUID().toString().substring(0, 6);
        String password = "a-long-password-" + UUID.randomUUID();

        HttpResponse<String> weak = client.postJson("/api/accounts",
                "{\"username\":\"" + name + "\",\"password\":\"short\",\"roles\":[\"ELECTION_OFFICIAL\"]}", ADMIN, ADMIN_PASSWORD);
        assertThat(weak.statusCode()).isEqualTo(422);
        assertThat(weak.body()).contains("password");

        HttpResponse<String> created = client.postJson("/api/accounts",
                "{\"username\":\"" + name + "\",\"password\":\"" + password + "\",\"roles\":[\"election_official\"]}", ADMIN, ADMIN_PASSWORD);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.body()).doesNotContain(password);

        HttpResponse<String> list = client.get("/api/accounts");
        assertThat(list.statusCode()).as("the list of accounts is not public").isEqualTo(401);

        // The official may not create accounts nor charters ...
        assertThat(client.postJson("/api/accounts", "{\"username\":\"x1\",\"password\":\"0123456789abc\",\"roles\":[\"ADMIN\"]}",
                name, password).statusCode()).isEqualTo(403);
        assertThat(client.postJson("/api/charters", "{\"id\":\"nope\",\"title\":\"No\",\"country\":\"kz\"}", name, password)
                .statusCode()).isEqualTo(403);
        // ... but may set up a referendum and enter protocols.
        String id = "acc-" + UUID.randomUUID().toString().substring(0, 6);
        assertThat(client.postJson("/api/referendums", "{\"id\":\"" + id + "\",\"title\":\"T\",\"date\":\"2026-03-15\"}",
                name, password).statusCode()).isEqualTo(201);

        HttpResponse<String> wrong = client.postJson("/api/referendums", "{\"id\":\"x2\",\"title\":\"T\",\"date\":\"2026-03-15\"}",
                name, "not-the-password");
        assertThat(wrong.statusCode()).isEqualTo(401);

        HttpResponse<String> asAdmin = new HttpTestClient(port).getAs("/api/accounts", ADMIN, ADMIN_PASSWORD);
        assertThat(asAdmin.statusCode()).isEqualTo(200);
        assertThat(asAdmin.body()).contains(name).contains("ELECTION_OFFICIAL").doesNotContain("bcrypt").doesNotContain("$2a$");
    }
}
