package org.atazan.commission.web;

import org.atazan.HttpTestClient;
import org.atazan.PlatformTest;
import org.atazan.charter.Charter;
import org.atazan.charter.CharterLibrary;
import org.atazan.charter.NewVersion;
import org.atazan.charter.VersionStatus;
import org.atazan.charter.VersionSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.atazan.commission.web.MeetingScript.json;

/**
 * Amendments over HTTP: drafted by the body's secretary or chair against an article that exists, voted as a
 * poll of a meeting, the adopted ones consolidated into a draft version whose comparison lists exactly the
 * articles they changed; the proposals they cite answered; conflicts refused with the rule named.
 */
class AmendmentApiTest extends PlatformTest {
    static final String TEXT = """
            Examplia Constitution

            Article 1
            Everyone has the right to life, liberty and security of person and to a fair trial.

            Article 2
            The National Assembly is the highest representative body and exercises legislative power.

            Article 3
            The Senate reviews every law passed by the National Assembly within thirty days.
            """;
    @LocalServerPort
    int port;
    @Autowired
    CharterLibrary charters;
    @Autowired
    JdbcClient jdbc;
    MeetingScript s;
    String charter;

    @BeforeEach
    void bodyAndCharter() {
        s = new MeetingScript(new HttpTestClient(port), ADMIN, ADMIN_PASSWORD);
        charter = AmendmentApiTest.examplia(charters, "ex-" + s.tag);
    }

    /** Charter {@code id} with version v1 of {@link #TEXT} in force: what the amendment tests amend. */
    static String examplia(CharterLibrary charters, String id) {
        charters.create(new Charter(id, "Examplia Constitution", "ex", Map.of()));
        charters.addVersion(NewVersion.ofText(new VersionSummary(id, "v1", LocalDate.of(2026, 1, 1), "en", VersionStatus.IN_FORCE,
                "", "test", 0), "v1.txt", TEXT, ""));
        return id;
    }

    String amendments() {
        return "/api/commission/bodies/" + s.body + "/amendments";
    }

    HttpResponse<String> draft(String json, String who) {
        return s.post(amendments(), json, who);
    }

    String replace(String article, String text, String extra) {
        return """
                {"action":"replace","charter":"%s","version":"v1","article":"%s","text":"%s"%s}""".formatted(charter, article, text, extra);
    }

    /** Puts the amendment to the vote in the open meeting and closes the poll with {@code forVotes} of the four members for. */
    void decide(String meeting, String number, int forVotes) {
        HttpResponse<String> p = s.post(amendments() + "/" + number + "/poll", "{\"meeting\":\"" + meeting.substring(meeting.lastIndexOf('/') + 1)
                + "\",\"kind\":\"named\"}", s.secretary);
        assertThat(p.statusCode()).as(p.body()).isEqualTo(201);
        assertThat(json(p).get("decision").asString()).isEqualTo("amendment");
        String poll = meeting + "/polls/" + json(p).get("id").asString();
        for (int i = 0; i < 4; i++) s.vote(poll, s.members.get(i), i < forVotes ? "for" : "against");
        assertThat(s.post(poll + "/close", "", s.secretary).statusCode()).isEqualTo(200);
    }

    List<String> unanswered(int n) {
        return jdbc.sql("""
                SELECT year, seq FROM consultation_proposal WHERE consultation_id = 'kz-2026-sample' AND status = 'received'
                ORDER BY id DESC LIMIT :n""").param("n", n)
                .query((rs, i) -> String.format("P-%04d-%06d", rs.getInt(1), rs.getLong(2))).list();
    }

