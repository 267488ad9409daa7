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

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The consultation's pages over HTTP: forms with CSRF, refusals at the field, access, and no personal data in public. */
class ConsultationPagesTest extends PlatformTest {
    static final Pattern REF = Pattern.compile("P-\\d{4}-\\d{6}");
    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    String id;
    String base;
    TestCitizens.Signed citizen;

    @BeforeEach
    void open() {
        id = "pages-" + UUID.randomUUID().toString().substring(0, 8);
        base = "/consultations/" + id;
        HttpResponse<String> r = new HttpTestClient(port).postJson("/api/consultations", """
                {"id":"%s","title":"Draft of 2026","charterId":"kz","versionId":"2026"}""".formatted(id), ADMIN, ADMIN_PASSWORD);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        citizen = new TestCitizens(port).confirmed("Aigerim <b>S</b>", "KZ-ALA");
    }

    String propose(WebSession s, Map<String, String> fields) {
        HttpResponse<String> r = s.submit(base + "/propose", base + "/propose", fields);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
        Matcher m = REF.matcher(r.headers().firstValue("Location").orElseThrow());
        assertThat(m.find()).isTrue();
        return m.group();
    }

    @Test
    void aDoubleSubmittedFormMakesOneProposalWhosePageShowsTheNameAsTextAndNoPersonalData() {
        String token = UUID.randomUUID().toString();
        Map<String, String> form = Map.of("article", "42", "kind", "amend", "wording", "Ограничить срок полномочий Президента.",
                "reasons", "Сменяемость власти.", "language", "", "token", token, "step", "send");
        String first = propose(citizen.session(), form);
        String second = propose(citizen.session(), form);
        assertThat(second).isEqualTo(first);
        assertThat(jdbc.sql("SELECT count(*) FROM consultation_proposal WHERE consultation_id = ?").param(id).query(Long.class).single())
                .isEqualTo(1);
        String page = new WebSession(port).get(base + "/proposals/" + first + "?lang=en").body();
        assertThat(page).contains("Aigerim &lt;b&gt;S&lt;/b&gt;").doesNotContain("<b>S</b>")
                .doesNotContain(citizen.email()).doesNotContain(citizen.account())
                .contains("href=\"/charters/kz/versions/2026/articles/42\"").contains("Russian")
                .contains("Ограничить срок полномочий Президента.").contains("working days");
        assertThat(citizen.session().get("/consultations/mine").body()).contains(first);
    }

    @Test
    void pageFormsKeepTheLimitsPerAccountAndAReportCountsOnce() {
        String ref = null;
        HttpResponse<String> last = null;
        for (int i = 0; i < 11; i++) {
            last = citizen.session().submit(base + "/propose", base + "/propose", Map.of("article", "42", "kind", "amend",
                    "wording", "Предложение номер " + i + " о сроке полномочий.", "reasons", "Причина.", "language", "ru",
                    "token", UUID.randomUUID().toString(), "step", "send"));
            if (last.statusCode() == 302 && ref == null) {
                Matcher m = REF.matcher(last.headers().firstValue("Location").orElseThrow());
                assertThat(m.find()).isTrue();
                ref = m.group();
            }
        }
        assertThat(last.statusCode()).as("the 11th in an hour (atazan.consultation.limits.propose.per-account=10)").isEqualTo(429);
        assertThat(last.body()).contains("wait a little");

        TestCitizens.Signed reader = new TestCitizens(port).confirmed(null, null);
        String page = base + "/proposals/" + ref;
        assertThat(reader.session().submit(page, page + "/report", Map.of("reason", "Not about the text.")).headers()
                .firstValue("Location").orElseThrow()).endsWith("?reported");
        assertThat(reader.session().submit(page, page + "/report", Map.of("reason", "Again.")).headers()
                .firstValue("Location").orElseThrow()).endsWith("?reportedBefore");
        // A person named as the author who did not write it says so from the page, as through the API.
        TestCitizens.Signed named = new TestCitizens(port).confirmed(null, null);
        assertThat(named.session().get(page + "?lang=kk").body()).contains("value=\"false-attribution\"")
                .contains("Мен автор ретінде көрсетілгенмін");
        assertThat(named.session().submit(page, page + "/report", Map.of("kind", "false-attribution",
                "reason", "I did not write this.")).headers().firstValue("Location").orElseThrow()).endsWith("?reported");
        assertThat(jdbc.sql("SELECT count(*) FROM consultation_report r JOIN consultation_proposal p ON p.id = r.proposal_id"
                        + " WHERE p.consultation_id = ? AND p.seq = ? AND r.kind = 'false-attribution'")
                .param(id).param(Long.parseLong(ref.substring(ref.lastIndexOf('-') + 1))).query(Long.class).single())
                .isEqualTo(1);
        assertThat(named.session().submit(page, page + "/report", Map.of("kind", "bribe", "reason", "x")).statusCode())
                .isIn(400, 422);
    }

