package org.atazan.consultation.web;

import org.atazan.HttpTestClient;
import org.atazan.PlatformTest;
import org.atazan.TestCitizens;
import org.atazan.consultation.ConsultationStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The author is told each status and the answer, after commit, in the proposal's language, with a link; once each. */
class ConsultationNoticesTest extends PlatformTest {
    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ConsultationStore store;

    record Notice(String subject, String body) {
    }

    List<Notice> notices(String account, int atLeast) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        List<Notice> found = List.of();
        while (System.nanoTime() < deadline) {
            found = jdbc.sql("SELECT subject, body FROM platform_notification WHERE username = ? ORDER BY id").param(account)
                    .query((rs, n) -> new Notice(rs.getString(1), rs.getString(2))).list();
            if (found.size() >= atLeast) return found;
            Thread.sleep(50);
        }
        return found;
    }

    @Test
    void theAuthorIsToldEachStepInTheLanguageOfTheProposal() throws Exception {
        HttpTestClient http = new HttpTestClient(port);
        String id = "note-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(http.postJson("/api/consultations", "{\"id\":\"" + id + "\",\"title\":\"T\",\"charterId\":\"kz\",\"versionId\":\"2026\"}",
                ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(201);
        TestCitizens.Signed author = new TestCitizens(port).confirmed("", "KZ-ALA");
        String ref = ConsultationApiTest.json(http.postJson("/api/consultations/" + id + "/proposals",
                "{\"article\":\"42\",\"kind\":\"amend\",\"wording\":\"Сократить срок полномочий до пяти лет.\"}",
                author.email(), TestCitizens.PASSWORD)).get("reference").asString();
        String base = "/api/consultations/" + id + "/proposals/" + ref + "/status";
        assertThat(http.postJson(base, "{\"status\":\"registered\",\"reason\":\"Зарегистрировано.\"}", ADMIN, ADMIN_PASSWORD)
                .statusCode()).isEqualTo(200);
        assertThat(http.postJson(base, "{\"status\":\"answered\",\"outcome\":\"partly-accepted\",\"reason\":\"Учтено в статье 42.\"}",
                ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(200);

        List<Notice> told = notices(author.account(), 2);
        assertThat(told).hasSize(2);
        assertThat(told.get(0).subject()).isEqualTo("Ваше предложение " + ref + ": зарегистрировано");
        assertThat(told.get(1).subject()).contains("дан ответ (принято частично)");
        assertThat(told.get(1).body()).contains("Учтено в статье 42.").contains("/consultations/" + id + "/proposals/" + ref)
                .doesNotContain(author.email());
        // A second delivery of the same event finds the notice marked.
        assertThat(store.markNotified(id, ref, "registered")).isFalse();
        Thread.sleep(300);
        assertThat(notices(author.account(), 0)).hasSize(2);
    }
}
