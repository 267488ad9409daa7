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

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The proposals nearest to a text being written: nearest first, from an index, on the form and through the API. */
class SimilarProposalsTest extends PlatformTest {
    static final JsonMapper JSON = JsonMapper.builder().build();
    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    javax.sql.DataSource dataSource;
    String id;
    TestCitizens.Signed citizen;
    HttpTestClient http;

    @BeforeEach
    void open() {
        id = "similar-" + UUID.randomUUID().toString().substring(0, 8);
        http = new HttpTestClient(port);
        HttpResponse<String> r = http.postJson("/api/consultations", """
                {"id":"%s","title":"Similar","charterId":"kz","versionId":"2026"}""".formatted(id), ADMIN, ADMIN_PASSWORD);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        citizen = new TestCitizens(port).confirmed(null, "KZ-ALA");
    }

    String propose(String wording) {
        HttpResponse<String> r = http.postJson("/api/consultations/" + id + "/proposals", """
                {"article":"42","kind":"amend","wording":"%s","reasons":"Reasons.","language":"ru"}""".formatted(wording),
                citizen.email(), TestCitizens.PASSWORD);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return JSON.readTree(r.body()).get("reference").asString();
    }

    List<String> similar(String text) {
        HttpResponse<String> r = http.get("/api/consultations/" + id + "/similar?text=" + URLEncoder.encode(text, StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        List<String> refs = new java.util.ArrayList<>();
        for (JsonNode n : JSON.readTree(r.body())) refs.add(n.get("reference").asString());
        return refs;
    }

    @Test
    void theNearestComeFirstAndTheUnrelatedNotAtAll() {
        String term = propose("Ограничить срок полномочий Президента одним семилетним сроком без права переизбрания.");
        String close = propose("Ограничить срок полномочий Президента двумя пятилетними сроками.");
        String other = propose("Закрепить право граждан на чистую питьевую воду и охрану озёр.");

        List<String> found = similar("Ограничить срок полномочий Президента одним сроком в семь лет без переизбрания");
        assertThat(found).startsWith(term, close).doesNotContain(other);
        assertThat(similar("Президент")).as("fewer than 12 characters match everything: nothing").isEmpty();

        // A hidden proposal is not offered.
        jdbc.sql("UPDATE consultation_proposal SET hidden_reason = 'spam' WHERE consultation_id = ? AND seq = ?")
                .param(id).param(Long.parseLong(term.substring(term.lastIndexOf('-') + 1))).update();
        assertThat(similar("Ограничить срок полномочий Президента одним сроком в семь лет без переизбрания"))
                .doesNotContain(term).contains(close);
    }

    @Autowired
    org.atazan.systematization.ProposalNeighbours neighbours;

    @Test
    void onceTheConsultationsIndexIsBuiltItAnswersWithWhatWasSentSince() throws InterruptedException {
        String term = propose("Ограничить срок полномочий Президента одним семилетним сроком без права переизбрания.");
        String other = propose("Закрепить право граждан на чистую питьевую воду и охрану озёр.");
        String text = "Ограничить срок полномочий Президента одним сроком в семь лет без переизбрания";
        assertThat(similar(text)).as("the first lookup: the store answers while the index is built").containsExactly(term);
        for (int i = 0; i < 600 && !neighbours.ready(id); i++) Thread.sleep(50);
        assertThat(neighbours.ready(id)).as("the index was built in the background").isTrue();

        String close = propose("Ограничить срок полномочий Президента двумя пятилетними сроками.");
        assertThat(similar(text)).as("from the index, with the proposal sent since").containsExactly(term, close).doesNotContain(other);
        jdbc.sql("UPDATE consultation_proposal SET hidden_reason = 'spam' WHERE consultation_id = ? AND seq = ?")
                .param(id).param(Long.parseLong(term.substring(term.lastIndexOf('-') + 1))).update();
        assertThat(similar(text)).as("a proposal hidden after it was indexed is not offered").containsExactly(close);
    }

    @Test
    void theLookupIsAnsweredByTheTrigramIndex() throws java.sql.SQLException {
        propose("Ограничить срок полномочий Президента одним семилетним сроком без права переизбрания.");
        // With few rows the planner may prefer a scan; forbidding it on one connection shows the index
        // answers the trigram condition by itself.
        StringBuilder plan = new StringBuilder();
        try (java.sql.Connection c = dataSource.getConnection(); java.sql.Statement st = c.createStatement()) {
            st.execute("SET enable_seqscan = off");
            try (java.sql.ResultSet rs = st.executeQuery("EXPLAIN SELECT id FROM consultation_proposal WHERE wording % 'срок полномочий'"
                    + " AND hidden_reason IS NULL")) {
                while (rs.next()) plan.append(rs.getString(1)).append('\n');
            }
            st.execute("RESET enable_seqscan");
        }
        assertThat(plan.toString()).contains("Bitmap Index Scan on consultation_proposal_wording_trgm");
        assertThat(jdbc.sql("SELECT indexdef FROM pg_indexes WHERE indexname = 'consultation_proposal_wording_trgm'")
                .query(String.class).single()).contains("USING gin (wording gin_trgm_ops)");
    }

    @Test
    void theFormShowsThemWithAButtonToSupportOneInstead() {
        String term = propose("Ограничить срок полномочий Президента одним семилетним сроком без права переизбрания.");
        TestCitizens.Signed writer = new TestCitizens(port).confirmed(null, null);
        TestCitizens.verify(jdbc, writer.account());
        String text = "Ограничить срок полномочий Президента одним сроком";
        String piece = writer.session().get("/consultations/" + id + "/similar?lang=ru&text=" + URLEncoder.encode(text, StandardCharsets.UTF_8)).body();
        assertThat(piece).contains(term).contains("Поддержать это вместо своего").contains("form=\"support-" + term + "\"")
                .contains("id=\"support-" + term + "\"").contains("_csrf");

        // Without the script: "Check the language" shows the same list under the wording.
        HttpResponse<String> checked = writer.session().submit("/consultations/" + id + "/propose", "/consultations/" + id + "/propose?lang=ru",
                Map.of("article", "42", "kind", "amend", "wording", text, "reasons", "", "language", "", "step", "check",
                        "token", UUID.randomUUID().toString()));
        assertThat(checked.body()).contains("Похожие предложения, уже отправленные").contains(term).contains("/js/similar.js");
        // Supporting it from there is one click: the button's own form.
        HttpResponse<String> supported = writer.session().submit("/consultations/" + id + "/propose",
                "/consultations/" + id + "/proposals/" + term + "/support", Map.of());
        assertThat(supported.headers().firstValue("Location").orElseThrow()).contains(term).endsWith("?supported");
    }
}
