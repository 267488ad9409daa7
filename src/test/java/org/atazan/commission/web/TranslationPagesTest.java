package org.atazan.commission.web;

import org.atazan.HttpTestClient;
import org.atazan.PlatformTest;
import org.atazan.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.atazan.commission.web.MeetingScript.PASSWORD;

/**
 * The translations' form over HTTP: only the body's secretary or chair sees it (and the link to it), it posts with the
 * CSRF token, a save redirects back with the count, and a refusal is the page again with 422, what was sent, and the
 * problem at the field in the reader's language.
 */
class TranslationPagesTest extends PlatformTest {
    @LocalServerPort
    int port;
    MeetingScript s;
    String body, form;

    @BeforeEach
    void body() {
        s = new MeetingScript(new HttpTestClient(port), ADMIN, ADMIN_PASSWORD);
        s.open("form-texts-" + s.tag, "2026-03-10");
        body = "/commission/bodies/" + s.body;
        form = body + "/translations";
    }

    static Map<String, String> row(String source, String language, String text) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("rows[0].source", source);
        f.put("rows[0].text[" + language + "]", text);
        return f;
    }

    @Test
    void onlyTheSecretaryOrTheChairSeesTheFormAndItsLink() {
        assertThat(s.http.get(body + "?lang=en").body()).doesNotContain(form);
        HttpResponse<String> anonymous = s.http.get(form);
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElse("")).endsWith("/login");

        WebSession member = new WebSession(port);
        assertThat(member.signIn(s.members.get(0), PASSWORD)).isTrue();
        assertThat(member.get(body + "?lang=en").body()).doesNotContain(form);
        assertThat(member.get(form).statusCode()).isEqualTo(403);
        // Posting anyway (the token from the body's page): the body's rule, on the page, 422, nothing stored.
        Map<String, String> f = row("Article 52", "kk", "52-бап");
        f.put("_csrf", member.csrf(body));
        HttpResponse<String> byMember = member.post(form + "?lang=ru", f);
        assertThat(byMember.statusCode()).isEqualTo(422);
        assertThat(byMember.body()).contains("Это делает только секретарь или председатель органа.");
        WebSession outsider = new WebSession(port);
        assertThat(outsider.signIn(s.outsider, PASSWORD)).isTrue();
        assertThat(outsider.get(form).statusCode()).isEqualTo(403);
        assertThat(s.http.get("/api/commission/bodies/" + s.body + "/translations/kk").body()).isEqualTo("{\"translations\":{}}");

        for (String runner : new String[]{s.secretary, s.chair}) {
            WebSession w = new WebSession(port);
            assertThat(w.signIn(runner, PASSWORD)).isTrue();
            assertThat(w.get(body + "?lang=en").body()).contains("href=\"" + form + "\"", "Translations of the body&#39;s texts");
            String page = w.get(form + "?lang=en").body();
            // Each text once, with an input per language it is not typed in (English here), named after its row.
            assertThat(page).contains("name=\"rows[0].source\" value=\"Article 52\"", "name=\"rows[0].text[kk]\"", "name=\"rows[0].text[ru]\"",
                    "name=\"rows[2].source\" value=\"Astana\"", "name=\"_csrf\"").doesNotContain("name=\"rows[0].text[en]\"");
        }
    }

    @Test
    void aSaveRedirectsBackWithTheCountAndARefusalIsShownAtTheField() {
        WebSession sec = new WebSession(port);
        assertThat(sec.signIn(s.secretary, PASSWORD)).isTrue();
        // Without the token: refused before anything is read.
        assertThat(sec.post(form, row("Article 52", "kk", "52-бап")).statusCode()).isEqualTo(403);

        Map<String, String> f = row("Article 52", "kk", "52-бап");
        f.put("rows[1].source", "Astana");
        f.put("rows[1].text[kk]", "Астана");
        f.put("rows[1].text[ru]", "Астана");
        HttpResponse<String> saved = sec.submit(form, form + "?lang=kk", f);
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location").orElse("")).endsWith(form);
        String after = sec.get(form + "?lang=kk").body();
        assertThat(after).contains("Сақталды. Өзгертілген аудармалар: 3.", "value=\"52-бап\"");
        // The message is said once: the next visit has none.
        assertThat(sec.get(form + "?lang=kk").body()).doesNotContain("Сақталды.");
        assertThat(s.http.get("/commission/meetings/form-texts-" + s.tag + "?lang=kk").body()).contains("52-бап", "Астана");

        Map<String, String> tooLong = row("Article 52", "kk", "ә".repeat(501));
        tooLong.put("rows[1].source", "Astana");
        tooLong.put("rows[1].text[en]", "Astana city");
        HttpResponse<String> refused = sec.submit(form, form + "?lang=kk", tooLong);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("Сақталмады: «Қазақ тілі: Article 52» өрісі қабылданбады.", "href=\"#t-0-kk\"",
                "aria-invalid=\"true\"", "aria-describedby=\"t-0-kk-error\"", "id=\"t-0-kk-error\"", "Аударма ең көбі 500 таңбадан тұрады.",
                "value=\"" + "ә".repeat(501) + "\"");

        HttpResponse<String> unknown = sec.submit(form, form + "?lang=en", row("Article 99", "kk", "99-бап"));
        assertThat(unknown.statusCode()).isEqualTo(422);
        assertThat(unknown.body()).contains("Not saved: nothing was changed.", "This text is no longer one of the body&#39;s texts",
                "&#39;Article 99&#39; is not a text of body " + s.body);
        assertThat(s.http.get("/api/commission/bodies/" + s.body + "/translations/kk").body())
                .isEqualTo("{\"translations\":{\"Article 52\":\"52-бап\",\"Astana\":\"Астана\"}}");
        assertThat(s.http.get("/api/commission/bodies/" + s.body + "/translations/en").body()).isEqualTo("{\"translations\":{}}");
    }
}
