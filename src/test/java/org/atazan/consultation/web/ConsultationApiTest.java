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
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The consultation's API over HTTP: citizens, the secretariat, open data and every refusal with its status. */
class ConsultationApiTest extends PlatformTest {
    static final JsonMapper JSON = JsonMapper.builder().build();
    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    HttpTestClient http;
    String id;
    TestCitizens.Signed citizen;

    @BeforeEach
    void open() {
        http = new HttpTestClient(port);
        id = "api-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> r = http.postJson("/api/consultations", """
                {"id":"%s","title":"Draft of 2026","charterId":"kz","versionId":"2026"}""".formatted(id), ADMIN, ADMIN_PASSWORD);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        citizen = new TestCitizens(port).confirmed("Aigerim <b>S</b>", "KZ-ALA");
    }

    HttpResponse<String> propose(String body) {
        return http.postJson("/api/consultations/" + id + "/proposals", body, citizen.email(), TestCitizens.PASSWORD);
    }

    static JsonNode json(HttpResponse<String> r) {
        return JSON.readTree(r.body());
    }

    @Test
    void aCitizenProposesAndThePublicSeesItWithoutPersonalData() {
        HttpResponse<String> r = propose("""
                {"article":"42","kind":"amend","wording":"Ограничить срок полномочий одним сроком.","reasons":"Сменяемость.",
                 "idempotencyKey":"k1"}""");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        String ref = json(r).get("reference").asString();
        assertThat(ref).matches("P-\\d{4}-000001");
        assertThat(json(r).get("language").asString()).isEqualTo("ru");
        assertThat(json(r).get("author").asString()).isEqualTo("Aigerim <b>S</b>");
        assertThat(propose("""
                {"article":"42","kind":"amend","wording":"Ограничить срок полномочий одним сроком.","idempotencyKey":"k1"}""")
                .body()).contains(ref);

        assertThat(json(http.get("/api/consultations")).findValues("id").stream().map(JsonNode::asString)).contains(id);
        HttpResponse<String> page = http.get("/api/consultations/" + id + "/proposals/" + ref);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(json(page).get("history").get(0).get("status").asString()).isEqualTo("received");
        for (String open : new String[]{page.body(), http.get("/api/consultations/" + id + "/proposals.csv").body(),
                http.get("/api/consultations/" + id + "/proposals.json").body(), http.get("/api/consultations/" + id + "/proposals").body()}) {
            assertThat(open).doesNotContain(citizen.email()).doesNotContain(citizen.account());
        }
    }

    @Test
    void badProposalsAreRefusedNamingTheField() {
        assertThat(propose("{\"article\":\"999\",\"kind\":\"amend\",\"wording\":\"x\"}").body()).contains("field article");
        HttpResponse<String> empty = propose("{\"article\":\"1\",\"kind\":\"amend\",\"wording\":\"  \"}");
        assertThat(empty.statusCode()).isEqualTo(422);
        assertThat(empty.body()).contains("field wording");
        assertThat(propose("{\"article\":\"1\",\"kind\":\"amend\",\"wording\":\"" + "x".repeat(10_001) + "\"}").body())
                .contains("field wording");
        assertThat(propose("{\"article\":\"1\",\"kind\":\"<script>\",\"wording\":\"t\"}").statusCode()).isEqualTo(422);
        assertThat(http.postJson("/api/consultations/" + id + "/proposals", "{\"kind\":\"amend\",\"wording\":\"t\"}", null, null)
                .statusCode()).isEqualTo(401);
        assertThat(jdbc.sql("SELECT count(*) FROM consultation_proposal WHERE consultation_id = ?").param(id).query(Long.class).single())
                .isZero();
    }

    @Test
    void supportNeedsAVerifiedIdentityAndCountsOnce() {
        String ref = json(propose("{\"article\":\"52\",\"kind\":\"add\",\"wording\":\"Add a line.\"}")).get("reference").asString();
        TestCitizens.Signed reader = new TestCitizens(port).confirmed("", "KZ-AST");
        String path = "/api/consultations/" + id + "/proposals/" + ref + "/supports";
        assertThat(http.postJson(path, "", reader.email(), TestCitizens.PASSWORD).statusCode()).isEqualTo(403);
        TestCitizens.verify(jdbc, reader.account());
        HttpResponse<String> first = http.postJson(path, "", reader.email(), TestCitizens.PASSWORD);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(json(first).get("supports").asInt()).isEqualTo(1);
        assertThat(json(http.postJson(path, "", reader.email(), TestCitizens.PASSWORD)).get("counted").asBoolean()).isFalse();
    }

    @Test
    void onlyTheAssignedSecretariatChangesStatusesAndReadsNotes() {
        String ref = json(propose("{\"kind\":\"other\",\"wording\":\"Whole text in plain words.\"}")).get("reference").asString();
        String base = "/api/consultations/" + id + "/proposals/" + ref;
        String register = "{\"status\":\"registered\",\"reason\":\"Registered.\"}";
        assertThat(http.postJson(base + "/status", register, citizen.email(), TestCitizens.PASSWORD).statusCode()).isEqualTo(403);
        assertThat(http.getAs(base + "/notes", citizen.email(), TestCitizens.PASSWORD).statusCode()).isEqualTo(403);
        HttpResponse<String> r = http.postJson(base + "/status", register, ADMIN, ADMIN_PASSWORD);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(json(r).get("due").asString()).isNotBlank();
        assertThat(json(r).get("deadline").asString()).isIn("on-time", "due-soon");
        assertThat(http.postJson(base + "/status", register, ADMIN, ADMIN_PASSWORD).body()).contains("cannot become registered");
        assertThat(http.postJson(base + "/notes", "{\"text\":\"internal only\"}", ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(201);
        assertThat(http.getAs(base + "/notes", ADMIN, ADMIN_PASSWORD).body()).contains("internal only");
        assertThat(http.get(base).body()).doesNotContain("internal only");
        assertThat(http.get("/api/consultations/" + id + "/proposals.csv").body()).doesNotContain("internal only");
    }

    @Test
    void filtersOutsideTheAllowedListAreA400NamingTheParameter() {
        String list = "/api/consultations/" + id + "/proposals";
        HttpResponse<String> r = http.get(list + "?orderBy=wording;DROP");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("parameter 'orderBy'");
        assertThat(http.get(list + "?status=lost").body()).contains("parameter status");
        assertThat(http.get(list + "?limit=100000").body()).contains("parameter 'limit'");
        assertThat(http.get(list + "?sort=random").statusCode()).isEqualTo(400);
        assertThat(http.get(list + "?assignee=admin").statusCode()).isEqualTo(400);
        assertThat(http.getAs(list + "?assignee=admin", ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(200);
        assertThat(http.get(list + "?region=%3Cscript%3E").statusCode()).isEqualTo(400);
        assertThat(http.get(list + "?status=answered&language=kk&overdue=true&article=whole").statusCode()).isEqualTo(200);
    }

    @Test
    void aBulkActionOverAThousandIsAllOrNothingAndSaysWhichFailed() {
        String refs = IntStream.rangeClosed(1, 1000).mapToObj(i -> "\"P-2026-" + String.format("%06d", i) + "\"")
                .collect(Collectors.joining(","));
        jdbc.sql("""
                INSERT INTO consultation_proposal (consultation_id, year, seq, article, kind, wording, reasons, language, channel,
                    status, received_at)
                SELECT ?, 2026, g, '1', 'amend', 'Text ' || g, '', 'ru', 'appeals-portal', 'received', now()
                FROM generate_series(1, 999) g""").param(id).update();
        String body = "{\"references\":[" + refs + "],\"action\":\"status\",\"status\":\"registered\",\"reason\":\"Registered.\"}";
        HttpResponse<String> refused = http.postJson("/api/consultations/" + id + "/bulk", body, ADMIN, ADMIN_PASSWORD);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(json(refused).get("failures")).hasSize(1);
        assertThat(json(refused).get("failures").get(0).get("reference").asString()).isEqualTo("P-2026-001000");
        assertThat(jdbc.sql("SELECT count(*) FROM consultation_proposal WHERE consultation_id = ? AND status = 'registered'")
                .param(id).query(Long.class).single()).isZero();
        jdbc.sql("""
                INSERT INTO consultation_proposal (consultation_id, year, seq, article, kind, wording, reasons, language, channel,
                    status, received_at) VALUES (?, 2026, 1000, '1', 'amend', 'Last', '', 'ru', 'appeals-portal', 'received', now())""")
                .param(id).update();
        HttpResponse<String> done = http.postJson("/api/consultations/" + id + "/bulk", body, ADMIN, ADMIN_PASSWORD);
        assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
        assertThat(json(done).get("applied").asInt()).isEqualTo(1000);
    }

    @Test
    void openDataCsvIsFormulaSafe() {
        propose("{\"article\":\"1\",\"kind\":\"amend\",\"wording\":\"=HYPERLINK(\\\"http://x\\\")\",\"language\":\"en\"}");
        String csv = http.get("/api/consultations/" + id + "/proposals.csv").body();
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("reference,article,kind,language");
        assertThat(csv).contains("'=HYPERLINK").doesNotContain(",=HYPERLINK");
        assertThat(http.get("/api/consultations/nope/proposals.csv").statusCode()).isEqualTo(404);
    }

    @Test
    void theDataDownloadHoldsOnesOwnProposalsAndDeletionKeepsThemWithoutTheName() throws Exception {
        String ref = json(propose("{\"article\":\"1\",\"kind\":\"amend\",\"wording\":\"Mine, all mine.\"}")).get("reference").asString();
        HttpResponse<String> data = citizen.session().get("/account/data.json");
        assertThat(data.body()).contains("\"consultation\"").contains(ref).contains("Mine, all mine.");
        TestCitizens.Signed other = new TestCitizens(port).confirmed("Other", "KZ-AST");
        assertThat(other.session().get("/account/data.json").body()).doesNotContain(ref);

        assertThat(citizen.session().submit("/account", "/account/delete", java.util.Map.of("confirm", "yes")).statusCode()).isEqualTo(200);
        long deadline = System.nanoTime() + 10_000_000_000L;
        String author = "?";
        while (System.nanoTime() < deadline) {
            author = jdbc.sql("SELECT coalesce(author, '') FROM consultation_proposal WHERE consultation_id = ?").param(id)
                    .query(String.class).single();
            if (author.isEmpty()) break;
            Thread.sleep(50);
        }
        assertThat(author).as("the proposal's author once the account is deleted").isEmpty();
        JsonNode kept = json(http.get("/api/consultations/" + id + "/proposals/" + ref));
        assertThat(kept.get("wording").asString()).isEqualTo("Mine, all mine.");
        assertThat(kept.get("author").isNull()).isTrue();
    }
}
