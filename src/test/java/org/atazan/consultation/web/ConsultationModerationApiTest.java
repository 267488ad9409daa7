package org.atazan.consultation.web;

import org.atazan.HttpTestClient;
import org.atazan.PlatformTest;
import org.atazan.TestCitizens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Reports, hiding, names hidden on request, rate limits and who may open a consultation, over HTTP. */
class ConsultationModerationApiTest extends PlatformTest {
    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    HttpTestClient http;
    String id;
    TestCitizens.Signed author;

    @BeforeEach
    void open() {
        http = new HttpTestClient(port);
        id = "mod-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(http.postJson("/api/consultations", """
                {"id":"%s","title":"Draft","charterId":"kz","versionId":"2026"}""".formatted(id), ADMIN, ADMIN_PASSWORD)
                .statusCode()).isEqualTo(201);
        author = new TestCitizens(port).confirmed("Aigerim Named", "KZ-ALA");
    }

    String propose(TestCitizens.Signed who, String wording) {
        HttpResponse<String> r = http.postJson("/api/consultations/" + id + "/proposals",
                "{\"article\":\"42\",\"kind\":\"amend\",\"wording\":\"" + wording + "\",\"language\":\"en\"}", who.email(), TestCitizens.PASSWORD);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return ConsultationApiTest.json(r).get("reference").asString();
    }

    String path(String ref) {
        return "/api/consultations/" + id + "/proposals/" + ref;
    }

    @Test
    void aReportCountsOncePerAccountAndKind() {
        String ref = propose(author, "Shorter terms for everyone.");
        TestCitizens.Signed reader = new TestCitizens(port).confirmed("", "KZ-AST");
        String body = "{\"kind\":\"abuse\",\"reason\":\"Insults a group.\"}";
        assertThat(http.postJson(path(ref) + "/reports", body, reader.email(), TestCitizens.PASSWORD).statusCode()).isEqualTo(201);
        HttpResponse<String> again = http.postJson(path(ref) + "/reports", body, reader.email(), TestCitizens.PASSWORD);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(ConsultationApiTest.json(again).get("counted").asBoolean()).isFalse();
        assertThat(http.postJson(path(ref) + "/reports", body, null, null).statusCode()).isEqualTo(401);
        assertThat(http.postJson(path(ref) + "/reports", "{\"kind\":\"boring\",\"reason\":\"x\"}", reader.email(), TestCitizens.PASSWORD)
                .body()).contains("field kind");
        assertThat(http.postJson(path(ref) + "/reports", "{\"reason\":\"\"}", reader.email(), TestCitizens.PASSWORD).body())
                .contains("field reason");
        assertThat(jdbc.sql("SELECT count(*) FROM consultation_report r JOIN consultation_proposal p ON p.id = r.proposal_id"
                + " WHERE p.consultation_id = ?").param(id).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void falseAttributionLeadsTheSecretariatToHideTheNameButNotTheProposal() {
        String ref = propose(author, "A proposal that names its author.");
        TestCitizens.Signed named = new TestCitizens(port).confirmed("", "KZ-AST");
        String body = "{\"kind\":\"false-attribution\",\"reason\":\"I am Aigerim Named and did not write this.\"}";
        assertThat(http.postJson(path(ref) + "/reports", body, named.email(), TestCitizens.PASSWORD).statusCode()).isEqualTo(201);
        HttpResponse<String> own = http.postJson(path(ref) + "/reports", body, author.email(), TestCitizens.PASSWORD);
        assertThat(own.statusCode()).isEqualTo(422);
        assertThat(own.body()).contains("field kind").contains("your own proposal");

        assertThat(http.postJson(path(ref) + "/hide-name", "", named.email(), TestCitizens.PASSWORD).statusCode()).isEqualTo(403);
        HttpResponse<String> hidden = http.postJson(path(ref) + "/hide-name", "", ADMIN, ADMIN_PASSWORD);
        assertThat(hidden.statusCode()).as(hidden.body()).isEqualTo(200);
        JsonNode p = ConsultationApiTest.json(http.get(path(ref)));
        assertThat(p.get("author").isNull()).isTrue();
        assertThat(p.get("nameHidden").asBoolean()).isTrue();
        assertThat(p.get("wording").asString()).isEqualTo("A proposal that names its author.");
        for (String open : new String[]{http.get(path(ref)).body(), http.get("/api/consultations/" + id + "/proposals.csv").body(),
                http.get("/api/consultations/" + id + "/proposals.json").body(), http.get("/api/consultations/" + id + "/proposals").body()}) {
            assertThat(open).doesNotContain("Aigerim Named").doesNotContain(author.email());
        }
    }

    @Test
    void aHiddenProposalSaysWhyAndStaysCounted() {
        String ref = propose(author, "Visit my shop for cheap watches.");
        HttpResponse<String> hidden = http.postJson(path(ref) + "/hide", "{\"reason\":\"Advertising, against the policy.\"}", ADMIN, ADMIN_PASSWORD);
        assertThat(hidden.statusCode()).as(hidden.body()).isEqualTo(200);
        JsonNode p = ConsultationApiTest.json(http.get(path(ref)));
        assertThat(p.get("hiddenReason").asString()).isEqualTo("Advertising, against the policy.");
        assertThat(p.get("wording").isNull()).isTrue();
        assertThat(http.get("/api/consultations/" + id + "/proposals").body()).doesNotContain(ref);
        assertThat(jdbc.sql("SELECT count(*) FROM consultation_proposal WHERE consultation_id = ?").param(id).query(Long.class).single())
                .isEqualTo(1);
        assertThat(http.postJson(path(ref) + "/hide", "{\"reason\":\" \"}", ADMIN, ADMIN_PASSWORD).body()).contains("field reason");
        assertThat(http.postJson(path(ref) + "/hide", "{\"reason\":\"x\"}", author.email(), TestCitizens.PASSWORD).statusCode()).isEqualTo(403);
        assertThat(http.postJson(path(ref) + "/show", "", ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(200);
        assertThat(http.get("/api/consultations/" + id + "/proposals").body()).contains(ref);
    }

    @Test
    void theEleventhProposalWithinTheHourIsA429WithRetryAfter() {
        for (int i = 1; i <= 10; i++) propose(author, "Proposal number " + i + " within the hour.");
        HttpResponse<String> r = http.postJson("/api/consultations/" + id + "/proposals",
                "{\"article\":\"42\",\"kind\":\"amend\",\"wording\":\"One too many.\",\"language\":\"en\"}", author.email(), TestCitizens.PASSWORD);
        assertThat(r.statusCode()).isEqualTo(429);
        assertThat(r.body()).contains("atazan.consultation.limits.propose.per-account");
        long retry = Long.parseLong(r.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retry).isBetween(1L, 3600L);
        assertThat(jdbc.sql("SELECT count(*) FROM consultation_proposal WHERE consultation_id = ?").param(id).query(Long.class).single())
                .isEqualTo(10);
    }

    @Test
    void obviousSpamIsRefusedNamingTheField() {
        HttpResponse<String> r = http.postJson("/api/consultations/" + id + "/proposals", "{\"kind\":\"other\",\"wording\":\""
                + "http://a.example http://b.example http://c.example http://d.example\",\"language\":\"en\"}", author.email(), TestCitizens.PASSWORD);
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("field wording").contains("links");
    }

    @Test
    void onlyTheAdminOpensAConsultation() {
        String name = "secretary-" + UUID.randomUUID().toString().substring(0, 6);
        String password = "a-long-password-" + UUID.randomUUID();
        assertThat(http.postJson("/api/accounts", "{\"username\":\"" + name + "\",\"password\":\"" + password
                + "\",\"roles\":[\"SECRETARY\"]}", ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(201);
        String body = "{\"id\":\"" + id + "-b\",\"title\":\"T\",\"charterId\":\"kz\",\"versionId\":\"2026\"}";
        assertThat(http.postJson("/api/consultations", body, name, password).statusCode()).isEqualTo(403);
        assertThat(http.postJson("/api/consultations", body, author.email(), TestCitizens.PASSWORD).statusCode()).isEqualTo(403);
        assertThat(http.get("/api/consultations/" + id + "-b").statusCode()).isEqualTo(404);
    }
}
