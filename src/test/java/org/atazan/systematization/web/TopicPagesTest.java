package org.atazan.systematization.web;

import org.atazan.HttpTestClient;
import org.atazan.PlatformTest;
import org.atazan.TestCitizens;
import org.atazan.WebSession;
import org.atazan.consultation.Author;
import org.atazan.consultation.NewProposal;
import org.atazan.consultation.ProposalDesk;
import org.atazan.consultation.ProposalKind;
import org.atazan.consultation.ReferenceNumber;
import org.atazan.systematization.TopicDesk;
import org.atazan.systematization.TopicStore;
import static org.atazan.systematization.ThreeSubjects.DEATH;
import static org.atazan.systematization.ThreeSubjects.LAND;
import static org.atazan.systematization.ThreeSubjects.TERM;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Topical clusters on the platform: grouped off the request by the secretariat, public per article with
 * their words, representatives and a chart with its table in kk/ru/en; named, split and merged by the
 * secretariat only, and kept so across re-runs; audited.
 */
class TopicPagesTest extends PlatformTest {

    @LocalServerPort
    int port;
    @Autowired
    ProposalDesk proposals;
    @Autowired
    TopicDesk topics;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SystematizationRuns runs;

    String consultation() {
        String id = "top-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(new HttpTestClient(port).postJson("/api/consultations", """
                {"id":"%s","title":"Draft of 2026","charterId":"kz","versionId":"2026"}""".formatted(id), ADMIN, ADMIN_PASSWORD)
                .statusCode()).isEqualTo(201);
        return id;
    }

    List<ReferenceNumber> submit(String id, List<String> texts) {
        List<ReferenceNumber> out = new ArrayList<>();
        for (String t : texts) {
            out.add(proposals.submit(new NewProposal(id, "42", ProposalKind.AMEND, t, "", null, null, null,
                    new Author("", "", "KZ-ALA", false), null, null)).reference());
        }
        return out;
    }

    long clusterOf(String id, ReferenceNumber r) {
        return topics.topicOf(id, r).orElseThrow().id();
    }

    @Test
    void theSecretariatGroupsTheProposalsAndWhatItNamesSplitsAndMergesIsKeptAtEveryRerun() {
        String id = consultation();
        List<ReferenceNumber> land = submit(id, LAND), death = submit(id, DEATH), term = submit(id, TERM);
        HttpTestClient http = new HttpTestClient(port);
        assertThat(http.get("/consultations/" + id + "/topics?lang=en").body()).contains("have not been grouped by topic yet");

        WebSession admin = new WebSession(port);
        assertThat(admin.signIn(ADMIN, ADMIN_PASSWORD)).isTrue();
        String form = "/consultations/" + id + "/topics";
        assertThat(admin.submit(form, form + "/run", Map.of()).statusCode()).isEqualTo(302);
        await().atMost(Duration.ofSeconds(60)).until(() -> topics.lastRun(id).isPresent());

        // Three subjects, three clusters; each proposal with those on its subject.
        for (List<ReferenceNumber> subject : List.of(land, death, term)) {
            long c = clusterOf(id, subject.get(0));
            for (ReferenceNumber r : subject) assertThat(clusterOf(id, r)).isEqualTo(c);
        }
        assertThat(clusterOf(id, land.get(0))).isNotEqualTo(clusterOf(id, death.get(0))).isNotEqualTo(clusterOf(id, term.get(0)));
        String en = http.get("/consultations/" + id + "/topics?lang=en").body();
        assertThat(en).contains("data-topics=\"3\"").contains("Proposals per cluster").contains("id=\"table-topics\"")
                .contains("Telling words").contains("казнь").contains("/consultations/" + id + "/proposals/");
        String ru = http.get("/consultations/" + id + "/topics?article=42&lang=ru").body();
        assertThat(ru).contains("О чём предложения").contains("Характерные слова").doesNotContain("Telling words").doesNotContain("Proposals per cluster");
        assertThat(http.get("/consultations/" + id + "/topics?lang=kk").body()).contains("Ұсыныстар не туралы").doesNotContain("Telling words");
        long landCluster = clusterOf(id, land.get(0));
        assertThat(http.get("/consultations/" + id + "/topics/" + landCluster + "?lang=en").body()).contains("data-members=\"6\"")
                .contains(land.get(5).toString()).doesNotContain("Save the name");
        assertThat(http.get("/consultations/" + id + "/topics/999999999").statusCode()).isEqualTo(404);
        assertThat(http.get("/consultations/" + id + "/topics/abc").statusCode()).isBetween(400, 499);
        assertThat(http.get("/consultations/" + id + "/topics?article=9999").statusCode()).isBetween(400, 499);
        // The consultation links its clusters; a proposal its cluster.
        assertThat(http.get("/consultations/" + id + "?lang=en").body()).contains("/consultations/" + id + "/topics");
        assertThat(http.get("/consultations/" + id + "/proposals/" + land.get(1) + "?lang=en").body())
                .contains("/consultations/" + id + "/topics/" + landCluster);

        // Named: kept, and the name survives a re-run.
        String page = form + "/" + landCluster;
        assertThat(admin.submit(page, page + "/rename", Map.of("name", "Земля и иностранцы")).statusCode()).isEqualTo(302);
        assertThat(admin.submit(page, page + "/rename", Map.of("name", "   ")).statusCode()).isBetween(400, 499);
        // Split: two proposals on the death penalty become a cluster of their own.
        long deathCluster = clusterOf(id, death.get(0));
        String deathPage = form + "/" + deathCluster;
        var split = admin.submit(deathPage, deathPage + "/split", Map.of("out", death.get(0) + "", "name", "Вернуть казнь"));
        assertThat(split.statusCode()).as(split.body()).isEqualTo(302);
        long returned = clusterOf(id, death.get(0));
        assertThat(returned).isNotEqualTo(deathCluster);
        // Merge: the presidential term merged into the land cluster (a person's choice, kept whatever the words say).
        // (The split started a re-run off the request, which describes the clusters again: awaited first.)
        await().atMost(Duration.ofSeconds(60)).until(() -> !runs.running(TopicPages.KIND, id));
        long termCluster = clusterOf(id, term.get(0));
        int merged = 6 + topics.topic(id, termCluster).size();
        var mergedInto = admin.submit(page, page + "/merge", Map.of("with", termCluster + ""));
        assertThat(mergedInto.statusCode()).as(mergedInto.body()).isEqualTo(302);
        await().atMost(Duration.ofSeconds(60)).until(() -> !runs.running(TopicPages.KIND, id));
        topics.run(id);
        TopicStore.Topic named = topics.topic(id, landCluster);
        assertThat(named.name()).isEqualTo("Земля и иностранцы");
        assertThat(named.kept()).isTrue();
        assertThat(named.size()).isEqualTo(merged);
        for (ReferenceNumber r : term) assertThat(clusterOf(id, r)).isEqualTo(landCluster);
        assertThat(clusterOf(id, death.get(0))).isEqualTo(returned);
        assertThat(topics.topic(id, returned).name()).isEqualTo("Вернуть казнь");
        // A new proposal on land joins the kept cluster.
        ReferenceNumber later = submit(id, List.of("Запретить продажу земли иностранцам навсегда")).get(0);
        topics.run(id);
        assertThat(clusterOf(id, later)).isEqualTo(landCluster);
        assertThat(http.get("/consultations/" + id + "/topics?lang=en").body()).contains("Земля и иностранцы").contains("kept by the secretariat");
        // The secretariat's desk lists the article's clusters to review, those nobody kept first.
        String desk = admin.get("/consultations/" + id + "/systematization?article=42&lang=en").body();
        assertThat(desk).contains("Topical clusters to review").contains("/consultations/" + id + "/topics/" + landCluster);

        assertThat(jdbc.sql("SELECT count(*) FROM platform_audit WHERE object_type = 'consultation' AND object_id = ?"
                + " AND action IN ('systematization.topics.rename', 'systematization.topics.split', 'systematization.topics.merge')")
                .param(id).query(Long.class).single()).isEqualTo(3);
        // Nobody else decides: a citizen is refused, a visitor is sent to sign in.
        TestCitizens.Signed citizen = new TestCitizens(port).confirmed("", "KZ-ALA");
        assertThat(citizen.session().submit("/consultations/" + id, page + "/rename", Map.of("name", "x")).statusCode()).isEqualTo(403);
        assertThat(citizen.session().submit("/consultations/" + id, form + "/run", Map.of()).statusCode()).isEqualTo(403);
        assertThat(topics.topic(id, landCluster).name()).isEqualTo("Земля и иностранцы");
    }

    @Test
    void clustersOfOneArticleOnlyMergeWithEachOther() {
        String id = consultation();
        submit(id, LAND);
        ReferenceNumber whole = proposals.submit(new NewProposal(id, null, ProposalKind.AMEND, "Провести референдум по каждому разделу отдельно", "",
                null, null, null, new Author("", "", "KZ-ALA", false), null, null)).reference();
        topics.run(id);
        long a = topics.topics(id, Optional.of(Optional.of("42"))).get(0).id();
        long b = clusterOf(id, whole);
        WebSession admin = new WebSession(port);
        assertThat(admin.signIn(ADMIN, ADMIN_PASSWORD)).isTrue();
        String page = "/consultations/" + id + "/topics/" + a;
        var refused = admin.submit(page, page + "/merge", Map.of("with", b + ""));
        assertThat(refused.statusCode()).isBetween(400, 499);
        assertThat(refused.body()).contains("only clusters of one article merge");
        assertThat(clusterOf(id, whole)).isEqualTo(b);
    }
}
