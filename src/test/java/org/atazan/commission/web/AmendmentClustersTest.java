package org.atazan.commission.web;

import org.atazan.HttpTestClient;
import org.atazan.PlatformTest;
import org.atazan.WebSession;
import org.atazan.charter.CharterLibrary;
import org.atazan.consultation.Author;
import org.atazan.consultation.NewProposal;
import org.atazan.consultation.ProposalDesk;
import org.atazan.consultation.ProposalKind;
import org.atazan.consultation.ReferenceNumber;
import org.atazan.kernel.BadInputException;
import org.atazan.systematization.TopicDesk;
import static org.atazan.systematization.ThreeSubjects.DEATH;
import static org.atazan.systematization.ThreeSubjects.LAND;
import static org.atazan.systematization.ThreeSubjects.TERM;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.atazan.commission.web.MeetingScript.json;

/**
 * An amendment answers a topical cluster of proposals: the cluster is kept whole once cited (a re-run does not move its
 * members, a merge cannot take it away), its page names the amendment, and when the amendment is adopted every proposal
 * in it not yet answered is answered, saying so, and shows the article it changed.
 */
class AmendmentClustersTest extends PlatformTest {

    @LocalServerPort
    int port;
    @Autowired
    CharterLibrary charters;
    @Autowired
    ProposalDesk proposals;
    @Autowired
    TopicDesk topics;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.atazan.record.PublicRecord record;
    MeetingScript s;
    String charter;
    String consultation;
    List<ReferenceNumber> land, death, term;

