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
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Imports over HTTP into PostgreSQL: the secretariat only, all or nothing, again unchanged, limits as 422. */
class ConsultationImportApiTest extends PlatformTest {
    static final String HEADER = "external_id,received_at,article,kind,language,wording,reasons,region,display_name,status,outcome,answer\n";
    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    HttpTestClient http;
    String id;

    @BeforeEach
    void open() {
        http = new HttpTestClient(port);
        id = "imp-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(http.postJson("/api/consultations", """
                {"id":"%s","title":"Draft of 2026","charterId":"kz","versionId":"2026"}""".formatted(id), ADMIN, ADMIN_PASSWORD)
                .statusCode()).isEqualTo(201);
    }

    HttpResponse<String> upload(String path, String name, String text, String... fields) {
        return http.postFile("/api/consultations/" + id + path, name, text.getBytes(StandardCharsets.UTF_8), ADMIN, ADMIN_PASSWORD, fields);
    }

    long count() {
        return jdbc.sql("SELECT count(*) FROM consultation_proposal WHERE consultation_id = ?").param(id).query(Long.class).single();
    }

    static String rows(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(i -> "X-" + i + ",2026-02-0" + (1 + i % 9) + "T10:00:00+05:00,42,amend,ru,"
                + "\"Предложение номер " + i + "\",,KZ-ALA,,registered,,\n").collect(Collectors.joining());
    }

    @Test
    void aFileImportedTwiceIsStoredOnceWithGapFreeReferences() {
        String csv = HEADER + rows(1, 300);
        HttpResponse<String> first = upload("/imports", "appeals.csv", csv, "channel", "appeals-portal");
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        JsonNode r = ConsultationApiTest.json(first);
        assertThat(r.get("added").asInt()).isEqualTo(300);
        assertThat(r.get("digest").asString()).hasSize(64);
        assertThat(count()).isEqualTo(300);
        assertThat(jdbc.sql("SELECT max(seq) FROM consultation_proposal WHERE consultation_id = ?").param(id).query(Long.class).single())
                .isEqualTo(300);
        assertThat(jdbc.sql("SELECT count(*) FROM consultation_status_change c JOIN consultation_proposal p ON p.id = c.proposal_id"
                + " WHERE p.consultation_id = ?").param(id).query(Long.class).single()).isEqualTo(600);

        HttpResponse<String> again = upload("/imports", "appeals.csv", csv, "channel", "appeals-portal");
        assertThat(ConsultationApiTest.json(again).get("unchanged").asInt()).isEqualTo(300);
        assertThat(ConsultationApiTest.json(again).get("added").asInt()).isZero();
        assertThat(count()).isEqualTo(300);
        String ref = jdbc.sql("SELECT 'P-' || year || '-' || lpad(seq::text, 6, '0') FROM consultation_proposal"
                + " WHERE consultation_id = ? AND external_id = 'X-7'").param(id).query(String.class).single();
        JsonNode page = ConsultationApiTest.json(http.get("/api/consultations/" + id + "/proposals/" + ref));
        assertThat(page.get("channel").asString()).isEqualTo("appeals-portal");
        assertThat(page.get("due").asString()).isNotBlank();

        HttpResponse<String> answers = upload("/answer-imports", "answers.csv",
                "external_id,status,outcome,reason\nX-7,answered,accepted,Taken into the draft.\n", "channel", "appeals-portal");
        assertThat(answers.statusCode()).as(answers.body()).isEqualTo(200);
        assertThat(ConsultationApiTest.json(answers).get("added").asInt()).isEqualTo(1);
        assertThat(ConsultationApiTest.json(http.get("/api/consultations/" + id + "/proposals/" + ref)).get("answer").asString())
                .isEqualTo("Taken into the draft.");
    }

    @Test
    void aLargeImportLeavesThePlannerWithStatisticsThatCountIt() {
        HttpResponse<String> r = upload("/imports", "large.csv", HEADER + rows(1, 1_000));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        long rows = jdbc.sql("SELECT count(*) FROM consultation_proposal").query(Long.class).single();
        float estimated = jdbc.sql("SELECT reltuples FROM pg_class WHERE relname = 'consultation_proposal'").query(Float.class).single();
        assertThat((double) estimated).as("the planner's row estimate right after the import").isGreaterThanOrEqualTo(rows * 0.9);
    }

    @Test
    void aBrokenRowRefusesTheFileNamingLineAndFieldAndSkipInvalidReportsIt() {
        String csv = HEADER + rows(1, 5) + "X-6,2026-02-03,42,amend,ru,\"Bad, \"\"kind\"\"\",,,,,,\n".replace("amend", "rewrite") + rows(7, 8);
        HttpResponse<String> refused = upload("/imports", "broken.csv", csv);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("broken.csv line 7, field kind");
        assertThat(count()).isZero();
        HttpResponse<String> skipped = upload("/imports", "broken.csv", csv, "mode", "skip-invalid");
        assertThat(skipped.statusCode()).as(skipped.body()).isEqualTo(200);
        JsonNode r = ConsultationApiTest.json(skipped);
        assertThat(r.get("added").asInt()).isEqualTo(7);
        assertThat(r.get("skipped").get(0).get("line").asLong()).isEqualTo(7);
        assertThat(r.get("skipped").get(0).get("field").asString()).isEqualTo("kind");
        assertThat(r.get("skippedByReason").get("field kind not accepted").asLong()).isEqualTo(1);
        assertThat(upload("/imports", "x.csv", csv, "mode", "maybe").body()).contains("field mode");
        assertThat(upload("/imports", "x.csv", csv, "mapping", "nope").body()).contains("field mapping");
    }

    @Test
    void limitsAreA422NamingTheLimit() {
        String deep = "[{\"external_id\":\"D-1\",\"x\":" + "{\"y\":".repeat(40) + "1" + "}".repeat(40) + "}]";
        HttpResponse<String> tooDeep = upload("/imports", "deep.json", deep);
        assertThat(tooDeep.statusCode()).isEqualTo(422);
        assertThat(tooDeep.body()).contains("atazan.limits.json-depth");
        HttpResponse<String> longLine = upload("/imports", "long.csv", HEADER + "L-1,2026-02-03,1,amend,ru," + "x".repeat(70_000) + ",,,,,,\n");
        assertThat(longLine.statusCode()).isEqualTo(422);
        assertThat(longLine.body()).contains("long.csv line 2").contains("atazan.limits.csv-line-chars");
        assertThat(count()).isZero();
    }

    @Test
    void onlyTheSecretariatOfTheConsultationImports() {
        TestCitizens.Signed citizen = new TestCitizens(port).confirmed("", "KZ-ALA");
        HttpResponse<String> r = http.postFile("/api/consultations/" + id + "/imports", "a.csv",
                (HEADER + rows(1, 1)).getBytes(StandardCharsets.UTF_8), citizen.email(), TestCitizens.PASSWORD);
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(http.postFile("/api/consultations/" + id + "/imports", "a.csv", new byte[1], null, null).statusCode()).isEqualTo(401);
        assertThat(count()).isZero();
    }
}
