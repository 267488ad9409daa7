package org.atazan.record.web;

import org.atazan.HttpTestClient;
import org.atazan.PlatformTest;
import org.atazan.TestCitizens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A consultation's public decisions reach the record through the platform's own API: a consultation
 * opened, a proposal registered, answered and hidden are entries, and no entry names its author (e-mail,
 * account or display name) or the official who acted.
 */
class ConsultationToRecordTest extends PlatformTest {
    static final JsonMapper JSON = JsonMapper.builder().build();
    @LocalServerPort
    int port;
    @org.springframework.beans.factory.annotation.Autowired
    org.atazan.record.PublicRecord record;

    @Test
    void anAnsweredProposalIsInTheRecordWithoutPersonalData() throws Exception {
        HttpTestClient http = new HttpTestClient(port);
        long before = size(http);
        String id = "rec-c-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> opened = http.postJson("/api/consultations", """
                {"id":"%s","title":"Draft of 2026","charterId":"kz","versionId":"2026"}""".formatted(id), ADMIN, ADMIN_PASSWORD);
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        String displayName = "Zhanar Recordtestova";
        TestCitizens.Signed citizen = new TestCitizens(port).confirmed(displayName, "KZ-ALA");
        HttpResponse<String> proposed = http.postJson("/api/consultations/" + id + "/proposals",
                "{\"article\":\"42\",\"kind\":\"amend\",\"wording\":\"One term only.\",\"reasons\":\"Change.\"}",
                citizen.email(), TestCitizens.PASSWORD);
        assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(201);
        String ref = JSON.readTree(proposed.body()).get("reference").asString();
        String base = "/api/consultations/" + id + "/proposals/" + ref;
        assertThat(http.postJson(base + "/status", "{\"status\":\"registered\",\"reason\":\"Registered.\"}", ADMIN, ADMIN_PASSWORD)
                .statusCode()).isEqualTo(200);
        HttpResponse<String> answered = http.postJson(base + "/status",
                "{\"status\":\"answered\",\"outcome\":\"rejected\",\"reason\":\"Term limits stay in article 42.\"}", ADMIN, ADMIN_PASSWORD);
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
        assertThat(http.postJson(base + "/hide", "{\"reason\":\"Off topic.\"}", ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(200);

        // The listeners run after commit, on their own threads: wait for the last decision's entry (hiding), found by
        // its key; then read what the log gained since the start in-process, in pages (the demo's imported protocols
        // may have been appended meanwhile, tens of thousands of entries: one request each would take minutes).
        String object = id + "/" + ref;
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (record.entryFor("consultation.proposal-hidden", object).isEmpty() && System.nanoTime() < deadline) Thread.sleep(100);
        long last = record.entryFor("consultation.proposal-hidden", object).orElseThrow();
        long answeredAt = record.entryFor("consultation.proposal-answered", object).orElseThrow();
        List<String> ours = new ArrayList<>();
        List<String> all = new ArrayList<>();
        for (long i = before; i <= last; i += 1000) {
            for (byte[] e : record.entries(i, (int) Math.min(1000, last + 1 - i))) {
                String entry = new String(e, java.nio.charset.StandardCharsets.UTF_8);
                all.add(entry);
                if (entry.contains("\"consultationId\":\"" + id + "\"")) ours.add(entry);
            }
        }
        assertThat(all).hasSize((int) (last + 1 - before));
        assertThat(ours).hasSize(5);
        assertThat(ours).anySatisfy(e -> assertThat(e).contains("\"kind\":\"consultation.opened\"", "\"object\":\"" + id + "\""));
        assertThat(ours).anySatisfy(e -> assertThat(e).contains("\"kind\":\"consultation.proposal-status-changed\"",
                "\"object\":\"" + id + "/" + ref + "\"", "\"to\":\"registered\"", "\"reason\":\"Registered.\""));
        assertThat(ours).anySatisfy(e -> assertThat(e).contains("\"kind\":\"consultation.proposal-answered\"",
                "\"reference\":\"" + ref + "\"", "\"outcome\":\"rejected\"", "Term limits stay in article 42."));
        assertThat(ours).anySatisfy(e -> assertThat(e).contains("\"kind\":\"consultation.proposal-hidden\"",
                "\"hidden\":true", "\"reason\":\"Off topic.\""));
        for (String e : all) {
            assertThat(e).as("no personal data in the record").doesNotContain(citizen.email()).doesNotContain(citizen.account())
                    .doesNotContain(displayName).doesNotContain("Recordtest").doesNotContain("\"by\"")
                    .doesNotContain("\"" + ADMIN + "\"").doesNotContain("@");
        }

        // The proposal's page links to its answer's entry, found by the entry's content key.
        for (String[] l : new String[][]{{"en", "The answer is entry "}, {"ru", "Ответ записан в открытый реестр под номером "},
                {"kk", "Жауап ашық тізілімге "}}) {
            String page = http.get("/consultations/" + id + "/proposals/" + ref + "?lang=" + l[0]).body();
            assertThat(page).contains(l[1], "href=\"/record/entry/" + answeredAt + "\"");
        }
    }

    static long size(HttpTestClient http) {
        String text = http.get("/api/record/checkpoint").body();
        return Long.parseLong(text.split("\n")[1]);
    }

    static JsonNode json(String s) {
        return JSON.readTree(s);
    }
}
