package org.atazan.voting.web;

import org.atazan.HttpTestClient;
import org.atazan.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Officials act only on the votes they are assigned to: every write on a vote, by an unassigned
 * official, is a 403 problem that says so and changes nothing; the same write by an assigned official
 * or the admin goes through. The account that creates a vote may act on it without an assignment.
 */
class VoteAccessTest extends PlatformTest {

    @LocalServerPort
    int port;
    HttpTestClient client;
    Officials officials;
    final ObjectMapper json = new ObjectMapper();
    String vote;

    /** One write on a vote: what it is, and how it is sent. */
    record Write(String name, String path, String contentType, String body) {
        @Override
        public String toString() {
            return name;
        }

        HttpResponse<String> send(HttpTestClient client, String vote, String user, String password) {
            String p = "/api/referendums/" + vote + path;
            if (contentType.equals("multipart")) {
                return client.postFile(p, "protocols.csv", body.getBytes(StandardCharsets.UTF_8), user, password);
            }
            return client.post(p, contentType, body, user, password);
        }
    }

    static Stream<Write> writes() {
        return Stream.of(
                new Write("submit a protocol", "/protocols", "application/json",
                        "{\"station\":\"RU/s2\",\"registered\":1000,\"issued\":500,\"inBoxes\":500,\"invalid\":0,\"yes\":300,\"no\":200}"),
                new Write("correct a protocol", "/corrections", "application/json",
                        "{\"station\":\"RU/s1\",\"registered\":1000,\"issued\":600,\"inBoxes\":600,\"invalid\":0,\"yes\":401,\"no\":199,"
                                + "\"reason\":\"recount\"}"),
                new Write("add territories (JSON)", "/territories", "application/json",
                        "[{\"code\":\"RU/s3\",\"kind\":\"station\",\"parent\":\"RU\",\"registered\":10}]"),
                new Write("add territories (CSV)", "/territories", "text/csv", "code,parent,kind,registered,name_en\nRU/s4,RU,station,10,Four\n"),
                new Write("import a protocol file", "/imports?mapping=ru-2020", "multipart",
                        ProtocolImportApiTest.HEADER + "Vote,Reg A,TIK 1,УИК №1,1000,600,600,10,400,190,u\n"),
                new Write("report turnout", "/turnout", "application/json", "[{\"unit\":\"RU\",\"at\":\"10:00\",\"percent\":12.5}]"),
                new Write("publish the result", "/result", "application/json", ""));
    }

