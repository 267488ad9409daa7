package org.atazan.commission.web;

import org.atazan.HttpTestClient;
import org.atazan.PlatformTest;
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
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The commission's API over HTTP: the admin creates a body, its secretary runs a meeting, members vote for themselves. */
class CommissionApiTest extends PlatformTest {
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String PASSWORD = "commission-password-1";
    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CommissionLive live;
    HttpTestClient http;
    String tag;
    String chair, secretary;
    List<String> members = new ArrayList<>();

    @BeforeEach
    void body() {
        http = new HttpTestClient(port);
        tag = UUID.randomUUID().toString().substring(0, 8);
        chair = account("chair");
        secretary = account("sec");
        members.clear();
        for (int i = 1; i <= 4; i++) members.add(account("m" + i));
        createBody("body-" + tag, chair, secretary, members, true);
    }

    String account(String prefix) {
        String name = prefix + "-" + tag;
        HttpResponse<String> r = http.postJson("/api/accounts", "{\"username\":\"" + name + "\",\"password\":\"" + PASSWORD
                + "\",\"roles\":[\"COMMISSION\"]}", ADMIN, ADMIN_PASSWORD);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return name;
    }

    void createBody(String id, String chair, String secretary, List<String> members, boolean secret) {
        StringBuilder m = new StringBuilder();
        m.append(member(chair, "Chair <b>" + tag + "</b>", "chair")).append(',').append(member(secretary, "Secretary " + tag, "secretary"));
        for (int i = 0; i < members.size(); i++) m.append(',').append(member(members.get(i), "Member " + (i + 1), "member"));
        HttpResponse<String> r = http.postJson("/api/commission/bodies", """
                {"id":"%s","kind":"reform-commission","name":"Constitutional Commission",
                 "rules":{"quorum":{"numerator":1,"denominator":2},"majorities":{"draft":{"base":"all-members",
                 "share":{"numerator":2,"denominator":3}}},"secretPollsAllowed":%s},
                 "members":[%s]}""".formatted(id, secret, m), ADMIN, ADMIN_PASSWORD);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    }

    static String member(String account, String name, String role) {
        return "{\"account\":\"%s\",\"name\":\"%s\",\"role\":\"%s\",\"from\":\"2026-01-01\"}".formatted(account, name, role);
    }

    static JsonNode json(HttpResponse<String> r) {
        return JSON.readTree(r.body());
    }

    HttpResponse<String> post(String path, String body, String who) {
        return http.postJson(path, body, who, PASSWORD);
    }

    String plan() {
        String id = "meeting-" + tag;
        HttpResponse<String> r = post("/api/commission/bodies/body-" + tag + "/meetings", """
                {"id":"%s","date":"2026-12-10","place":"Astana","agenda":[{"title":"Article 91","reference":"A-91"},{"title":"Minutes"}]}"""
                .formatted(id), secretary);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return "/api/commission/meetings/" + id;
    }

    String openWithAll(String meeting) {
        assertThat(post(meeting + "/open", "", secretary).statusCode()).isEqualTo(200);
        for (String a : List.of(chair, secretary, members.get(0), members.get(1), members.get(2), members.get(3))) {
            HttpResponse<String> r = post(meeting + "/attendance", "{\"member\":\"" + a + "\"}", secretary);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        }
        return meeting;
    }

