package org.atazan.commission.web;

import org.atazan.HttpTestClient;
import org.atazan.PlatformTest;
import org.atazan.WebSession;
import org.atazan.charter.CharterLibrary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.atazan.commission.web.MeetingScript.PASSWORD;
import static org.atazan.commission.web.MeetingScript.json;

/**
 * The secretary's forms on a body's amendments page: only its secretary or chair sees them; each decision is a
 * plain form with the CSRF token; a refusal is the page again with 422, the field or rule in the reader's language.
 */
class AmendmentFormsTest extends PlatformTest {
    @LocalServerPort
    int port;
    @Autowired
    CharterLibrary charters;
    MeetingScript s;
    String charter, page, api;

    @BeforeEach
    void bodyAndCharter() {
        s = new MeetingScript(new HttpTestClient(port), ADMIN, ADMIN_PASSWORD);
        charter = AmendmentApiTest.examplia(charters, "exf-" + s.tag);
        page = "/commission/bodies/" + s.body + "/amendments";
        api = "/api/commission/bodies/" + s.body + "/amendments";
    }

    Map<String, String> draft(String article, String text) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("action", "replace");
        f.put("charter", charter);
        f.put("version", "v1");
        f.put("article", article);
        f.put("text", text);
        return f;
    }

    @Test
    void theSecretaryDraftsRecommendsOrdersVotesAndConsolidatesWithPlainForms() {
        WebSession member = new WebSession(port);
        assertThat(member.signIn(s.members.get(0), PASSWORD)).isTrue();
        assertThat(member.get(page + "?lang=en").body()).doesNotContain("/amendments/draft").doesNotContain("For the secretary");
        assertThat(s.http.get(page + "?lang=en").body()).doesNotContain("/amendments/draft");
        // A member posting the form anyway: the body's rule, on the page, 422.
        HttpResponse<String> byMember = member.submit(page, page + "/draft?lang=en", draft("1", "Wording."));
        assertThat(byMember.statusCode()).isEqualTo(422);
        assertThat(byMember.body()).contains("Only the body&#39;s secretary or chair does this.");
        WebSession outsider = new WebSession(port);
        assertThat(outsider.signIn(s.outsider, PASSWORD)).isTrue();
        assertThat(outsider.submit(page, page + "/draft", draft("1", "Wording.")).statusCode()).isEqualTo(403);

        WebSession sec = new WebSession(port);
        assertThat(sec.signIn(s.secretary, PASSWORD)).isTrue();
        String form = sec.get(page + "?lang=ru").body();
        assertThat(form).contains("action=\"" + page + "/draft\"", "action=\"" + page + "/consolidate\"", "Внести поправку");

        HttpResponse<String> noArticle = sec.submit(page, page + "/draft?lang=ru", draft("99", "Wording."));
        assertThat(noArticle.statusCode()).isEqualTo(422);
        assertThat(noArticle.body()).contains("Не выполнено: поле «Статья (для новой статьи — её номер)» не принято.", "no article 99",
                "value=\"99\"");
        assertThat(json(s.http.get(api)).size()).as("nothing recorded").isZero();

        assertThat(sec.submit(page, page + "/draft", draft("1", "Everyone has the right to a public hearing.")).statusCode()).isEqualTo(302);
        Map<String, String> cited = draft("1", "Everyone has the right to a speedy trial.");
        cited.put("answersInPart", "true");
        HttpResponse<String> second = sec.submit(page, page + "/draft", cited);
        assertThat(second.statusCode()).isEqualTo(302);
        assertThat(second.headers().firstValue("Location").orElse("")).endsWith("/amendments#A-2");
        assertThat(json(s.http.get(api + "/A-2")).get("answersInPart").asBoolean()).isTrue();

        HttpResponse<String> rec = sec.submit(page, page + "/A-1/recommend", Map.of("text",
                "Everyone has the right to a fair and public hearing.", "reason", "Fairness first."));
        assertThat(rec.statusCode()).isEqualTo(302);
        String en = sec.get(page + "?lang=en").body();
        assertThat(en).contains("Change recommendation of the secretariat:", "Everyone has the right to a fair and public hearing.",
                "Everyone has the right to a public hearing.", "Reason: Fairness first.", "Voting order of the competing amendments");

        String meeting = s.open("forms-" + s.tag, "2026-03-10");
        Map<String, String> vote = Map.of("meeting", "forms-" + s.tag, "kind", "named", "wording", "original");
        HttpResponse<String> unordered = sec.submit(page, page + "/A-2/vote?lang=kk", vote);
        assertThat(unordered.statusCode()).isEqualTo(422);
        assertThat(unordered.body()).contains("Бір бапқа бәсекелес түзетулер орган белгілеген кезекпен", "rule: voting order");
        HttpResponse<String> badOrder = sec.submit(page, page + "/order", Map.of("charter", charter, "version", "v1", "article", "1",
                "order", "A-2"));
        assertThat(badOrder.statusCode()).isEqualTo(422);
        assertThat(sec.submit(page, page + "/order", Map.of("charter", charter, "version", "v1", "article", "1", "order", "a-2, A-1"))
                .statusCode()).isEqualTo(302);
        HttpResponse<String> outOfOrder = sec.submit(page, page + "/A-1/vote", vote);
        assertThat(outOfOrder.statusCode()).isEqualTo(422);
        assertThat(sec.submit(page, page + "/A-2/vote", Map.of("meeting", "forms-" + s.tag, "kind", "secret-ish")).statusCode())
                .as("an unknown kind names the field").isEqualTo(422);
        assertThat(sec.submit(page, page + "/A-2/vote", vote).statusCode()).isEqualTo(302);
        JsonNode a2 = json(s.http.get(api + "/A-2"));
        assertThat(a2.get("meeting").asString()).isEqualTo("forms-" + s.tag);
        assertThat(a2.get("voted").asString()).isEqualTo("original");
        String poll = meeting + "/polls/" + a2.get("poll").asString();
        for (String m : s.members) s.vote(poll, m, "against");
        assertThat(s.post(poll + "/close", "", s.secretary).statusCode()).isEqualTo(200);
        // A-1 is now next; the recommended wording is voted by default.
        assertThat(sec.submit(page, page + "/A-1/vote", Map.of("meeting", "forms-" + s.tag, "kind", "named", "wording", "recommended"))
                .statusCode()).isEqualTo(302);
        JsonNode a1 = json(s.http.get(api + "/A-1"));
        poll = meeting + "/polls/" + a1.get("poll").asString();
        for (String m : s.members) s.vote(poll, m, "for");
        assertThat(s.post(poll + "/close", "", s.secretary).statusCode()).isEqualTo(200);

        Map<String, String> consolidate = new LinkedHashMap<>(Map.of("charter", charter, "baseVersion", "v1", "id", "f1", "date", "11.03.2026"));
        HttpResponse<String> badDate = sec.submit(page, page + "/consolidate?lang=en", consolidate);
        assertThat(badDate.statusCode()).isEqualTo(422);
        assertThat(badDate.body()).contains("Not done: the field \u201cDate of the draft\u201d was not accepted.");
        consolidate.put("date", "2026-03-11");
        assertThat(sec.submit(page, page + "/consolidate", consolidate).statusCode()).isEqualTo(302);
        assertThat(charters.article(charter, "f1", "1").plainText()).contains("fair and public hearing");
        String after = s.http.get(page + "?lang=en").body();
        assertThat(after).contains("The vote was on the wording of the change recommendation.", "/charters/" + charter + "/versions/f1");
        assertThat(sec.submit(page, page + "/A-9/recommend", Map.of("text", "x")).statusCode()).isEqualTo(404);
    }
}