    @Test
    void adoptedAmendmentsBecomeADraftWhoseComparisonListsExactlyTheirArticlesAndTheirProposalsAreAccepted() {
        List<String> cited = unanswered(2);
        assertThat(cited).hasSize(2);
        HttpResponse<String> a1 = draft(replace("1", "Everyone has the right to a fair and public hearing.",
                ",\"consultation\":\"kz-2026-sample\",\"proposals\":[\"" + cited.get(0) + "\",\"" + cited.get(1) + "\"]"), s.secretary);
        assertThat(a1.statusCode()).as(a1.body()).isEqualTo(201);
        assertThat(json(a1).get("number").asString()).isEqualTo("A-1");
        HttpResponse<String> a2 = draft("""
                {"action":"insert","charter":"%s","version":"v1","after":"2","article":"2a","text":"The Ombudsman protects the rights of everyone."}"""
                .formatted(charter), s.chair);
        assertThat(a2.statusCode()).as(a2.body()).isEqualTo(201);
        assertThat(draft("{\"action\":\"repeal\",\"charter\":\"%s\",\"version\":\"v1\",\"article\":\"3\"}".formatted(charter), s.secretary)
                .statusCode()).isEqualTo(201);
        // A competing amendment to article 1, rejected.
        assertThat(draft(replace("1", "Everyone has the right to a fair trial.", ""), s.secretary).statusCode()).isEqualTo(201);

        String meeting = s.open("am-" + s.tag, "2026-03-10");
        String id = meeting.substring(meeting.lastIndexOf('/') + 1);
        // Competing amendments to article 1 are voted in the order the body sets: none set yet.
        HttpResponse<String> unordered = s.post(amendments() + "/A-1/poll", "{\"meeting\":\"" + id + "\"}", s.secretary);
        assertThat(unordered.statusCode()).as(unordered.body()).isEqualTo(422);
        assertThat(json(unordered).get("detail").asString()).contains("rule: voting order", "A-1", "A-4");
        HttpResponse<String> order = s.post(amendments() + "/order", """
                {"charter":"%s","version":"v1","article":"1","order":["A-1","A-4"]}""".formatted(charter), s.secretary);
        assertThat(order.statusCode()).as(order.body()).isEqualTo(200);
        HttpResponse<String> outOfOrder = s.post(amendments() + "/A-4/poll", "{\"meeting\":\"" + id + "\"}", s.secretary);
        assertThat(outOfOrder.statusCode()).isEqualTo(422);
        assertThat(json(outOfOrder).get("detail").asString()).contains("A-1 comes before it", "rule: voting order");
        decide(meeting, "A-1", 4);
        decide(meeting, "A-2", 4);
        decide(meeting, "A-3", 4);
        // A-1 adopted: the competing A-4 lapsed and is refused with the rule named.
        HttpResponse<String> lapsed = s.post(amendments() + "/A-4/poll", "{\"meeting\":\"" + id + "\"}", s.secretary);
        assertThat(lapsed.statusCode()).isEqualTo(422);
        assertThat(json(lapsed).get("detail").asString()).contains("lapsed", "A-1", "rule: one amendment per article");
        JsonNode list = json(s.http.get(amendments()));
        assertThat(list.size()).isEqualTo(4);
        assertThat(list.get(0).get("outcome").asString()).isEqualTo("adopted");
        assertThat(list.get(0).get("order").asInt()).isEqualTo(1);
        assertThat(list.get(3).get("outcome").isNull()).isTrue();
        assertThat(list.get(3).get("lapsedBy").asString()).isEqualTo("A-1");

        // The proposals cited by A-1 are answered, accepted, with a public reason naming the amendment.
        for (String ref : cited) {
            Map<String, Object> row = jdbc.sql("SELECT status, outcome, answer FROM consultation_proposal WHERE consultation_id = 'kz-2026-sample'"
                    + " AND year = :y AND seq = :s").param("y", Integer.parseInt(ref.substring(2, 6))).param("s", Long.parseLong(ref.substring(7)))
                    .query().singleRow();
            assertThat(row.get("status")).isEqualTo("answered");
            assertThat(row.get("outcome")).isEqualTo("accepted");
            assertThat((String) row.get("answer")).contains("A-1");
        }

        HttpResponse<String> made = s.post("/api/commission/bodies/" + s.body + "/drafts", """
                {"charter":"%s","baseVersion":"v1","id":"d1","date":"2026-03-11"}""".formatted(charter), s.secretary);
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        assertThat(json(made).get("status").asString()).isEqualTo("draft");
        assertThat(charters.article(charter, "d1", "1").plainText()).contains("Everyone has the right to a fair and public hearing.");
        assertThat(charters.article(charter, "d1", "2a").plainText()).contains("The Ombudsman protects the rights of everyone.");
        assertThat(charters.compare(charter, "v1", "d1").changes().stream().filter(c -> c.kind() != org.atazan.charter.ChangeKind.UNCHANGED)
                .map(c -> c.kind().jsonName() + " " + c.number())).containsExactlyInAnyOrder("amended 1", "added 2a", "repealed 3");

        // Provenance: the draft's article page names the amendment and, through it, the proposals.
        String page = s.http.get("/charters/" + charter + "/versions/d1/articles/1", "Accept-Language", "en").body();
        assertThat(page).contains("A-1").contains("/commission/bodies/" + s.body + "/amendments")
                .contains("/consultations/kz-2026-sample/proposals/" + cited.get(0));
        // And the proposal's page names the article it changed.
        String proposal = s.http.get("/consultations/kz-2026-sample/proposals/" + cited.get(0), "Accept-Language", "en").body();
        assertThat(proposal).contains("/charters/" + charter + "/versions/d1/articles/1");
    }

