package org.atazan.systematization.web;

import org.atazan.HttpTestClient;
import org.atazan.PlatformTest;
import org.atazan.TestCitizens;
import org.atazan.WebSession;
import org.atazan.consultation.Author;
import org.atazan.consultation.ConsultationRegistry;
import org.atazan.consultation.NewProposal;
import org.atazan.consultation.Outcome;
import org.atazan.consultation.Proposal;
import org.atazan.consultation.ProposalDesk;
import org.atazan.consultation.ProposalKind;
import org.atazan.consultation.ReferenceNumber;
import org.atazan.systematization.DuplicateDesk;
import org.atazan.systematization.DuplicateGroup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Near-duplicate groups on the platform: found over a consultation's proposals, shown publicly as one
 * representative with its count, kept as people split and confirm them across re-runs, and merged in
 * one click with every author and supporter told, supports counted once, the audit and the record written.
 */
class DuplicateGroupsTest extends PlatformTest {
    static final String LETTER = "Предлагаю закрепить в статье 42 право каждого гражданина на доступ к открытым данным государственных органов. "
            + "Данные должны публиковаться бесплатно и в машиночитаемом виде. С уважением, %s из города %s.";
    static final String OTHER = "Установить пятилетний срок полномочий депутатов Курултая без права переизбрания более двух раз подряд.";

    @LocalServerPort
    int port;
    @Autowired
    ProposalDesk proposals;
    @Autowired
    ConsultationRegistry registry;
    @Autowired
    DuplicateDesk duplicates;
    @Autowired
    JdbcClient jdbc;

