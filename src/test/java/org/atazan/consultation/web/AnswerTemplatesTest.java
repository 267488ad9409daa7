package org.atazan.consultation.web;

import org.atazan.HttpTestClient;
import org.atazan.PlatformTest;
import org.atazan.TestCitizens;
import org.atazan.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Answer templates are each consultation's own, kept by its secretariat, offered on a proposal's page. */
class AnswerTemplatesTest extends PlatformTest {
    static final JsonMapper JSON = JsonMapper.builder().build();
    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    HttpTestClient http;
    String id;
    String api;

    @BeforeEach
    void open() {
        http = new HttpTestClient(port);
        id = "tpl-" + UUID.randomUUID().toString().substring(0, 8);
        api = "/api/consultations/" + id + "/answer-templates";
        HttpResponse<String> r = http.postJson("/api/consultations", """
                {"id":"%s","title":"Draft of 2026","charterId":"kz","versionId":"2026"}""".formatted(id), ADMIN, ADMIN_PASSWORD);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    }

    JsonNode templates() {
        HttpResponse<String> r = http.getAs(api, ADMIN, ADMIN_PASSWORD);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    @Test
    void aNewConsultationStartsWithOneGreetingPerLanguageAndTheSecretariatEditsItsOwnSet() {
        assertThat(templates().findValues("language").stream().map(JsonNode::asString)).containsExactly("kk", "ru", "en");

        HttpResponse<String> added = http.postJson(api, """
                {"language":"ru","outcome":"rejected","name":"Вне полномочий комиссии","text":"Предложение касается закона, а не Конституции."}""",
                ADMIN, ADMIN_PASSWORD);
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        long tid = JSON.readTree(added.body()).get("id").asLong();
        assertThat(templates().toString()).contains("Вне полномочий комиссии").contains("\"outcome\":\"rejected\"");

        HttpResponse<String> replaced = http.json("PUT", api + "/" + tid, """
                {"language":"ru","name":"Вне предмета","text":"Это вопрос закона."}""", ADMIN, ADMIN_PASSWORD);
        assertThat(replaced.statusCode()).as(replaced.body()).isEqualTo(200);
        assertThat(templates().toString()).contains("Вне предмета").doesNotContain("Вне полномочий комиссии");

        assertThat(http.json("DELETE", api + "/" + tid, null, ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(204);
        assertThat(http.json("DELETE", api + "/" + tid, null, ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(404);
        assertThat(templates().size()).isEqualTo(3);
        // Who changed the set is recorded.
        assertThat(jdbc.sql("SELECT count(*) FROM platform_audit WHERE action LIKE 'answer-template.%' AND object_id = ?")
                .param(id).query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void badTemplatesAreRefusedNamingTheFieldAndNothingIsStored() {
        assertThat(http.postJson(api, "{\"language\":\"de\",\"name\":\"x\",\"text\":\"y\"}", ADMIN, ADMIN_PASSWORD).body())
                .contains("field language");
        assertThat(http.postJson(api, "{\"language\":\"en\",\"name\":\"x\",\"text\":\"  \"}", ADMIN, ADMIN_PASSWORD).body())
                .contains("field text");
        assertThat(http.postJson(api, "{\"language\":\"en\",\"name\":\"x\",\"text\":\"" + "y".repeat(2001) + "\"}", ADMIN, ADMIN_PASSWORD)
                .statusCode()).isEqualTo(422);
        assertThat(http.postJson(api, "{\"language\":\"en\",\"name\":\"a\\nb\",\"text\":\"y\"}", ADMIN, ADMIN_PASSWORD).body())
                .contains("field name");
        assertThat(http.postJson(api, "{\"language\":\"en\",\"outcome\":\"maybe\",\"name\":\"x\",\"text\":\"y\"}", ADMIN, ADMIN_PASSWORD)
                .body()).contains("field outcome");
        assertThat(http.json("PUT", api + "/abc", "{}", ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(400);
        assertThat(templates().size()).isEqualTo(3);
    }

    @Test
    void onlyThisConsultationsSecretariatSeesOrChangesItsTemplates() {
        TestCitizens.Signed citizen = new TestCitizens(port).confirmed("Aigerim", "KZ-ALA");
        assertThat(http.getAs(api, citizen.email(), TestCitizens.PASSWORD).statusCode()).isEqualTo(403);
        assertThat(http.get(api).statusCode()).isEqualTo(401);
        long kk = templates().get(0).get("id").asLong();
        // A template id of another consultation is not this one's: 404, and the other is untouched.
        String other = "tpl-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(http.postJson("/api/consultations", """
                {"id":"%s","title":"Other","charterId":"kz","versionId":"2026"}""".formatted(other), ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(201);
        assertThat(http.json("DELETE", "/api/consultations/" + other + "/answer-templates/" + kk, null, ADMIN, ADMIN_PASSWORD)
                .statusCode()).isEqualTo(404);
        assertThat(templates().size()).isEqualTo(3);
        assertThat(new WebSession(port).get("/consultations/" + id + "/answer-templates").statusCode()).isIn(302, 401, 403);
        assertThat(citizen.session().get("/consultations/" + id + "/answer-templates").statusCode()).isEqualTo(403);
    }

    @Test
    void theProposalPageOffersTheTemplatesAndFillsTheChosenOne() {
        TestCitizens.Signed citizen = new TestCitizens(port).confirmed("Aigerim", "KZ-ALA");
        HttpResponse<String> p = http.postJson("/api/consultations/" + id + "/proposals",
                "{\"article\":\"42\",\"kind\":\"amend\",\"wording\":\"Ограничить срок полномочий одним сроком.\"}",
                citizen.email(), TestCitizens.PASSWORD);
        String ref = JSON.readTree(p.body()).get("reference").asString();
        long rejected = JSON.readTree(http.postJson(api, """
                {"language":"ru","outcome":"out-of-scope","name":"Вне предмета","text":"Это вопрос закона, не Конституции."}""",
                ADMIN, ADMIN_PASSWORD).body()).get("id").asLong();
        WebSession admin = new WebSession(port);
        assertThat(admin.signIn(ADMIN, ADMIN_PASSWORD)).isTrue();
        String page = admin.get("/consultations/" + id + "/proposals/" + ref + "?lang=ru").body();
        // By default the first template in the proposal's language (Russian), whatever the reader's.
        assertThat(page).contains("Благодарим за предложение").contains("Вне предмета").contains("name=\"template\"");
        String chosen = admin.get("/consultations/" + id + "/proposals/" + ref + "?lang=ru&template=" + rejected).body();
        assertThat(chosen).contains(">Это вопрос закона, не Конституции.</textarea>")
                .contains("<option value=\"out-of-scope\" selected=\"selected\">");
        // The public page shows none of it.
        assertThat(new WebSession(port).get("/consultations/" + id + "/proposals/" + ref).body())
                .doesNotContain("Вне предмета").doesNotContain("name=\"template\"");
    }

    @Test
    void theSecretariatsPageAddsEditsAndRemovesWithFormsAndKeepsInputOnError() {
        WebSession admin = new WebSession(port);
        assertThat(admin.signIn(ADMIN, ADMIN_PASSWORD)).isTrue();
        String page = "/consultations/" + id + "/answer-templates";
        assertThat(admin.get(page + "?lang=kk").body()).contains("Жауап үлгілері").contains("Жалпы жауап");
        HttpResponse<String> add = admin.submit(page, page, Map.of("language", "kk", "outcome", "accepted",
                "name", "Қабылданды", "text", "Ұсынысыңыз жобаға енгізілді."));
        assertThat(add.statusCode()).isEqualTo(302);
        assertThat(admin.get(page).body()).contains("Ұсынысыңыз жобаға енгізілді.");
        HttpResponse<String> bad = admin.submit(page, page + "?lang=ru", Map.of("language", "kk", "name", "Черновик", "text", " "));
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("проверьте поле «text»").contains("value=\"Черновик\"");
        long tid = jdbc.sql("SELECT id FROM consultation_answer_template WHERE consultation_id = ? AND name = 'Қабылданды'")
                .param(id).query(Long.class).single();
        assertThat(admin.submit(page, page + "/" + tid, Map.of("language", "kk", "name", "Қабылданды толық", "text", "Енгізілді."))
                .statusCode()).isEqualTo(302);
        assertThat(admin.submit(page, page + "/" + tid + "/remove", Map.of()).statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("SELECT count(*) FROM consultation_answer_template WHERE consultation_id = ?").param(id)
                .query(Long.class).single()).isEqualTo(3);
    }
}