    @Test
    void anAmendmentToAnArticleThatDoesNotExistIsRefusedWithTheRuleNamedAndNothingRecorded() {
        HttpResponse<String> r = draft(replace("99", "Some wording.", ""), s.secretary);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
        assertThat(json(r).get("detail").asString()).contains("field article").contains("no article 99")
                .contains("an amendment replaces, repeals or renumbers an article that exists");
        HttpResponse<String> after = draft("""
                {"action":"insert","charter":"%s","version":"v1","after":"98","article":"98a","text":"x"}""".formatted(charter), s.secretary);
        assertThat(after.statusCode()).isEqualTo(422);
        assertThat(json(after).get("detail").asString()).contains("field after");
        assertThat(draft(replace("1", "x", "").replace("\"action\":\"replace\"", "\"action\":\"rewrite\""), s.secretary).statusCode()).isEqualTo(422);
        assertThat(draft(replace("1", "x".repeat(20_001), ""), s.secretary).statusCode()).isEqualTo(422);
        assertThat(json(s.http.get(amendments())).size()).isZero();
    }

    @Test
    void onlyTheSecretaryOrChairOfTheBodyDraftsAmendments() {
        HttpResponse<String> member = draft(replace("1", "Some wording.", ""), s.members.get(0));
        assertThat(member.statusCode()).as(member.body()).isEqualTo(422);
        assertThat(json(member).get("detail").asString()).contains("only its secretary or chair drafts an amendment");
        assertThat(draft(replace("1", "Some wording.", ""), s.outsider).statusCode()).isEqualTo(403);
        assertThat(json(s.http.get(amendments())).size()).isZero();
    }

    @Test
    void anInsertionAfterARepealedArticleIsRefusedAtConsolidationWithTheRuleNamed() {
        assertThat(draft("{\"action\":\"repeal\",\"charter\":\"%s\",\"version\":\"v1\",\"article\":\"2\"}".formatted(charter), s.secretary)
                .statusCode()).isEqualTo(201);
        assertThat(draft("""
                {"action":"insert","charter":"%s","version":"v1","after":"2","article":"2a","text":"The Kurultai makes the laws."}"""
                .formatted(charter), s.secretary).statusCode()).isEqualTo(201);
        String meeting = s.open("conflict-" + s.tag, "2026-03-10");
        decide(meeting, "A-1", 4);
        decide(meeting, "A-2", 4);
        HttpResponse<String> r = s.post("/api/commission/bodies/" + s.body + "/drafts", """
                {"charter":"%s","baseVersion":"v1","id":"d1","date":"2026-03-11"}""".formatted(charter), s.secretary);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
        assertThat(json(r).get("detail").asString()).contains("A-2").contains("A-1");
        assertThat(charters.versions(charter)).extracting(VersionSummary::id).containsExactly("v1");
    }