    @BeforeEach
    void proposalsInClustersAndABody() {
        s = new MeetingScript(new HttpTestClient(port), ADMIN, ADMIN_PASSWORD);
        charter = AmendmentApiTest.examplia(charters, "ex-" + s.tag);
        consultation = "cl-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(s.http.postJson("/api/consultations", """
                {"id":"%s","title":"Draft of 2026","charterId":"kz","versionId":"2026"}""".formatted(consultation), ADMIN, ADMIN_PASSWORD)
                .statusCode()).isEqualTo(201);
        land = submit(LAND);
        death = submit(DEATH);
        term = submit(TERM);
        topics.run(consultation);
    }

    List<ReferenceNumber> submit(List<String> texts) {
        List<ReferenceNumber> out = new ArrayList<>();
        for (String t : texts) {
            out.add(proposals.submit(new NewProposal(consultation, "1", ProposalKind.AMEND, t, "", null, null, null,
                    new Author("", "", "KZ-ALA", false), null, null)).reference());
        }
        return out;
    }

    long clusterOf(ReferenceNumber r) {
        return topics.topicOf(consultation, r).orElseThrow().id();
    }

    String amendments() {
        return "/api/commission/bodies/" + s.body + "/amendments";
    }

    Map<String, Object> proposal(ReferenceNumber r) {
        return jdbc.sql("SELECT status, outcome, answer FROM consultation_proposal WHERE consultation_id = :c AND year = :y AND seq = :s")
                .param("c", consultation).param("y", r.year()).param("s", r.sequence()).query().singleRow();
    }

    @Test
    void anAdoptedAmendmentAnswersEveryProposalOfTheClustersItCitesAndTheirPagesShowTheArticleChanged() throws Exception {
        long landCluster = clusterOf(land.get(0));
        // What the clustering found is its own business; the cluster's members as found are what the amendment answers.
        Set<ReferenceNumber> members = new HashSet<>(topics.members(consultation, landCluster, 0, 100));
        List<ReferenceNumber> all = new ArrayList<>(land);
        all.addAll(death);
        all.addAll(term);
        ReferenceNumber outside = all.stream().filter(r -> !members.contains(r) && !r.equals(term.get(0))).findFirst().orElseThrow();
        ReferenceNumber byReference = members.contains(term.get(0)) ? null : term.get(0);
        assertThat(topics.topic(consultation, landCluster).kept()).isFalse();

        HttpResponse<String> a1 = s.post(amendments(), """
                {"action":"replace","charter":"%s","version":"v1","article":"1","text":"Land belongs to the people.",
                 "consultation":"%s","proposals":["%s"],"clusters":[%d]}""".formatted(charter, consultation, term.get(0), landCluster),
                s.secretary);
        assertThat(a1.statusCode()).as(a1.body()).isEqualTo(201);
        JsonNode cited = json(a1).get("clusters");
        assertThat(cited).hasSize(1);
        assertThat(cited.get(0).get("id").asLong()).isEqualTo(landCluster);
        assertThat(cited.get(0).get("size").asInt()).isEqualTo(members.size());
        assertThat(cited.get(0).get("label").asString()).isNotBlank();

        // Cited, the cluster is kept: a re-run leaves its members where they are, and it cannot be merged away.
        assertThat(topics.topic(consultation, landCluster).kept()).isTrue();
        topics.run(consultation);
        assertThat(members).allSatisfy(r -> assertThat(clusterOf(r)).isEqualTo(landCluster));
        long otherCluster = clusterOf(outside);
        assertThatThrownBy(() -> topics.merge(consultation, otherCluster, List.of(landCluster), ADMIN)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("cluster " + landCluster + " is cited").hasMessageContaining("A-1").hasMessageContaining("rule: a cited cluster is kept");
        assertThat(topics.topic(consultation, landCluster).size()).isEqualTo(members.size());

        // The cluster's page names the amendment that answers it, in the reader's language.
        String page = s.http.get("/consultations/" + consultation + "/topics/" + landCluster + "?lang=ru").body();
        assertThat(page).contains("Решения, отвечающие на эту группу").contains("Поправка A-1")
                .contains("/commission/bodies/" + s.body + "/amendments#A-1");
        String amendmentsPage = s.http.get("/commission/bodies/" + s.body + "/amendments?lang=en").body();
        assertThat(amendmentsPage).contains("Answers the topical clusters:").contains("/consultations/" + consultation + "/topics/" + landCluster);

        String meeting = s.open("cl-" + s.tag, "2026-03-10");
        HttpResponse<String> p = s.post(amendments() + "/A-1/poll", "{\"meeting\":\"" + meeting.substring(meeting.lastIndexOf('/') + 1)
                + "\",\"kind\":\"named\"}", s.secretary);
        assertThat(p.statusCode()).as(p.body()).isEqualTo(201);
        String poll = meeting + "/polls/" + json(p).get("id").asString();
        for (int i = 0; i < 4; i++) s.vote(poll, s.members.get(i), "for");
        assertThat(s.post(poll + "/close", "", s.secretary).statusCode()).isEqualTo(200);

        // Every proposal of the cluster is answered, accepted, saying it was answered as one of the cluster; the one cited
        // by reference is answered without that; the other subjects' proposals are not answered.
        for (ReferenceNumber r : all) {
            Map<String, Object> row = proposal(r);
            if (members.contains(r)) {
                assertThat(row.get("status")).isEqualTo("answered");
                assertThat(row.get("outcome")).isEqualTo("accepted");
                assertThat((String) row.get("answer")).contains("A-1").contains("тематическую группу «" + cited.get(0).get("label").asString() + "»");
            } else if (r.equals(byReference)) {
                assertThat(row.get("outcome")).isEqualTo("accepted");
                assertThat((String) row.get("answer")).contains("A-1").doesNotContain("тематическую группу");
            } else {
                assertThat(row.get("status")).as(r.toString()).isNotEqualTo("answered");
            }
        }

        // The public record's entry of the decision names the clusters and how many proposals were answered through them.
        int through = members.size() - (members.contains(term.get(0)) ? 1 : 0);
        String entry = entry("commission.amendment-decided", s.body + "/A-1");
        assertThat(entry).contains("\"clusters\":[" + landCluster + "]", "\"answeredThroughClusters\":" + through);

        HttpResponse<String> made = s.post("/api/commission/bodies/" + s.body + "/drafts", """
                {"charter":"%s","baseVersion":"v1","id":"d1","date":"2026-03-11"}""".formatted(charter), s.secretary);
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        // A proposal answered as one of the cluster shows the article it changed, as one cited by reference does.
        for (ReferenceNumber r : List.of(land.get(3), term.get(0))) {
            if (!members.contains(r) && !r.equals(byReference)) continue;
            String proposalPage = s.http.get("/consultations/" + consultation + "/proposals/" + r, "Accept-Language", "en").body();
            assertThat(proposalPage).contains("/charters/" + charter + "/versions/d1/articles/1");
        }
        String other = s.http.get("/consultations/" + consultation + "/proposals/" + outside, "Accept-Language", "en").body();
        assertThat(other).doesNotContain("/charters/" + charter + "/versions/d1/articles/1");
    }

    /** The record's entry under a key, once the sequencer has appended it (it appends after the decision commits). */
    String entry(String kind, String object) throws InterruptedException {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            var index = record.entryFor(kind, object);
            if (index.isPresent()) return json(s.http.get("/api/record/entries/" + index.getAsLong())).get("entry").asString();
            Thread.sleep(100);
        }
        throw new AssertionError("no record entry " + kind + " " + object);
    }

    @Test
    void theSecretaryCitesAClusterWithThePlainForm() {
        String page = "/commission/bodies/" + s.body + "/amendments";
        WebSession sec = new WebSession(port);
        assertThat(sec.signIn(s.secretary, MeetingScript.PASSWORD)).isTrue();
        assertThat(sec.get(page + "?lang=kk").body()).contains("id=\"draft-clusters\"").contains("Тақырыптық топтар");
        long cluster = clusterOf(death.get(0));
        Map<String, String> form = new LinkedHashMap<>(Map.of("action", "replace", "charter", charter, "version", "v1", "article", "2",
                "text", "Wording.", "consultation", consultation, "clusters", "#" + cluster + ", x7"));
        HttpResponse<String> bad = sec.submit(page, page + "/draft?lang=en", form);
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("field clusters: &#39;x7&#39; is not a cluster&#39;s number");
        form.put("clusters", "#" + cluster);
        assertThat(sec.submit(page, page + "/draft?lang=en", form).statusCode()).isEqualTo(302);
        assertThat(sec.get(page + "?lang=kk").body()).contains("Мына тақырыптық топтарға жауап береді:")
                .contains("/consultations/" + consultation + "/topics/" + cluster).as("the Russian words of the cluster marked so")
                .containsPattern("href=\"/consultations/" + consultation + "/topics/" + cluster + "\"[^>]*lang=\"ru\"");
        assertThat(topics.topic(consultation, cluster).kept()).isTrue();
        // The cluster's page gives the secretariat its number to cite.
        assertThat(sec.get("/consultations/" + consultation + "/topics/" + cluster + "?lang=en").body())
                .contains("Its number, to cite it in an amendment: " + cluster + ".");
    }

    @Test
    void aClusterThatDoesNotExistOrNoConsultationIsRefusedAndNothingIsRecorded() {
        HttpResponse<String> unknown = s.post(amendments(), """
                {"action":"replace","charter":"%s","version":"v1","article":"1","text":"x","consultation":"%s","clusters":[987654321]}"""
                .formatted(charter, consultation), s.secretary);
        assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(422);
        assertThat(json(unknown).get("detail").asString()).contains("field clusters").contains("no topical cluster 987654321");
        HttpResponse<String> noConsultation = s.post(amendments(), """
                {"action":"replace","charter":"%s","version":"v1","article":"1","text":"x","clusters":[%d]}"""
                .formatted(charter, clusterOf(land.get(0))), s.secretary);
        assertThat(noConsultation.statusCode()).isEqualTo(422);
        assertThat(json(noConsultation).get("detail").asString()).contains("field consultation");
        // A valid cluster beside the unknown one is not kept either: the drafting is one unit of work.
        long landCluster = clusterOf(land.get(0));
        HttpResponse<String> mixed = s.post(amendments(), """
                {"action":"replace","charter":"%s","version":"v1","article":"1","text":"x","consultation":"%s","clusters":[%d,987654321]}"""
                .formatted(charter, consultation, landCluster), s.secretary);
        assertThat(mixed.statusCode()).isEqualTo(422);
        assertThat(topics.topic(consultation, landCluster).kept()).isFalse();
        assertThat(json(s.http.get(amendments())).size()).isZero();
    }
}