    @BeforeEach
    void vote() {
        client = new HttpTestClient(port);
        officials = new Officials(port, ADMIN, ADMIN_PASSWORD);
        vote = "acc-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(admin("", "{\"id\":\"" + vote + "\",\"title\":\"Access\",\"date\":\"2026-03-15\",\"country\":\"RU\"}").statusCode())
                .isEqualTo(201);
        assertThat(admin("/" + vote + "/territories", "[{\"code\":\"RU\",\"kind\":\"country\"},"
                + "{\"code\":\"RU/s1\",\"kind\":\"station\",\"parent\":\"RU\",\"registered\":1000},"
                + "{\"code\":\"RU/s2\",\"kind\":\"station\",\"parent\":\"RU\",\"registered\":1000}]").statusCode()).isEqualTo(201);
        assertThat(admin("/" + vote + "/protocols",
                "{\"station\":\"RU/s1\",\"registered\":1000,\"issued\":600,\"inBoxes\":600,\"invalid\":0,\"yes\":400,\"no\":200}")
                .statusCode()).isEqualTo(201);
    }

    HttpResponse<String> admin(String path, String body) {
        return client.postJson("/api/referendums" + path, body, ADMIN, ADMIN_PASSWORD);
    }

    JsonNode auditAsAdmin(String id) {
        HttpResponse<String> r = client.getAs("/api/referendums/" + id + "/audit", ADMIN, ADMIN_PASSWORD);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return json.readTree(r.body());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writes")
    void anOfficialNotAssignedToTheVoteIsRefusedEveryWriteAndNothingChanges(Write w) {
        String alice = officials.create("alice");
        int entries = auditAsAdmin(vote).size();
        HttpResponse<String> r = w.send(client, vote, alice, Officials.PASSWORD);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(403);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(r.body()).contains("your account is not assigned to vote " + vote);
        assertThat(auditAsAdmin(vote)).as("nothing recorded").hasSize(entries);
        JsonNode totals = json.readTree(client.get("/api/referendums/" + vote + "/totals").body());
        assertThat(totals.get("totals").get("yes").asLong()).as("totals unchanged").isEqualTo(400);
        assertThat(totals.get("children")).as("no territory added").hasSize(2);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writes")
    void anOfficialAssignedToTheVoteMayDoEachWrite(Write w) {
        String alice = officials.create("alice");
        officials.assign(alice, vote);
        HttpResponse<String> r = w.send(client, vote, alice, Officials.PASSWORD);
        assertThat(r.statusCode()).as(r.body()).isBetween(200, 201);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writes")
    void theAdminMayDoEachWriteOnEveryVote(Write w) {
        HttpResponse<String> r = w.send(client, vote, ADMIN, ADMIN_PASSWORD);
        assertThat(r.statusCode()).as(r.body()).isBetween(200, 201);
    }

    @Test
    void anOfficialOfOneVoteCannotCorrectTheRealDataOfAnother() {
        String alice = officials.create("alice");
        officials.assign(alice, vote);
        String station = json.readTree(client.get("/api/referendums/ru-2020/protocols.json").body()).get(0).get("station").asString();
        int revisions = json.readTree(client.get("/api/referendums/ru-2020/protocols/history?station="
                + java.net.URLEncoder.encode(station, StandardCharsets.UTF_8)).body()).size();
        HttpResponse<String> r = client.postJson("/api/referendums/ru-2020/corrections", "{\"station\":" + json.writeValueAsString(station)
                + ",\"registered\":1,\"issued\":1,\"inBoxes\":1,\"invalid\":0,\"yes\":1,\"no\":0,\"reason\":\"mine\"}", alice, Officials.PASSWORD);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(403);
        assertThat(r.body()).contains("not assigned to vote ru-2020");
        assertThat(json.readTree(client.get("/api/referendums/ru-2020/protocols/history?station="
                + java.net.URLEncoder.encode(station, StandardCharsets.UTF_8)).body())).hasSize(revisions);
        HttpResponse<String> party = client.postJson("/api/referendums/kz-mazhilis-2023/territories",
                "[{\"code\":\"KZ\",\"kind\":\"country\"}]", alice, Officials.PASSWORD);
        assertThat(party.statusCode()).as(party.body()).isEqualTo(403);
    }

    @Test
    void theAccountThatCreatesAVoteMayActOnItAndOnNoOtherVote() {
        String bob = officials.create("bob");
        String own = "own-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(client.postJson("/api/referendums", "{\"id\":\"" + own + "\",\"title\":\"Bob's\",\"date\":\"2026-03-15\"}",
                bob, Officials.PASSWORD).statusCode()).isEqualTo(201);
        HttpResponse<String> added = client.postJson("/api/referendums/" + own + "/territories",
                "[{\"code\":\"B\",\"kind\":\"country\"},{\"code\":\"B/1\",\"kind\":\"station\",\"parent\":\"B\",\"registered\":10}]",
                bob, Officials.PASSWORD);
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        assertThat(client.postJson("/api/referendums/" + vote + "/territories", "[{\"code\":\"RU/b\",\"kind\":\"station\",\"parent\":\"RU\"}]",
                bob, Officials.PASSWORD).statusCode()).as("another's vote").isEqualTo(403);
        String alice = officials.create("alice");
        assertThat(client.postJson("/api/referendums/" + own + "/territories", "[{\"code\":\"B/2\",\"kind\":\"station\",\"parent\":\"B\"}]",
                alice, Officials.PASSWORD).statusCode()).as("not bob's colleague").isEqualTo(403);
    }

    @Test
    void theDeskIsOnlyForOfficialsOfTheVoteWithAPageThatSaysWhy() {
        String alice = officials.create("alice");
        Officials.Session s = officials.signIn(alice, Officials.PASSWORD);
        HttpResponse<String> page = s.get("/voting/referendums/" + vote + "/desk?lang=ru");
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).contains("text/html");
        assertThat(page.body()).contains("не назначена на голосование " + vote).doesNotContain("name=\"station\"");

        // A form posted anyway (with a valid session and token) is refused the same way and stores nothing.
        String token = s.csrf("/login");
        HttpResponse<String> posted = s.post("/voting/referendums/" + vote + "/desk/protocol?lang=en", Map.of("_csrf", token,
                "station", "RU/s2", "registered", "1000", "issued", "500", "inBoxes", "500", "invalid", "0", "yes", "300", "no", "200"));
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(403);
        assertThat(posted.body()).contains("not assigned to vote " + vote);
        assertThat(client.get("/api/referendums/" + vote + "/protocols/history?station=RU/s2").statusCode()).isEqualTo(404);

        officials.assign(alice, vote);
        HttpResponse<String> desk = s.get("/voting/referendums/" + vote + "/desk?lang=en");
        assertThat(desk.statusCode()).isEqualTo(200);
        assertThat(desk.body()).contains("name=\"station\"").contains("Recent actions on this vote");
        HttpResponse<String> entered = s.post("/voting/referendums/" + vote + "/desk/protocol?lang=en", Map.of("_csrf",
                s.csrf("/voting/referendums/" + vote + "/desk?lang=en"),
                "station", "RU/s2", "registered", "1000", "issued", "500", "inBoxes", "500", "invalid", "0", "yes", "300", "no", "200"));
        assertThat(entered.statusCode()).as(entered.body()).isEqualTo(302);
    }

    @Test
    void theVotesAuditTrailIsForItsOfficials() {
        String alice = officials.create("alice");
        assertThat(client.get("/api/referendums/" + vote + "/audit").statusCode()).as("anonymous").isEqualTo(401);
        assertThat(client.getAs("/api/referendums/" + vote + "/audit", alice, Officials.PASSWORD).statusCode()).isEqualTo(403);
        officials.assign(alice, vote);
        HttpResponse<String> r = client.getAs("/api/referendums/" + vote + "/audit", alice, Officials.PASSWORD);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.body()).contains("\"action\":\"vote.create\"").contains("\"action\":\"assignment.add\"");
        assertThat(client.getAs("/api/referendums/" + vote + "/audit?limit=0", alice, Officials.PASSWORD).statusCode()).isEqualTo(422);
    }
}