    @Test
    void refusalsAreNamedAtTheFieldInTheReadersLanguageWith422() {
        WebSession s = citizen.session();
        HttpResponse<String> empty = s.submit(base + "/propose", base + "/propose?lang=ru", Map.of("article", "1", "kind", "amend",
                "wording", "   ", "token", UUID.randomUUID().toString(), "step", "send"));
        assertThat(empty.statusCode()).isEqualTo(422);
        assertThat(empty.body()).contains("id=\"wording-error\"").contains("Напишите предлагаемую редакцию");
        HttpResponse<String> article = s.submit(base + "/propose", base + "/propose?lang=kk", Map.of("article", "999", "kind", "amend",
                "wording", "Өзгерту керек.", "token", UUID.randomUUID().toString(), "step", "send"));
        assertThat(article.statusCode()).isEqualTo(422);
        assertThat(article.body()).contains("id=\"article-error\"").contains("мұндай бап жоқ");
        HttpResponse<String> check = s.submit(base + "/propose", base + "/propose?lang=en", Map.of("article", "1", "kind", "amend",
                "wording", "Мемлекеттік тілдің мәртебесін нақтылау керек, өйткені бұл өте маңызды.", "token", "t", "step", "check"));
        assertThat(check.statusCode()).isEqualTo(200);
        assertThat(check.body()).contains("looks like Kazakh").containsPattern("<option value=\"kk\" selected");
        assertThat(jdbc.sql("SELECT count(*) FROM consultation_proposal WHERE consultation_id = ?").param(id).query(Long.class).single())
                .isZero();
    }

