package org.atazan.voting.web;

import org.atazan.HttpTestClient;
import org.atazan.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.net.http.HttpResponse;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** An official publishes a referendum's result: the figures of that moment, numbered, shown on the result page. */
class ResultPublishingApiTest extends PlatformTest {

    @LocalServerPort
    int port;
    HttpTestClient client;
    final ObjectMapper json = new ObjectMapper();
    String id;

    @BeforeEach
    void referendum() {
        client = new HttpTestClient(port);
        id = "pub-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(post("", "{\"id\":\"" + id + "\",\"title\":\"Published\",\"date\":\"2026-03-15\",\"rule\":\"majority:50\"}")
                .statusCode()).isEqualTo(201);
        assertThat(post("/" + id + "/territories", """
                [{"code":"P","kind":"country"},{"code":"P/1","kind":"station","parent":"P","registered":1000},
                 {"code":"P/2","kind":"station","parent":"P","registered":1000}]""").statusCode()).isEqualTo(201);
    }

    HttpResponse<String> post(String path, String body) {
        return client.postJson("/api/referendums" + path, body, ADMIN, ADMIN_PASSWORD);
    }

    HttpResponse<String> publish(String vote) {
        return post("/" + vote + "/result", "");
    }

    @Test
    void anOfficialPublishesTheFiguresOfTheMomentOnceAndAgainAfterACorrection() {
        assertThat(publish(id).statusCode()).as("nothing counted yet").isEqualTo(422);
        assertThat(publish(id).body()).contains("nothing to publish");
        assertThat(post("/" + id + "/protocols", "{\"station\":\"P/1\",\"registered\":1000,\"issued\":700,\"inBoxes\":700,"
                + "\"invalid\":0,\"yes\":500,\"no\":200}").statusCode()).isEqualTo(201);

        HttpResponse<String> first = publish(id);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        JsonNode p = json.readTree(first.body());
        assertThat(p.get("referendum").asString()).isEqualTo(id);
        assertThat(p.get("number").asInt()).isEqualTo(1);
        assertThat(p.get("publishedBy").asString()).isEqualTo("election official");
        assertThat(p.get("account").asString()).as("the official sees the account").isEqualTo(ADMIN);
        assertThat(p.get("totals").get("yes").asLong()).isEqualTo(500);
        assertThat(p.get("totals").get("turnoutPercent").asDouble()).isEqualTo(70.0);
        assertThat(p.get("questions").get(0).get("valid").asBoolean()).isTrue();
        assertThat(p.get("questions").get(0).get("adopted").asBoolean()).isTrue();

        HttpResponse<String> again = publish(id);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        assertThat(again.body()).contains("already published").contains("publication 1");

        assertThat(post("/" + id + "/corrections", "{\"station\":\"P/1\",\"registered\":1000,\"issued\":700,\"inBoxes\":700,"
                + "\"invalid\":0,\"yes\":200,\"no\":500,\"reason\":\"recount\"}").statusCode()).isEqualTo(201);
        JsonNode second = json.readTree(publish(id).body());
        assertThat(second.get("number").asInt()).isEqualTo(2);
        assertThat(second.get("questions").get(0).get("adopted").asBoolean()).isFalse();

        JsonNode all = json.readTree(client.get("/api/referendums/" + id + "/result/publications").body());
        assertThat(all).hasSize(2);
        assertThat(all.get(0).get("totals").get("yes").asLong()).isEqualTo(500);
        assertThat(client.get("/voting/referendums/" + id + "?lang=en").body())
                .contains("Result published on").contains("by election official (publication 2)");
    }

    @Test
    void onlyAnOfficialMayPublishAndOnlyAReferendumThatExists() {
        String name = "secretary-" + UUID.randomUUID().toString().substring(0, 6);
        String password = "a-long-password-" + UUID.randomUUID();
        assertThat(client.postJson("/api/accounts", "{\"username\":\"" + name + "\",\"password\":\"" + password
                + "\",\"roles\":[\"SECRETARY\"]}", ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(201);
        assertThat(client.postJson("/api/referendums/" + id + "/result", "", name, password).statusCode()).isEqualTo(403);
        assertThat(client.postJson("/api/referendums/" + id + "/result", "", null, null).statusCode()).isEqualTo(401);
        HttpResponse<String> unknown = publish("no-such-vote");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("no vote 'no-such-vote'");
        assertThat(publish("kz-mazhilis-2023").statusCode()).as("a party-list vote").isEqualTo(422);
        assertThat(client.get("/voting/referendums/" + id + "?lang=en").body()).doesNotContain("Result published on");
    }

    @Test
    void theEndpointIsDocumented() {
        JsonNode api = json.readTree(client.get("/api/openapi").body());
        JsonNode post = api.get("paths").get("/api/referendums/{id}/result").get("post");
        assertThat(post.get("summary").asString()).contains("Publish the result");
        assertThat(post.get("responses").propertyNames()).contains("201", "403", "404", "409", "422");
    }

    @Test
    void setupBodiesAreCheckedFieldByFieldAndRefusedWith422() {
        HttpResponse<String> noTitle = post("", "{\"id\":\"x-" + UUID.randomUUID().toString().substring(0, 6) + "\",\"date\":\"2026-03-15\"}");
        assertThat(noTitle.statusCode()).isEqualTo(422);
        assertThat(noTitle.body()).contains("field title: missing");
        HttpResponse<String> fraction = post("/" + id + "/territories", "[{\"code\":\"P/3\",\"kind\":\"station\",\"parent\":\"P\",\"registered\":1.5}]");
        assertThat(fraction.statusCode()).isEqualTo(422);
        assertThat(fraction.body()).contains("territory 1, field registered: not a whole number: 1.5");
        assertThat(post("/" + id + "/territories", "[{\"code\":\"P/3\",\"parent\":\"P\"}]").body()).contains("territory 1, field kind: missing");
        assertThat(post("/" + id + "/territories", "{}").statusCode()).isEqualTo(422);
        HttpResponse<String> late = post("/" + id + "/turnout", "[{\"unit\":\"P\",\"at\":\"10:00\",\"percent\":10},"
                + "{\"unit\":\"P\",\"at\":\"25:00\",\"percent\":10}]");
        assertThat(late.statusCode()).isEqualTo(422);
        assertThat(late.body()).contains("report 2, field at: expected \\\"HH:MM\\\"");
        assertThat(post("/" + id + "/turnout", "[{\"unit\":\"P\",\"at\":\"10:00\"}]").body()).contains("report 1, field percent: missing");
        assertThat(post("/" + id + "/turnout", "[{\"unit\":\"P\",\"at\":\"10:00\",\"percent\":101}]").body())
                .contains("report 1, field percent: must be 0..100, was 101");
        assertThat(post("/" + id + "/turnout", "[{\"unit\":\"P\",\"at\":\"10:00\",\"percent\":1,\"issued\":-3}]").body())
                .contains("report 1, field issued: negative");
        assertThat(client.get("/api/referendums/" + id + "/turnout").body()).isEqualTo("[]");
    }
}