    @Test
    void aChangeRecommendationIsVotedAsStatedAndItsProposalsArePartlyAccepted() {
        List<String> cited = unanswered(1);
        String original = "Everyone has the right to a fair and public hearing.";
        String recommended = "Everyone has the right to a fair and public hearing by an independent court.";
        assertThat(draft(replace("1", original, ",\"consultation\":\"kz-2026-sample\",\"proposals\":[\"" + cited.get(0) + "\"]"),
                s.secretary).statusCode()).isEqualTo(201);
        assertThat(draft("{\"action\":\"repeal\",\"charter\":\"%s\",\"version\":\"v1\",\"article\":\"3\"}".formatted(charter), s.secretary)
                .statusCode()).isEqualTo(201);
        String rec = amendments() + "/A-1/recommendation";
        HttpResponse<String> byMember = s.post(rec, "{\"text\":\"" + recommended + "\"}", s.members.get(0));
        assertThat(byMember.statusCode()).isEqualTo(422);
        assertThat(json(byMember).get("detail").asString()).contains("only its secretary or chair");
        assertThat(s.post(rec, "{\"text\":\"" + recommended + "\"}", s.outsider).statusCode()).isEqualTo(403);
        assertThat(json(s.post(rec, "{\"text\":\" \"}", s.secretary)).get("detail").asString()).contains("field text");
        HttpResponse<String> onRepeal = s.post(amendments() + "/A-2/recommendation", "{\"text\":\"x\"}", s.secretary);
        assertThat(onRepeal.statusCode()).isEqualTo(422);
        assertThat(json(onRepeal).get("detail").asString()).contains("a change recommendation changes a wording");
        HttpResponse<String> ok = s.post(rec, "{\"text\":\"" + recommended + "\",\"reason\":\"Names the court.\"}", s.secretary);
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        // Both wordings stay visible.
        assertThat(json(ok).get("text").asString()).isEqualTo(original);
        assertThat(json(ok).at("/recommendation/text").asString()).isEqualTo(recommended);
        assertThat(json(ok).at("/recommendation/reason").asString()).isEqualTo("Names the court.");

        String meeting = s.open("rec-" + s.tag, "2026-03-10");
        HttpResponse<String> noRecommendation = s.post(amendments() + "/A-2/poll", "{\"meeting\":\"rec-" + s.tag
                + "\",\"wording\":\"recommended\"}", s.secretary);
        assertThat(noRecommendation.statusCode()).isEqualTo(422);
        assertThat(json(noRecommendation).get("detail").asString()).contains("field wording");
        decide(meeting, "A-1", 4);
        JsonNode a1 = json(s.http.get(amendments() + "/A-1"));
        assertThat(a1.get("voted").asString()).as("what is voted is stated").isEqualTo("recommended");
        assertThat(s.post(rec, "{\"text\":\"Later.\"}", s.secretary).statusCode()).as("before the vote only").isEqualTo(422);

        Map<String, Object> row = jdbc.sql("SELECT outcome, answer FROM consultation_proposal WHERE consultation_id = 'kz-2026-sample'"
                        + " AND year = :y AND seq = :s").param("y", Integer.parseInt(cited.get(0).substring(2, 6)))
                .param("s", Long.parseLong(cited.get(0).substring(7))).query().singleRow();
        assertThat(row.get("outcome")).isEqualTo("partly-accepted");
        assertThat((String) row.get("answer")).contains("A-1").containsAnyOf("Ішінара қабылданды", "Принято частично", "Partly accepted");

        HttpResponse<String> made = s.post("/api/commission/bodies/" + s.body + "/drafts", """
                {"charter":"%s","baseVersion":"v1","id":"d1","date":"2026-03-11"}""".formatted(charter), s.secretary);
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        assertThat(charters.article(charter, "d1", "1").plainText()).contains("by an independent court");
        assertThat(s.http.getAs("/api/audit?objectType=commission-amendment&objectId=" + s.body + "/A-1", ADMIN, ADMIN_PASSWORD).body())
                .contains("commission.amendment.recommend", s.secretary);
    }

    @Test
    void anAmendmentAnsweringPartOfAProposalAnswersItPartlyAccepted() {
        List<String> cited = unanswered(1);
        assertThat(draft(replace("2", "The Kurultai makes the laws.", ",\"consultation\":\"kz-2026-sample\",\"proposals\":[\""
                + cited.get(0) + "\"],\"answersInPart\":true"), s.secretary).statusCode()).isEqualTo(201);
        decide(s.open("part-" + s.tag, "2026-03-10"), "A-1", 4);
        assertThat(jdbc.sql("SELECT outcome FROM consultation_proposal WHERE consultation_id = 'kz-2026-sample' AND year = :y AND seq = :s")
                .param("y", Integer.parseInt(cited.get(0).substring(2, 6))).param("s", Long.parseLong(cited.get(0).substring(7)))
                .query(String.class).single()).isEqualTo("partly-accepted");
        assertThat(json(s.http.get(amendments() + "/A-1")).get("voted").asString()).isEqualTo("original");
    }