    @Test
    void aBurstOfReadersOfAMeetingIsAnsweredWithoutExhaustingTheConnections() throws Exception {
        String meeting = plan();
        String id = meeting.substring(meeting.lastIndexOf('/') + 1);
        // Far more concurrent readers than the pool has connections: a read that took a second connection
        // while holding one would leave them all waiting (500 after the pool's timeout).
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> all = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            all.add(client.sendAsync(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port
                    + "/api/commission/meetings/" + id)).build(), HttpResponse.BodyHandlers.ofString()));
        }
        for (var f : all) assertThat(f.get(60, java.util.concurrent.TimeUnit.SECONDS).statusCode()).isEqualTo(200);
    }

    @Test
    void aMeetingRunsAndThePublicReadsTheResultsWithTheirArithmetic() {
        String meeting = openWithAll(plan());
        assertThat(json(post(meeting + "/next-item", "", secretary)).get("currentItem").asInt()).isEqualTo(1);
        assertThat(post(meeting + "/speakers", "{\"member\":\"" + members.get(0) + "\"}", chair).statusCode()).isEqualTo(200);
        assertThat(json(post(meeting + "/speakers/next", "", chair)).get("speaker").asString()).isEqualTo("Member 1");

        HttpResponse<String> poll = post(meeting + "/polls", "{\"kind\":\"named\",\"decision\":\"procedure\"}", secretary);
        assertThat(poll.statusCode()).as(poll.body()).isEqualTo(201);
        String p1 = meeting + "/polls/" + json(poll).get("id").asString();
        for (int i = 0; i < 3; i++) assertThat(json(post(p1 + "/votes", "{\"choice\":\"for\"}", members.get(i))).get("counted").asBoolean()).isTrue();
        assertThat(json(post(p1 + "/votes", "{\"choice\":\"for\"}", members.get(0))).get("counted").asBoolean()).isFalse();
        HttpResponse<String> changed = post(p1 + "/votes", "{\"choice\":\"against\"}", members.get(0));
        assertThat(changed.statusCode()).isEqualTo(422);
        assertThat(changed.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(json(changed).get("detail").asString()).contains("a vote once cast is final");
        post(p1 + "/votes", "{\"choice\":\"against\"}", members.get(3));
        assertThat(json(http.get(meeting)).get("polls").get(0).get("result").isNull()).as("no counts while open").isTrue();
        HttpResponse<String> closed = post(p1 + "/close", "", secretary);
        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
        assertThat(json(closed).get("result").get("arithmetic").asString()).isEqualTo("3 for of 6 present; needed 4: rejected");

        String p2 = meeting + "/polls/" + json(post(meeting + "/polls", "{\"kind\":\"secret\",\"decision\":\"procedure\"}", secretary)).get("id").asString();
        for (int i = 0; i < 4; i++) post(p2 + "/votes", "{\"choice\":\"for\"}", members.get(i));
        post(p2 + "/votes", "{\"choice\":\"abstain\"}", chair);
        post(p2 + "/close", "", chair);
        String p3 = meeting + "/polls/" + json(post(meeting + "/polls", "{\"kind\":\"analog\",\"decision\":\"draft\"}", secretary)).get("id").asString();
        assertThat(post(p3 + "/figures", "{\"forVotes\":5,\"against\":1,\"abstain\":0}", secretary).statusCode()).isEqualTo(200);
        post(p3 + "/close", "", secretary);
        assertThat(post(meeting + "/close", "", secretary).statusCode()).isEqualTo(200);

        JsonNode read = json(http.get(meeting));
        assertThat(read.get("state").asString()).isEqualTo("closed");
        assertThat(read.get("present").asInt()).isEqualTo(6);
        JsonNode polls = read.get("polls");
        assertThat(polls.get(0).get("votes").findValues("name").stream().map(JsonNode::asString))
                .containsExactly("Member 1", "Member 2", "Member 3", "Member 4");
        assertThat(polls.get(1).get("votes").isNull()).as("a secret poll lists no one's choice").isTrue();
        assertThat(polls.get(1).get("result").get("forVotes").asInt()).isEqualTo(4);
        assertThat(polls.get(1).get("result").get("arithmetic").asString()).isEqualTo("4 for of 6 present; needed 4: adopted");
        assertThat(polls.get(2).get("result").get("arithmetic").asString()).isEqualTo("5 for of 6 members; needed 4: adopted");
        String publicText = http.get(meeting).body() + http.get("/api/commission/bodies/body-" + tag).body();
        for (String account : List.of(chair, secretary, members.get(0))) assertThat(publicText).doesNotContain(account);

        assertThat(http.getAs("/api/audit?objectType=commission-meeting&objectId=meeting-" + tag, ADMIN, ADMIN_PASSWORD).body())
                .contains("commission.meeting.open", "commission.poll.close", "commission.vote", secretary)
                .doesNotContain("\"for\"");
    }

    @Test
    void onlyTheSecretaryOrChairRunsAndNobodyVotesForAnother() {
        String meeting = plan();
        HttpResponse<String> byMember = post(meeting + "/open", "", members.get(0));
        assertThat(byMember.statusCode()).isEqualTo(422);
        assertThat(json(byMember).get("detail").asString()).contains("only the secretary or the chair");
        assertThat(http.postJson(meeting + "/open", "", null, null).statusCode()).isEqualTo(401);
        assertThat(post("/api/commission/bodies/body-" + tag + "/meetings", "{\"id\":\"x-" + tag + "\",\"date\":\"2026-12-11\"}",
                members.get(1)).statusCode()).isEqualTo(422);
        openWithAll(meeting);
        String p = meeting + "/polls/" + json(post(meeting + "/polls", "{\"kind\":\"named\",\"decision\":\"procedure\"}", chair)).get("id").asString();
        // The body carries no account field: a member votes only as the account signed in.
        post(p + "/votes", "{\"choice\":\"for\",\"member\":\"" + members.get(1) + "\"}", members.get(0));
        post(p + "/close", "", chair);
        JsonNode votes = json(http.get(p)).get("votes");
        assertThat(votes).hasSize(1);
        assertThat(votes.get(0).get("name").asString()).isEqualTo("Member 1");
        assertThat(post(meeting + "/polls", "{\"kind\":\"named\",\"decision\":\"nonsense\"}", chair).body()).contains("field decision");
        // A bare poll "on an amendment" would decide none and pass over the voting order: the amendment's own poll is the way.
        HttpResponse<String> bare = post(meeting + "/polls", "{\"kind\":\"named\",\"decision\":\"amendment\"}", chair);
        assertThat(bare.statusCode()).as(bare.body()).isEqualTo(422);
        assertThat(bare.body()).contains("field decision", "/amendments/{number}/poll", "rule: voting order");
        assertThat(json(http.get(meeting)).get("polls")).hasSize(1);
        assertThat(http.postJson("/api/commission/bodies", "{\"id\":\"b\",\"kind\":\"council\",\"name\":\"x\"}", chair, PASSWORD).statusCode())
                .isEqualTo(403);
    }

    @Test
    void aMemberOfOneBodyHasNoPowerInAnother() {
        String meeting = openWithAll(plan());
        // Body B: its own secretary; the secretary of body A is no member of it.
        String otherSecretary = account("sec-b");
        String otherMember = account("m-b");
        createBody("other-" + tag, account("chair-b"), otherSecretary, List.of(otherMember), false);
        HttpResponse<String> r = post("/api/commission/bodies/other-" + tag + "/meetings",
                "{\"id\":\"b-" + tag + "\",\"date\":\"2026-12-10\"}", secretary);
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(json(r).get("title").asString()).isEqualTo("Forbidden");
        assertThat(post("/api/commission/bodies/other-" + tag + "/meetings", "{\"id\":\"b-" + tag + "\",\"date\":\"2026-12-10\"}",
                otherSecretary).statusCode()).isEqualTo(201);
        assertThat(post("/api/commission/meetings/b-" + tag + "/open", "", secretary).statusCode()).isEqualTo(403);
        // And the other way: body B's members cannot act or vote in body A's meeting.
        assertThat(post(meeting + "/next-item", "", otherSecretary).statusCode()).isEqualTo(403);
        String p = meeting + "/polls/" + json(post(meeting + "/polls", "{\"kind\":\"named\",\"decision\":\"procedure\"}", secretary)).get("id").asString();
        assertThat(post(p + "/votes", "{\"choice\":\"for\"}", otherMember).statusCode()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT count(*) FROM commission_vote WHERE meeting_id = ?").param("meeting-" + tag).query(Long.class).single()).isZero();
        assertThat(http.postJson("/api/commission/bodies/other-" + tag + "/meetings", "{\"id\":\"c-" + tag + "\",\"date\":\"2026-12-10\"}",
                ADMIN, ADMIN_PASSWORD).statusCode()).as("the admin holds no seat either").isEqualTo(403);
    }

    @Test
    void thePublicPageShowsEachResultWithItsArithmeticInTheReadersLanguage() {
        String meeting = openWithAll(plan());
        post(meeting + "/next-item", "", secretary);
        String p1 = meeting + "/polls/" + json(post(meeting + "/polls", "{\"kind\":\"named\",\"decision\":\"procedure\"}", secretary)).get("id").asString();
        post(p1 + "/votes", "{\"choice\":\"for\"}", chair);
        post(p1 + "/votes", "{\"choice\":\"for\"}", members.get(0));
        post(p1 + "/votes", "{\"choice\":\"for\"}", members.get(1));
        post(p1 + "/votes", "{\"choice\":\"against\"}", members.get(2));
        post(p1 + "/close", "", secretary);
        String p2 = meeting + "/polls/" + json(post(meeting + "/polls", "{\"kind\":\"secret\",\"decision\":\"procedure\"}", secretary)).get("id").asString();
        post(p2 + "/votes", "{\"choice\":\"for\"}", members.get(3));
        String page = "/commission/meetings/meeting-" + tag;

        String open = http.get(page + "?lang=en").body();
        assertThat(open).contains("3 for of 6 present; needed 4: rejected", "Voting under way: 1 voted", "6 of 6 members present",
                "under discussion", "Article 91", "Astana", "December 10, 2026");
        assertThat(open).as("names escaped").contains("Chair &lt;b&gt;" + tag).doesNotContain("<b>" + tag);
        post(p2 + "/close", "", secretary);

        String ru = http.get(page + "?lang=ru").body();
        assertThat(ru).contains("3 «за» из 6 присутствующих; необходимо 4: отклонено", "1 «за» из 6 присутствующих; необходимо 4: отклонено",
                "Присутствуют 6 из 6 членов", "Member 1", "Против", "10 декабря 2026");
        String kk = http.get(page + "?lang=kk").body();
        assertThat(kk).contains("Қатысқан 6 мүшенің 3 жақтады; қажет 4: қабылданбады", "Жақтап", "Қалыс қалды");
        for (String text : List.of(ru, kk)) {
            assertThat(text).doesNotContain(" for of ", "needed", "rejected", "adopted", "Voting under way", "present");
        }
        // The secret poll's table lists nobody.
        String secret = kk.substring(kk.indexOf("id=\"poll-2\""));
        assertThat(secret).doesNotContain("Member 4");
        assertThat(http.get("/commission/meetings/nothing-here").statusCode()).isEqualTo(404);
        for (String account : List.of(chair, secretary, members.get(0))) assertThat(ru).doesNotContain(account);
    }

    @Test
    void anOpenMeetingPageIsToldOfEachDecision() throws Exception {
        String meeting = plan();
        assertThat(http.get("/commission/meetings/meeting-" + tag).body()).contains("data-reload-on=\"changed\"", "/js/live.js");
        var client = java.net.http.HttpClient.newHttpClient();
        var lines = new java.util.concurrent.LinkedBlockingQueue<String>();
        var stream = client.sendAsync(java.net.http.HttpRequest.newBuilder(http.uri(meeting + "/events")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofLines());
        var response = stream.get(20, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(response.statusCode()).isEqualTo(200);
        Thread reader = new Thread(() -> response.body().forEach(lines::add));
        reader.setDaemon(true);
        reader.start();
        assertThat(live.streams()).isPositive();
        post(meeting + "/open", "", secretary);
        boolean changed = false;
        String id = null;
        long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
        while (!changed && System.nanoTime() < until) {
            String line = lines.poll(1, java.util.concurrent.TimeUnit.SECONDS);
            if (line != null && line.startsWith("id:")) id = line.substring(3);
            changed = "event:changed".equals(line);
        }
        assertThat(changed).as("an event 'changed' after the meeting opened").isTrue();
        assertThat(id).as("each change has an id").endsWith("-1");
        assertThat(http.get("/api/commission/meetings/nothing/events").statusCode()).isEqualTo(404);
        response.body().close();

        // A viewer reconnecting with an older Last-Event-ID (here, from before the meeting opened) is told at once.
        var again = client.send(java.net.http.HttpRequest.newBuilder(http.uri(meeting + "/events"))
                .header("Last-Event-ID", id.substring(0, id.length() - 1) + "0").build(), java.net.http.HttpResponse.BodyHandlers.ofLines());
        try (var replay = again.body()) {
            assertThat(replay.limit(4).anyMatch("event:changed"::equals)).as("the change it missed, at once").isTrue();
        }
    }
}
