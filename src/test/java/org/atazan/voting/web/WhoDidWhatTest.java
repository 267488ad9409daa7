package org.atazan.voting.web;

import org.atazan.HttpTestClient;
import org.atazan.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who did what on a vote: creation, territories, corrections, turnout and publication are in the audit
 * trail under the official's account, which the vote's officials see (API and desk). The public pages,
 * the public API and the open data name the role that acted, never the account.
 */
class WhoDidWhatTest extends PlatformTest {

    @LocalServerPort
    int port;
    final ObjectMapper json = new ObjectMapper();

    @Test
    void everyDecisionIsRecordedUnderTheAccountAndThePublicSeesTheRole() {
        HttpTestClient client = new HttpTestClient(port);
        Officials officials = new Officials(port, ADMIN, ADMIN_PASSWORD);
        String alice = officials.create("alice");
        String vote = "who-" + UUID.randomUUID().toString().substring(0, 8);
        List<HttpResponse<String>> done = new ArrayList<>();
        done.add(client.postJson("/api/referendums", "{\"id\":\"" + vote + "\",\"title\":\"Who\",\"date\":\"2026-03-15\"}", alice, Officials.PASSWORD));
        done.add(client.postJson("/api/referendums/" + vote + "/territories", "[{\"code\":\"W\",\"kind\":\"country\"},"
                + "{\"code\":\"W/1\",\"kind\":\"station\",\"parent\":\"W\",\"registered\":1000}]", alice, Officials.PASSWORD));
        done.add(client.postJson("/api/referendums/" + vote + "/protocols",
                "{\"station\":\"W/1\",\"registered\":1000,\"issued\":600,\"inBoxes\":600,\"invalid\":0,\"yes\":400,\"no\":200}", alice, Officials.PASSWORD));
        done.add(client.postJson("/api/referendums/" + vote + "/corrections", "{\"station\":\"W/1\",\"registered\":1000,\"issued\":600,"
                + "\"inBoxes\":600,\"invalid\":0,\"yes\":410,\"no\":190,\"reason\":\"recount by the district commission\"}", alice, Officials.PASSWORD));
        done.add(client.postJson("/api/referendums/" + vote + "/turnout", "[{\"unit\":\"W\",\"at\":\"12:00\",\"percent\":30,\"issued\":300}]",
                alice, Officials.PASSWORD));
        done.add(client.postJson("/api/referendums/" + vote + "/result", "", alice, Officials.PASSWORD));
        for (HttpResponse<String> r : done) assertThat(r.statusCode()).as(r.body()).isBetween(200, 201);

        // A refused decision leaves no entry.
        assertThat(client.postJson("/api/referendums/" + vote + "/corrections", "{\"station\":\"W/1\",\"registered\":1000,\"issued\":600,"
                + "\"inBoxes\":600,\"invalid\":0,\"yes\":900,\"no\":190,\"reason\":\"wrong\"}", alice, Officials.PASSWORD).statusCode()).isEqualTo(422);

        JsonNode trail = json.readTree(client.getAs("/api/referendums/" + vote + "/audit", alice, Officials.PASSWORD).body());
        List<String> actions = new ArrayList<>();
        for (JsonNode e : trail) {
            actions.add(e.get("action").asString());
            assertThat(e.get("actor").asString()).isEqualTo(alice);
            assertThat(e.get("objectType").asString()).isEqualTo("vote");
            assertThat(e.get("at").asString()).isNotBlank();
        }
        assertThat(actions).containsExactly("vote.result.publish", "vote.turnout.report", "vote.protocol.correct",
                "vote.territories.add", "vote.create");
        assertThat(trail.get(2).get("summary").asString()).contains("W/1").contains("revision 2").contains("recount by the district commission");

        // The officials' desk lists them with the account.
        String desk = officials.signIn(alice, Officials.PASSWORD).get("/voting/referendums/" + vote + "/desk?lang=en").body();
        assertThat(desk).contains("Recent actions on this vote").contains(alice).contains("protocol corrected").contains("result published");

        // The public sees the role, in the reader's language, and never the account.
        String station = client.get("/voting/referendums/" + vote + "?unit=W/1&lang=en").body();
        assertThat(station).contains("election official").contains("recount by the district commission").doesNotContain(alice);
        String national = client.get("/voting/referendums/" + vote + "?lang=en").body();
        assertThat(national).contains("by election official (publication 1)").doesNotContain(alice);
        assertThat(client.get("/voting/referendums/" + vote + "?lang=ru").body()).contains("член избирательной комиссии").doesNotContain(alice);
        assertThat(client.get("/voting/referendums/" + vote + "?unit=W/1&lang=kk").body()).contains("сайлау комиссиясының мүшесі");

        JsonNode history = json.readTree(client.get("/api/referendums/" + vote + "/protocols/history?station=W/1").body());
        assertThat(history).hasSize(2);
        assertThat(history.get(1).get("enteredBy").asString()).isEqualTo("election official");
        assertThat(history.get(1).has("account")).isFalse();
        JsonNode publications = json.readTree(client.get("/api/referendums/" + vote + "/result/publications").body());
        assertThat(publications.get(0).get("publishedBy").asString()).isEqualTo("election official");
        assertThat(publications.get(0).has("account")).isFalse();
        for (String open : List.of("protocols.csv", "protocols.json", "totals.csv", "totals.json", "protocols/history?station=W/1",
                "result/publications", "turnout", "")) {
            assertThat(client.get("/api/referendums/" + vote + (open.isEmpty() ? "" : "/" + open)).body()).as(open).doesNotContain(alice);
        }

        // Officials (and the admin) see the account too.
        JsonNode asOfficial = json.readTree(client.getAs("/api/referendums/" + vote + "/protocols/history?station=W/1", alice, Officials.PASSWORD).body());
        assertThat(asOfficial.get(1).get("account").asString()).isEqualTo(alice);
        JsonNode asAdmin = json.readTree(client.getAs("/api/referendums/" + vote + "/result/publications", ADMIN, ADMIN_PASSWORD).body());
        assertThat(asAdmin.get(0).get("account").asString()).isEqualTo(alice);
    }

    @Test
    void theDemoDataSaysSoInsteadOfAnAccount() {
        HttpTestClient client = new HttpTestClient(port);
        JsonNode h = json.readTree(client.get("/api/referendums/kz-2022/protocols/history?station=KZ").body());
        assertThat(h.get(0).get("enteredBy").asString()).isEqualTo("demo data (published figures)");
        assertThat(client.get("/voting/referendums/kz-2022?lang=en").body()).contains("demo data (published figures)");
    }
}