    String consultation() {
        String id = "dup-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(new HttpTestClient(port).postJson("/api/consultations", """
                {"id":"%s","title":"Draft of 2026","charterId":"kz","versionId":"2026"}""".formatted(id), ADMIN, ADMIN_PASSWORD)
                .statusCode()).isEqualTo(201);
        return id;
    }

    ReferenceNumber submit(String id, String text, String account) {
        return submitOn(id, "42", text, account);
    }

    ReferenceNumber submitOn(String id, String article, String text, String account) {
        return proposals.submit(new NewProposal(id, article, ProposalKind.AMEND, text, "", null, null, null,
                new Author(account, "", "KZ-ALA", false), null, null)).reference();
    }

    WebSession admin() {
        WebSession s = new WebSession(port);
        assertThat(s.signIn(ADMIN, ADMIN_PASSWORD)).isTrue();
        return s;
    }

    @Test
    void theMachinesGroupsArePublicOnePerRepresentativeAndSplitsAndConfirmationsSurviveARerun() {
        String id = consultation();
        ReferenceNumber a = submit(id, LETTER.formatted("Айгерим", "Алматы"), null);
        ReferenceNumber b = submit(id, LETTER.formatted("Ержан", "Астана"), null);
        ReferenceNumber c = submit(id, LETTER.formatted("Мария", "Караганда").toUpperCase(), null);
        ReferenceNumber other = submit(id, OTHER, null);
        HttpTestClient http = new HttpTestClient(port);
        assertThat(http.get("/consultations/" + id + "/duplicates?lang=en").body()).contains("have not been searched");

        WebSession admin = admin();
        HttpResponse<String> ran = admin.submit("/consultations/" + id + "/systematization", "/consultations/" + id + "/systematization/run", Map.of());
        assertThat(ran.statusCode()).isEqualTo(302);
        // The search runs off the request: its groups appear once it is done.
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).until(() -> duplicates.lastRun(id).isPresent());
        String list = http.get("/consultations/" + id + "/duplicates?lang=en").body();
        assertThat(list).contains("data-groups=\"1\"").contains("/consultations/" + id + "/proposals/" + a).contains("3 proposals")
                .contains("/consultations/" + id + "/duplicates/" + a).doesNotContain(other.toString());
        assertThat(http.get("/consultations/" + id + "/duplicates?lang=kk").body()).contains("ұсыныстар саны: 3").doesNotContain("3 proposals").doesNotContain("Near-identical");
        String group = http.get("/consultations/" + id + "/duplicates/" + a + "?lang=ru").body();
        assertThat(group).contains("data-members=\"3\"").contains(a.toString()).contains(b.toString()).contains(c.toString());
        assertThat(http.get("/consultations/" + id + "?lang=en").body()).contains("/consultations/" + id + "/duplicates");
        assertThat(http.get("/consultations/" + id + "/proposals/" + b + "?lang=en").body()).contains("/duplicates/" + a);
        assertThat(http.get("/consultations/" + id + "/duplicates/" + other).statusCode()).isEqualTo(404);
        // The method states its thresholds, in the reader's digits.
        assertThat(http.get("/consultations/duplicates/method?lang=en").body()).contains("at least 0.5").contains("128 MinHash")
                .contains("32 bands of 4").contains("87.");
        assertThat(http.get("/consultations/duplicates/method?lang=ru").body()).contains("не меньше 0,5").contains("MinHash")
                .doesNotContain("at least");
        assertThat(http.get("/consultations/duplicates/method?lang=kk").body()).contains("кемінде 0,5").doesNotContain("at least");
        assertThat(http.get("/consultations/" + id + "/duplicates?page=x").statusCode()).isEqualTo(422);

        // c is taken out: a re-run with a new copy keeps it out, and the new copy joins a and b.
        assertThat(admin.submit("/consultations/" + id + "/systematization", "/consultations/" + id + "/duplicates/" + a + "/split",
                Map.of("out", c.toString())).statusCode()).isEqualTo(302);
        assertThat(duplicates.group(id, a).members()).containsExactly(a, b);
        ReferenceNumber d = submit(id, LETTER.formatted("Данияр", "Шымкент"), null);
        duplicates.run(id);
        assertThat(duplicates.group(id, a).members()).containsExactly(a, b, d);
        // Confirmed, then a re-run keeps it, a later copy awaiting a look.
        assertThat(admin.submit("/consultations/" + id + "/systematization", "/consultations/" + id + "/duplicates/" + a + "/confirm",
                Map.of()).statusCode()).isEqualTo(302);
        ReferenceNumber e = submit(id, LETTER.formatted("Асель", "Павлодар"), null);
        duplicates.run(id);
        DuplicateGroup g = duplicates.group(id, a);
        assertThat(g.members()).containsExactly(a, b, d, e);
        assertThat(g.unconfirmed()).containsExactly(e);
        // A member hidden by moderation stays in its confirmed group, but its text is not shown publicly.
        proposals.hide(id, b, "Содержит персональные данные.", ADMIN);
        duplicates.run(id);
        assertThat(duplicates.group(id, a).members()).contains(b);
        assertThat(http.get("/consultations/" + id + "/duplicates/" + a + "?lang=en").body()).contains(b.toString())
                .contains("Hidden by moderation").doesNotContain("Ержан");
        assertThat(jdbc.sql("SELECT count(*) FROM platform_audit WHERE object_type = 'consultation' AND object_id = ?"
                + " AND action IN ('systematization.duplicates.split', 'systematization.duplicates.confirm')").param(id)
                .query(Long.class).single()).isEqualTo(2);
        // The desk shows the group to the secretariat, and nobody else.
        assertThat(admin.get("/consultations/" + id + "/systematization?lang=en").body()).contains("Merge the group into " + a)
                .contains("awaiting a look: 1").contains(e.toString());
        assertThat(http.get("/consultations/" + id + "/systematization").statusCode()).isIn(302, 401, 403);

        // Per article: a campaign about the whole text is listed apart from article 42's.
        String whole = "Провести референдум по каждому разделу новой Конституции отдельно, чтобы граждане могли выбрать. Подпись: %s.";
        ReferenceNumber w = submitOn(id, null, whole.formatted("Арман"), null);
        submitOn(id, null, whole.formatted("Сауле"), null);
        duplicates.run(id);
        String on42 = admin.get("/consultations/" + id + "/systematization?article=42&lang=en").body();
        assertThat(on42).contains("data-groups=\"1\"").contains("Merge the group into " + a).doesNotContain("Merge the group into " + w);
        String onWhole = http.get("/consultations/" + id + "/duplicates?article=whole&lang=en").body();
        assertThat(onWhole).contains("data-groups=\"1\"").contains("/duplicates/" + w).doesNotContain("/duplicates/" + a);
        assertThat(http.get("/consultations/" + id + "/duplicates?lang=en").body()).contains("data-groups=\"2\"");
        assertThat(http.get("/consultations/" + id + "/duplicates?article=9999").statusCode()).isEqualTo(422);
    }

    @Test
    void oneClickMergesTheGroupTellsEveryAuthorAndSupporterAndCountsEachSupportOnce() throws Exception {
        String id = consultation();
        TestCitizens citizens = new TestCitizens(port);
        TestCitizens.Signed author = citizens.confirmed("", "KZ-ALA");
        TestCitizens.Signed supporter = citizens.confirmed("", "KZ-AST");
        ReferenceNumber a = submit(id, LETTER.formatted("Айгерим", "Алматы"), null);
        ReferenceNumber b = submit(id, LETTER.formatted("Ержан", "Астана"), author.account());
        ReferenceNumber c = submit(id, LETTER.formatted("Мария", "Караганда"), null);
        // The same person supports the representative and two copies: after the merge they count once.
        proposals.support(id, a, supporter.account());
        proposals.support(id, b, supporter.account());
        proposals.support(id, c, supporter.account());
        proposals.support(id, c, "someone-else");
        duplicates.run(id);
        WebSession admin = admin();
        String form = "/consultations/" + id + "/systematization";
        HttpResponse<String> noReason = admin.submit(form, "/consultations/" + id + "/duplicates/" + a + "/merge", Map.of("reason", " "));
        assertThat(noReason.statusCode()).isBetween(400, 499);
        HttpResponse<String> merged = admin.submit(form, "/consultations/" + id + "/duplicates/" + a + "/merge",
                Map.of("reason", "Одно и то же обращение, присланное многими гражданами."));
        assertThat(merged.statusCode()).isEqualTo(302);

        Proposal rep = registry.proposal(id, a);
        assertThat(rep.supports()).isEqualTo(2);
        for (ReferenceNumber copy : List.of(b, c)) {
            Proposal p = registry.proposal(id, copy);
            assertThat(p.outcome()).isEqualTo(Outcome.MERGED);
            assertThat(p.mergedInto()).isEqualTo(a);
            assertThat(p.supports()).isZero();
        }
        // Every original stays readable and says where it went.
        String page = new HttpTestClient(port).get("/consultations/" + id + "/proposals/" + b + "?lang=en").body();
        assertThat(page).contains("Одно и то же обращение").contains("/consultations/" + id + "/proposals/" + a);
        // The author of a copy is told its answer; the supporter is told of the merge.
        assertThat(notices(author.account(), 1)).anyMatch(s -> s.contains(b.toString()));
        assertThat(notices(supporter.account(), 1)).anyMatch(s -> s.contains(a.toString()));
        assertThat(jdbc.sql("SELECT summary FROM platform_audit WHERE action = 'systematization.duplicates.merge' AND object_id = ?")
                .param(id).query(String.class).single()).contains("2 merged into " + a).contains("Одно и то же обращение");
        assertThat(recorded("consultation.proposals-merged", id + "/" + a)).isTrue();
        String entry = jdbc.sql("SELECT convert_from(entry, 'UTF8') FROM record_entry WHERE kind = ? AND object_id = ?"
                + " UNION ALL SELECT convert_from(entry, 'UTF8') FROM record_inbox WHERE kind = ? AND object_id = ?")
                .params("consultation.proposals-merged", id + "/" + a, "consultation.proposals-merged", id + "/" + a)
                .query(String.class).list().get(0);
        assertThat(entry).contains("\"mergedCount\":2").contains(b.toString()).contains(c.toString()).contains("\"supportsMoved\":1")
                .doesNotContain(supporter.account()).doesNotContain(author.account()).doesNotContain(ADMIN);
        // Merging again has nothing left to merge: a 4xx, never a 500.
        assertThat(admin.submit(form, "/consultations/" + id + "/duplicates/" + a + "/merge", Map.of("reason", "Снова."))
                .statusCode()).isBetween(400, 499);
        // A citizen is not the secretariat.
        assertThat(author.session().submit("/consultations/" + id, "/consultations/" + id + "/duplicates/" + a + "/merge",
                Map.of("reason", "x")).statusCode()).isEqualTo(403);
    }

    @Test
    void theGeneratedSampleConsultationIsSearchedOnceAndItsCampaignsShowAsGroups() throws Exception {
        HttpTestClient http = new HttpTestClient(port);
        long deadline = System.nanoTime() + 60_000_000_000L;
        String page = "";
        while (System.nanoTime() < deadline) {
            page = http.get("/consultations/kz-2026-sample/duplicates?lang=en").body();
            if (page.contains("last search")) break;
            Thread.sleep(200);
        }
        assertThat(page).contains("last search").containsPattern("data-groups=\"[1-9]\\d*\"")
                .contains("Generated").containsPattern("/consultations/kz-2026-sample/duplicates/P-\\d{4}-\\d{6}");
        assertThat(http.get("/consultations/kz-2026-sample?lang=en").body()).contains("/consultations/kz-2026-sample/duplicates");
    }

    List<String> notices(String account, int atLeast) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        List<String> found = List.of();
        while (System.nanoTime() < deadline) {
            found = jdbc.sql("SELECT subject FROM platform_notification WHERE username = ? ORDER BY id").param(account)
                    .query(String.class).list();
            if (found.size() >= atLeast) return found;
            Thread.sleep(50);
        }
        return found;
    }

    boolean recorded(String kind, String object) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < deadline) {
            long n = jdbc.sql("SELECT (SELECT count(*) FROM record_entry WHERE kind = ? AND object_id = ?)"
                    + " + (SELECT count(*) FROM record_inbox WHERE kind = ? AND object_id = ?)").params(kind, object, kind, object)
                    .query(Long.class).single();
            if (n > 0) return true;
            Thread.sleep(50);
        }
        return false;
    }
}
