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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Reactions to a proposal, on the API and the page: once per person, the latest counts, counts public, names never. */
class ReactionsTest extends PlatformTest {
    static final JsonMapper JSON = JsonMapper.builder().build();
    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.atazan.consultation.ProposalReactions reactions;
    HttpTestClient http;
    String id;
    String ref;
    TestCitizens.Signed citizen;

    @BeforeEach
    void open() {
        http = new HttpTestClient(port);
        id = "react-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> r = http.postJson("/api/consultations", """
                {"id":"%s","title":"Draft of 2026","charterId":"kz","versionId":"2026"}""".formatted(id), ADMIN, ADMIN_PASSWORD);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        citizen = new TestCitizens(port).confirmed("Aigerim S", "KZ-ALA");
        HttpResponse<String> p = http.postJson("/api/consultations/" + id + "/proposals",
                "{\"article\":\"42\",\"kind\":\"amend\",\"wording\":\"Limit the President to one term.\"}", citizen.email(), TestCitizens.PASSWORD);
        assertThat(p.statusCode()).as(p.body()).isEqualTo(201);
        ref = JSON.readTree(p.body()).get("reference").asString();
    }

    String path() {
        return "/api/consultations/" + id + "/proposals/" + ref;
    }

    HttpResponse<String> react(TestCitizens.Signed who, String reaction) {
        return http.json("PUT", path() + "/reaction", "{\"reaction\":\"" + reaction + "\"}", who.email(), TestCitizens.PASSWORD);
    }

    JsonNode counts() {
        return JSON.readTree(http.get(path() + "/reactions").body());
    }

    long rows() {
        return jdbc.sql("SELECT count(*) FROM consultation_reaction r JOIN consultation_proposal p ON p.id = r.proposal_id"
                + " WHERE p.consultation_id = ?").param(id).query(Long.class).single();
    }

    @Test
    void theIdentityLevelConfiguredForReactingIsRequired() {
        TestCitizens.Signed unconfirmed = new TestCitizens(port).confirmed("", "KZ-AST");
        jdbc.sql("UPDATE platform_account SET email_confirmed_at = NULL WHERE username = ?").param(unconfirmed.account()).update();
        HttpResponse<String> refused = react(unconfirmed, "agree");
        assertThat(refused.statusCode()).isEqualTo(403);
        String page = unconfirmed.session().get("/consultations/" + id + "/proposals/" + ref + "?lang=en").body();
        assertThat(page).contains("Reacting needs a confirmed e-mail address.").doesNotContain("value=\"agree\"");
        assertThat(rows()).isZero();
    }

    @Test
    void theLatestReactionOfAPersonCountsAndOnlyCountsArePublic() {
        HttpResponse<String> first = react(citizen, "agree");
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(JSON.readTree(first.body()).get("agree").asLong()).isEqualTo(1);
        assertThat(JSON.readTree(first.body()).get("yours").asString()).isEqualTo("agree");
        String before = reactions.version(id);
        assertThat(react(citizen, "disagree").statusCode()).isEqualTo(200);
        // The same number of reactions, one changed: the opinion map's cache key changes with it.
        assertThat(reactions.total(id)).isEqualTo(1);
        assertThat(reactions.version(id)).isNotEqualTo(before).startsWith("1/");
        JsonNode c = counts();
        assertThat(c.get("agree").asLong()).isZero();
        assertThat(c.get("disagree").asLong()).isEqualTo(1);
        assertThat(c.get("pass").asLong()).isZero();
        assertThat(rows()).isEqualTo(1);
        String page = new WebSession(port).get("/consultations/" + id + "/proposals/" + ref + "?lang=en").body();
        assertThat(page).contains("Do you agree?").contains("Sign in to say whether you agree.")
                .doesNotContain(citizen.account()).doesNotContain(citizen.email());
    }

    @Test
    void concurrentReactionsOfOnePersonAreCountedOnce() throws Exception {
        TestCitizens.Signed other = new TestCitizens(port).confirmed("", "KZ-AST");
        String[] kinds = {"agree", "disagree", "pass"};
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            TestCitizens.Signed who = i % 2 == 0 ? citizen : other;
            String kind = kinds[i % 3];
            calls.add(() -> react(who, kind).statusCode());
        }
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            for (Future<Integer> f : pool.invokeAll(calls)) assertThat(f.get()).isEqualTo(200);
        } finally {
            pool.shutdown();
        }
        JsonNode c = counts();
        assertThat(c.get("agree").asLong() + c.get("disagree").asLong() + c.get("pass").asLong()).isEqualTo(2);
        assertThat(rows()).isEqualTo(2);
    }

    @Test
    void aReactionNeedsASignedInCitizenAndOneOfThreeWords() {
        assertThat(http.json("PUT", path() + "/reaction", "{\"reaction\":\"agree\"}", null, null).statusCode()).isEqualTo(401);
        HttpResponse<String> bad = react(citizen, "maybe");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("field reaction").contains("agree, disagree, pass");
        assertThat(bad.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(http.json("PUT", path() + "/reaction", "{}", citizen.email(), TestCitizens.PASSWORD).body()).contains("field reaction");
        // A value of the wrong type names its field too (the platform's handler of unreadable bodies).
        HttpResponse<String> wrongType = http.json("PUT", path() + "/reaction", "{\"reaction\":[\"agree\"]}", citizen.email(), TestCitizens.PASSWORD);
        assertThat(wrongType.statusCode()).isEqualTo(400);
        assertThat(wrongType.body()).contains("field reaction: not readable");
        assertThat(http.json("PUT", "/api/consultations/" + id + "/proposals/P-2026-999999/reaction", "{\"reaction\":\"agree\"}",
                citizen.email(), TestCitizens.PASSWORD).statusCode()).isEqualTo(404);
        WebSession anonymous = new WebSession(port);
        String page = "/consultations/" + id + "/proposals/" + ref;
        HttpResponse<String> refused = anonymous.submit("/login", page + "/reaction", Map.of("reaction", "agree"));
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(refused.headers().firstValue("Location").orElse("")).contains("/login");
        assertThat(citizen.session().submit(page, page + "/reaction", Map.of("reaction", "<b>")).statusCode()).isEqualTo(400);
        assertThat(rows()).isZero();
    }

    @Test
    void theButtonsOfThePageWorkWithoutScriptAndShowTheCountsInTheReadersLanguage() {
        String page = "/consultations/" + id + "/proposals/" + ref;
        String form = citizen.session().get(page + "?lang=ru").body();
        assertThat(form).contains("name=\"reaction\" value=\"agree\"").contains("_csrf").contains("Согласен");
        HttpResponse<String> r = citizen.session().submit(page, page + "/reaction", Map.of("reaction", "pass"));
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location").orElse("")).contains("reacted");
        String after = citizen.session().get(page + "?lang=kk&reacted").body();
        assertThat(after).contains("Жауабыңыз сақталды").contains("Сіздің жауабыңыз: Өткізіп жіберемін");
        assertThat(counts().get("pass").asLong()).isEqualTo(1);
    }

    @Test
    void aDeletedAccountsReactionsStayCountedUnderNoName() throws Exception {
        assertThat(react(citizen, "agree").statusCode()).isEqualTo(200);
        assertThat(citizen.session().get("/account/data.json").body()).contains(ref + " agree");
        assertThat(citizen.session().submit("/account", "/account/delete", Map.of("confirm", "yes")).statusCode()).isEqualTo(200);
        long deadline = System.nanoTime() + 10_000_000_000L;
        long named = 1;
        while (named > 0 && System.nanoTime() < deadline) {
            named = jdbc.sql("SELECT count(*) FROM consultation_reaction WHERE participant = ?").param(citizen.account())
                    .query(Long.class).single();
            Thread.sleep(50);
        }
        assertThat(named).isZero();
        assertThat(counts().get("agree").asLong()).isEqualTo(1);
    }
}
