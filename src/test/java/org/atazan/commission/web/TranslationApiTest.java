package org.atazan.commission.web;

import org.atazan.HttpTestClient;
import org.atazan.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Translations of a body's texts over HTTP: anyone reads them, the body's secretary or chair replaces a language's,
 * refusals are RFC 9457 problems (401, 403, 404, 400, 422), and the public meeting page shows what was stored.
 */
class TranslationApiTest extends PlatformTest {
    @LocalServerPort
    int port;
    MeetingScript s;
    String api, meetingId;

    @BeforeEach
    void body() {
        s = new MeetingScript(new HttpTestClient(port), ADMIN, ADMIN_PASSWORD);
        meetingId = "texts-" + s.tag;
        s.open(meetingId, "2026-03-10");
        api = "/api/commission/bodies/" + s.body + "/translations";
    }

    HttpResponse<String> put(String language, String json, String who) {
        return s.http.json("PUT", api + "/" + language, json, who, MeetingScript.PASSWORD);
    }

    static void problem(HttpResponse<String> r, int status, String detail) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode p = MeetingScript.json(r);
        assertThat(p.get("status").asInt()).isEqualTo(status);
        if (detail != null) assertThat(p.get("detail").asString()).contains(detail);
    }

    @Test
    void anyoneReadsTheBodysTextsAndTheSecretaryReplacesALanguagesTranslations() {
        HttpResponse<String> texts = s.http.get(api);
        assertThat(texts.statusCode()).isEqualTo(200);
        JsonNode all = MeetingScript.json(texts);
        assertThat(all.get("languages").toString()).isEqualTo("[\"kk\",\"ru\",\"en\"]");
        List<String> sources = new ArrayList<>();
        all.get("texts").forEach(t -> sources.add(t.get("kind").asString() + ":" + t.get("source").asString()));
        assertThat(sources).startsWith("item:Article 52", "item:Other business", "place:Astana", "member:Chair " + s.tag,
                "member:Secretary " + s.tag, "member:Member 1");

        HttpResponse<String> r = put("kk", "{\"translations\":{\"Article 52\":\"52-бап\",\"Astana\":\"Астана\",\"Other business\":\" \"}}",
                s.secretary);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(MeetingScript.json(r).get("translations").toString()).isEqualTo("{\"Article 52\":\"52-бап\",\"Astana\":\"Астана\"}");
        assertThat(MeetingScript.json(s.http.get(api + "/kk")).get("translations").toString())
                .isEqualTo("{\"Article 52\":\"52-бап\",\"Astana\":\"Астана\"}");
        assertThat(MeetingScript.json(s.http.get(api + "/en")).get("translations").size()).isZero();
        assertThat(MeetingScript.json(s.http.get(api)).get("texts").get(0).get("translations").toString()).isEqualTo("{\"kk\":\"52-бап\"}");

        // The public page in Kazakh shows the translation; the text without one stays as typed, marked English.
        String page = s.http.get("/commission/meetings/" + meetingId + "?lang=kk").body();
        assertThat(page).contains("52-бап").contains("Other business").doesNotContain(">Article 52<");

        // Replacing: the chair sends one translation, and the texts not named lose theirs.
        r = put("kk", "{\"translations\":{\"Article 52\":\"52-бап: бір палаталы Құрылтай\"}}", s.chair);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(MeetingScript.json(r).get("translations").toString()).isEqualTo("{\"Article 52\":\"52-бап: бір палаталы Құрылтай\"}");
        assertThat(put("kk", "{\"translations\":{}}", s.secretary).statusCode()).isEqualTo(200);
        assertThat(MeetingScript.json(s.http.get(api + "/kk")).get("translations").size()).isZero();
        assertThat(s.http.get("/commission/meetings/" + meetingId + "?lang=kk").body()).contains(">Article 52<").doesNotContain("52-бап");
    }

    @Test
    void refusalsAreProblemsAndStoreNothing() {
        String one = "{\"translations\":{\"Article 52\":\"52-бап\"}}";
        problem(s.http.json("PUT", api + "/kk", one, null, null), 401, null);
        problem(put("kk", one, s.outsider), 403, null);
        problem(put("kk", one, s.members.get(0)), 422, "only its secretary or chair translates its texts");
        problem(s.http.json("PUT", "/api/commission/bodies/no-such-body/translations/kk", one, s.secretary, MeetingScript.PASSWORD), 404, null);
        problem(put("fr", one, s.secretary), 404, "no language 'fr'");
        problem(s.http.get(api + "/de"), 404, "no language 'de'");
        problem(s.http.get("/api/commission/bodies/no-such-body/translations/kk"), 404, null);
        problem(put("kk", "{\"translations\":", s.secretary), 400, null);
        problem(put("kk", "{}", s.secretary), 422, "field translations: missing");
        problem(put("kk", "{\"translations\":{\"Article 52\":\"52-бап\",\"Article 99\":\"99-бап\"}}", s.secretary), 422,
                "field translations.kk: 'Article 99' is not a text of body " + s.body);
        problem(put("kk", "{\"translations\":{\"Article 52\":\"" + "қ".repeat(501) + "\"}}", s.secretary), 422,
                "field translations.kk: the translation of 'Article 52' is longer than 500");
        problem(put("kk", "{\"translations\":{\"Article 52\":\"52-бап\\nжол\"}}", s.secretary), 422, "control character");
        assertThat(MeetingScript.json(s.http.get(api + "/kk")).get("translations").size()).isZero();
    }
}