    @Test
    void eachPageShowsTheTitleInItsOwnLanguageAndTheOneTitleWhereNoneIsGiven() {
        String titled = id + "-t";
        HttpResponse<String> r = new HttpTestClient(port).postJson("/api/consultations", """
                {"id":"%s","title":"Draft of 2026","titles":{"kk":"2026 жылғы жоба","ru":"Проект 2026 года"},
                 "charterId":"kz","versionId":"2026"}""".formatted(titled), ADMIN, ADMIN_PASSWORD);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        assertThat(r.body()).contains("\"titles\":{").contains("Проект 2026 года");
        WebSession reader = new WebSession(port);
        String page = "/consultations/" + titled;
        assertThat(reader.get(page + "?lang=kk").body()).contains("2026 жылғы жоба").doesNotContain("Draft of 2026");
        assertThat(reader.get(page + "/figures?lang=ru").body()).contains("Проект 2026 года").doesNotContain("Draft of 2026");
        assertThat(reader.get(page + "?lang=en").body()).contains("Draft of 2026");
        assertThat(reader.get("/consultations?lang=ru").body()).contains("Проект 2026 года");
        // A title in a language the platform has not: refused, naming the field.
        HttpResponse<String> bad = new HttpTestClient(port).postJson("/api/consultations", """
                {"id":"%s-x","title":"T","titles":{"fr":"Projet"},"charterId":"kz","versionId":"2026"}""".formatted(id),
                ADMIN, ADMIN_PASSWORD);
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("titles");
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() {
        HttpResponse<String> forged = citizen.session().post(base + "/propose", Map.of("article", "1", "kind", "amend",
                "wording", "Текст предложения.", "token", "x", "step", "send"));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT count(*) FROM consultation_proposal WHERE consultation_id = ?").param(id).query(Long.class).single())
                .isZero();
    }

    @Test
    void theListFiltersFromTheAllowedListOnlyAndShowsMarkupAsText() {
        String a = propose(citizen.session(), Map.of("article", "52", "kind", "add", "wording", "Дополнить статью отчётом депутатов.",
                "token", "a1", "step", "send"));
        String b = propose(citizen.session(), Map.of("article", "", "kind", "other", "wording", "Опубликовать пояснения к тексту.",
                "token", "b1", "step", "send"));
        WebSession reader = new WebSession(port);
        String byKind = reader.get(base + "?kind=add").body();
        assertThat(byKind).contains(a).doesNotContain(b);
        assertThat(reader.get(base + "?article=whole").body()).contains(b).doesNotContain(a);
        HttpResponse<String> bad = reader.get(base + "?orderBy=id");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("orderBy");
        HttpResponse<String> markup = reader.get(base + "?region=%3Cscript%3Ealert(1)%3C/script%3E");
        assertThat(markup.statusCode()).isEqualTo(400);
        assertThat(markup.body()).doesNotContain("<script>alert(1)").contains("region");
        assertThat(reader.get(base + "?kind=bribe").statusCode()).isEqualTo(400);
        assertThat(reader.get(base + "?after=-5").statusCode()).isEqualTo(400);
    }

    @Test
    void theQueueIsTheSecretariatsAndBulkActionsApplyToAllOrNone() {
        String a = propose(citizen.session(), Map.of("article", "1", "kind", "amend", "wording", "Уточнить формулировку статьи.",
                "token", "q1", "step", "send"));
        String b = propose(citizen.session(), Map.of("article", "2", "kind", "amend", "wording", "Уточнить формулировку второй статьи.",
                "token", "q2", "step", "send"));
        assertThat(citizen.session().get(base + "/queue").statusCode()).isEqualTo(403);
        assertThat(new WebSession(port).get(base + "/queue").statusCode()).isIn(302, 401, 403);
        WebSession admin = new WebSession(port);
        assertThat(admin.signIn(ADMIN, ADMIN_PASSWORD)).isTrue();
        assertThat(admin.get(base + "/queue").body()).contains(a).contains(b).contains("name=\"selected\"");
        // Register a first, then ask to put both under review: b is still "received", so nothing changes.
        HttpResponse<String> one = admin.submit(base + "/proposals/" + a, base + "/proposals/" + a + "/status",
                Map.of("status", "registered", "reason", "Зарегистрировано."));
        assertThat(one.statusCode()).isEqualTo(302);
        String form = "action=status&status=under-review&reason=Review&selected=" + a + "&selected=" + b;
        HttpResponse<String> bulk = postRaw(admin, base + "/queue?lang=en", form);
        assertThat(bulk.statusCode()).isEqualTo(422);
        assertThat(bulk.body()).contains("Nothing was changed").contains(b).contains("received and cannot become under-review");
        assertThat(status(a)).isEqualTo("registered");
        HttpResponse<String> ok = postRaw(admin, base + "/queue", "action=assign&assignee=clerk-1&selected=" + a + "&selected=" + b);
        assertThat(ok.statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("SELECT count(*) FROM consultation_proposal WHERE consultation_id = ? AND assignee = 'clerk-1'")
                .param(id).query(Long.class).single()).isEqualTo(2);
        // A note is the secretariat's only.
        assertThat(admin.submit(base + "/proposals/" + a, base + "/proposals/" + a + "/notes", Map.of("text", "Секретная заметка"))
                .statusCode()).isEqualTo(302);
        assertThat(admin.get(base + "/proposals/" + a).body()).contains("Секретная заметка");
        assertThat(new WebSession(port).get(base + "/proposals/" + a).body()).doesNotContain("Секретная заметка").doesNotContain("clerk-1");
        assertThat(citizen.session().post(base + "/proposals/" + a + "/notes", Map.of("text", "x", "_csrf",
                citizen.session().csrf(base + "/proposals/" + a))).statusCode()).isEqualTo(403);
    }

    HttpResponse<String> postRaw(WebSession s, String action, String body) {
        String csrf = s.csrf(base + "/queue");
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        for (String pair : body.split("&")) {
            String[] kv = pair.split("=", 2);
            fields.merge(kv[0], kv[1], (x, y) -> x + "\u0000" + y);
        }
        StringBuilder sb = new StringBuilder("_csrf=" + java.net.URLEncoder.encode(csrf, java.nio.charset.StandardCharsets.UTF_8));
        fields.forEach((k, v) -> {
            for (String one : v.split("\u0000")) sb.append('&').append(k).append('=')
                    .append(java.net.URLEncoder.encode(one, java.nio.charset.StandardCharsets.UTF_8));
        });
        return s.postEncoded(action, sb.toString());
    }

    String status(String ref) {
        return jdbc.sql("SELECT status FROM consultation_proposal WHERE consultation_id = ? AND seq = ?")
                .params(id, Long.parseLong(ref.substring(7))).query(String.class).single();
    }

    @Test
    void aHiddenProposalShowsItsReasonNotItsTextAndAVerifiedCitizenSupportsOnce() {
        String a = propose(citizen.session(), Map.of("article", "12", "kind", "amend", "wording", "Текст, который будет скрыт.",
                "token", "h1", "step", "send"));
        TestCitizens.Signed other = new TestCitizens(port).confirmed("", "KZ-AST");
        String page = base + "/proposals/" + a;
        assertThat(other.session().get(page + "?lang=ru").body()).doesNotContain("Поддержать предложение</button>");
        String byOther = propose(other.session(), Map.of("article", "13", "kind", "add", "wording", "Дополнить статью.",
                "token", "h2", "step", "send"));
        assertThat(new WebSession(port).get(base + "/proposals/" + byOther + "?lang=ru").body()).contains("Житель региона: город Астана");
        TestCitizens.verify(jdbc, other.account());
        assertThat(other.session().submit(page, page + "/support", Map.of()).statusCode()).isEqualTo(302);
        assertThat(other.session().submit(page, page + "/support", Map.of()).headers().firstValue("Location").orElse("")).contains("already");
        assertThat(jdbc.sql("SELECT supports FROM consultation_proposal WHERE consultation_id = ? AND seq = ?")
                .params(id, Long.parseLong(a.substring(7))).query(Integer.class).single())
                .isEqualTo(1);
        WebSession admin = new WebSession(port);
        assertThat(admin.signIn(ADMIN, ADMIN_PASSWORD)).isTrue();
        assertThat(postRaw(admin, base + "/queue", "action=hide&reason=Оскорбительные выражения&selected=" + a).statusCode()).isEqualTo(302);
        String hidden = new WebSession(port).get(page + "?lang=ru").body();
        assertThat(hidden).contains("Оскорбительные выражения").doesNotContain("Текст, который будет скрыт.").contains("Скрыто модерацией");
        assertThat(new WebSession(port).get(base + "/figures?lang=en").body()).contains("In all 2 proposals");
    }

    @Test
    void myProposalsNeedASignInAndShowOnlyOnesOwn() {
        assertThat(new WebSession(port).get("/consultations/mine").statusCode()).isEqualTo(302);
        String a = propose(citizen.session(), Map.of("article", "3", "kind", "amend", "wording", "Уточнить третью статью.",
                "token", "m1", "step", "send"));
        TestCitizens.Signed other = new TestCitizens(port).confirmed("Other", "KZ-AST");
        assertThat(other.session().get("/consultations/mine").body()).doesNotContain(a);
        assertThat(citizen.session().get("/consultations/mine").body()).contains(a);
    }

    @Test
    void theCharterArticlePageShowsTheProposalsAboutItAndAButtonToPropose() {
        String a = propose(citizen.session(), Map.of("article", "70", "kind", "amend", "wording", "Уточнить порядок работы Халық Кеңесі.",
                "token", "c1", "step", "send"));
        String article = new WebSession(port).get("/charters/kz/versions/2026/articles/70?lang=en").body();
        assertThat(article).contains("proposals about this article")
                .contains("/consultations/").contains("/propose?article=70").contains("Propose a change");
        assertThat(new WebSession(port).get("/charters/kz/versions/1995/articles/1?lang=en").body())
                .doesNotContain("proposals about this article");
        // The newest consultation on the version is the one shown: this test's, opened today, may share the day with others.
        assertThat(a).matches(REF);
    }

    @Test
    void theDemoConsultationsPagesSayTheyAreSampleData() {
        WebSession reader = new WebSession(port);
        for (String path : new String[]{"/consultations", "/consultations/kz-2026-sample", "/consultations/kz-2026-sample/figures"}) {
            HttpResponse<String> r = reader.get(path + "?lang=en");
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).as(path).contains("Generated sample data");
        }
        String figures = reader.get("/consultations/kz-2026-sample/figures?lang=ru").body();
        assertThat(figures).contains("<table").contains("<svg").contains("По статьям").contains("Число предложений");
        assertThat(reader.get("/consultations/policy?lang=kk").body()).contains("Модерация ережелері");
        assertThat(reader.get("/consultations/kz-2026-sample?status=answered&lang=en").body()).contains("Generated sample data")
                .containsPattern(REF.pattern());
    }
}