    @Test
    void theVotingOrderListsEachOpenAmendmentToTheArticleOnce() {
        assertThat(draft(replace("2", "The Assembly makes the laws.", ""), s.secretary).statusCode()).isEqualTo(201);
        assertThat(draft(replace("2", "The Kurultai makes the laws.", ""), s.secretary).statusCode()).isEqualTo(201);
        String order = amendments() + "/order";
        String body = "{\"charter\":\"%s\",\"version\":\"v1\",\"article\":\"2\",\"order\":%s}";
        HttpResponse<String> missing = s.post(order, body.formatted(charter, "[\"A-2\"]"), s.secretary);
        assertThat(missing.statusCode()).isEqualTo(422);
        assertThat(json(missing).get("detail").asString()).contains("field order", "rule: voting order");
        assertThat(s.post(order, body.formatted(charter, "[\"A-2\",\"A-2\"]"), s.secretary).statusCode()).isEqualTo(422);
        assertThat(s.post(order, body.formatted(charter, "[\"A-2\",\"A-1\"]"), s.members.get(0)).statusCode()).isEqualTo(422);
        assertThat(s.post(order, body.formatted(charter, "[\"A-2\",\"A-1\"]"), s.outsider).statusCode()).isEqualTo(403);
        assertThat(s.post(order, body.formatted(charter, "[\"A-2\",\"A-1\"]"), s.chair).statusCode()).isEqualTo(200);
        String meeting = s.open("order-" + s.tag, "2026-03-10");
        // The furthest from the text first: A-2 rejected, then A-1 may be voted.
        decide(meeting, "A-2", 1);
        decide(meeting, "A-1", 4);
        JsonNode list = json(s.http.get(amendments()));
        assertThat(list.get(0).get("order").asInt()).isEqualTo(2);
        assertThat(list.get(1).get("outcome").asString()).isEqualTo("rejected");
        assertThat(s.http.getAs("/api/audit?objectType=commission-body&objectId=" + s.body, ADMIN, ADMIN_PASSWORD).body())
                .contains("commission.amendment.order");
    }

    @Test
    void anAmendmentIsVotedOnceInAMeetingOfItsOwnBodyAndBadInputNamesTheField() {
        assertThat(draft(replace("2", "The Assembly makes the laws.", ""), s.secretary).statusCode()).isEqualTo(201);
        String meeting = s.open("once-" + s.tag, "2026-03-10");
        decide(meeting, "A-1", 4);
        HttpResponse<String> again = s.post(amendments() + "/A-1/poll", "{\"meeting\":\"once-" + s.tag + "\"}", s.secretary);
        assertThat(again.statusCode()).isEqualTo(422);
        assertThat(json(again).get("detail").asString()).contains("an amendment is voted once");

        MeetingScript other = new MeetingScript(s.http, ADMIN, ADMIN_PASSWORD);
        other.open("other-" + other.tag, "2026-03-10");
        assertThat(draft(replace("3", "The Senate is abolished.", ""), s.secretary).statusCode()).isEqualTo(201);
        HttpResponse<String> foreign = s.post(amendments() + "/A-2/poll", "{\"meeting\":\"other-" + other.tag + "\"}", s.secretary);
        assertThat(foreign.statusCode()).isIn(403, 422);

        HttpResponse<String> badRef = draft(replace("1", "x", ",\"consultation\":\"kz-2026-sample\",\"proposals\":[\"P-1\"]"), s.secretary);
        assertThat(badRef.statusCode()).isEqualTo(422);
        assertThat(json(badRef).get("detail").asString()).contains("field proposals");
        HttpResponse<String> noConsultation = draft(replace("1", "x", ",\"proposals\":[\"P-2026-000001\"]"), s.secretary);
        assertThat(json(noConsultation).get("detail").asString()).contains("field consultation");
        HttpResponse<String> noVersion = draft(replace("1", "x", "").replace("\"v1\"", "\"v9\""), s.secretary);
        assertThat(noVersion.statusCode()).isEqualTo(422);
        assertThat(json(noVersion).get("detail").asString()).contains("field version");
        HttpResponse<String> noDate = s.post("/api/commission/bodies/" + s.body + "/drafts", """
                {"charter":"%s","baseVersion":"v1","id":"d1"}""".formatted(charter), s.secretary);
        assertThat(noDate.statusCode()).isEqualTo(422);
        assertThat(json(noDate).get("detail").asString()).contains("field date");
        assertThat(s.http.get(amendments() + "/A-99").statusCode()).isEqualTo(404);
        assertThat(json(s.http.get(amendments())).size()).isEqualTo(2);
    }
}
