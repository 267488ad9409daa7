package org.atazan.voting.web;

import org.atazan.HttpTestClient;
import org.atazan.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Submitting, refusing and correcting protocols through the API; totals, history and live events. */
class ReferendumApiTest extends PlatformTest {

    @LocalServerPort
    int port;
    HttpTestClient client;
    final ObjectMapper json = new ObjectMapper();
    String id;

    static final String TERRITORIES = """
            [{"code":"XX","kind":"country","names":{"en":"Testland"}},
             {"code":"XX/a","kind":"region","parent":"XX","names":{"en":"Region A"}},
             {"code":"XX/a/d","kind":"district","parent":"XX/a","names":{"en":"District A1"}},
             {"code":"XX/a/d/s1","kind":"station","parent":"XX/a/d","names":{"en":"Station 1"},"registered":1000},
             {"code":"XX/a/d/s2","kind":"station","parent":"XX/a/d","names":{"en":"Station 2"},"registered":800},
             {"code":"XX/b","kind":"region","parent":"XX","names":{"en":"Region B"}},
             {"code":"XX/b/s3","kind":"station","parent":"XX/b","names":{"en":"Station 3"},"registered":500}]""";

    @BeforeEach
    void referendum() {
        client = new HttpTestClient(port);
        id = "t-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> r = client.postJson("/api/referendums",
                "{\"id\":\"" + id + "\",\"title\":\"Test vote\",\"date\":\"2026-03-15\",\"rule\":\"majority\",\"country\":\"xx\"}", ADMIN, ADMIN_PASSWORD);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        assertThat(client.postJson("/api/referendums/" + id + "/territories", TERRITORIES, ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(201);
    }

    HttpResponse<String> submit(String body) {
        return client.postJson("/api/referendums/" + id + "/protocols", body, ADMIN, ADMIN_PASSWORD);
    }

    static String protocol(String station, long reg, long issued, long boxes, long invalid, long yes, long no) {
        return String.format("{\"station\":\"%s\",\"registered\":%d,\"issued\":%d,\"inBoxes\":%d,\"invalid\":%d,\"yes\":%d,\"no\":%d}",
                station, reg, issued, boxes, invalid, yes, no);
    }

    long yesAt(String unit) {
        JsonNode t = json.readTree(client.get("/api/referendums/" + id + "/totals?unit=" + URLEncoder.encode(unit, StandardCharsets.UTF_8)).body());
        return t.get("totals").get("yes").asLong();
    }

    @Test
    void aProtocolThatBreaksAControlRelationIsRefusedNamingStationRelationAndNumbers() {
        HttpResponse<String> r = submit(protocol("XX/a/d/s1", 1000, 1200, 600, 10, 400, 190));
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("XX/a/d/s1").contains("issued <= registered").contains("issued=1200").contains("registered=1000");
        HttpResponse<String> sum = submit(protocol("XX/a/d/s1", 1000, 600, 600, 10, 400, 100));
        assertThat(sum.body()).contains("inBoxes = invalid + yes + no");
        assertThat(yesAt("XX")).isZero();
    }

    @Test
    void badFiguresAndUnknownStationsAreRefusedWithTheField() {
        assertThat(submit("{\"station\":\"XX/a/d/s1\",\"registered\":1000,\"issued\":\"abc\",\"inBoxes\":1,\"invalid\":0,\"yes\":1,\"no\":0}").body())
                .contains("station XX/a/d/s1, field issued: not a whole number");
        assertThat(submit(protocol("XX/a/d/s1", 1000, -5, 0, 0, 0, 0)).body()).contains("field issued: negative figure -5");
        assertThat(submit("{\"station\":\"XX/a/d/s1\",\"registered\":1000}").body()).contains("field issued: missing");
        assertThat(submit(protocol("XX/a/d/s1", 20_000_000, 600, 600, 10, 400, 190)).body())
                .as("the station's own registered voters are the limit").contains("registered <= 1000 fails");
        HttpResponse<String> unknown = submit(protocol("XX/zz", 1, 1, 1, 0, 1, 0));
        assertThat(unknown.statusCode()).isEqualTo(422);
        assertThat(unknown.body()).contains("XX/zz").contains("no such polling station");
        assertThat(submit(protocol("XX/a", 1, 1, 1, 0, 1, 0)).body()).contains("not a polling station");
        assertThat(client.postJson("/api/referendums/" + id + "/protocols", protocol("XX/a/d/s1", 10, 5, 5, 0, 5, 0), null, null)
                .statusCode()).isEqualTo(401);
    }

    @Test
    void aBatchIsAllOrNothingAndADuplicateIsRefused() {
        HttpResponse<String> batch = submit("[" + protocol("XX/b/s3", 500, 300, 300, 0, 200, 100) + ","
                + protocol("XX/a/d/s9", 500, 300, 300, 0, 200, 100) + "]");
        assertThat(batch.statusCode()).isEqualTo(422);
        assertThat(batch.body()).contains("protocol 2").contains("XX/a/d/s9");
        assertThat(yesAt("XX")).isZero();
        assertThat(submit(protocol("XX/b/s3", 500, 300, 300, 0, 200, 100)).statusCode()).isEqualTo(201);
        HttpResponse<String> dup = submit(protocol("XX/b/s3", 500, 300, 300, 0, 200, 100));
        assertThat(dup.statusCode()).isEqualTo(422);
        assertThat(dup.body()).contains("XX/b/s3").contains("duplicate submission");
        assertThat(yesAt("XX")).isEqualTo(200);
    }

    @Test
    void aCorrectionIsRevisionTwoAndMovesTheTotalsOfEveryLevelAndTheHistoryIsPublic() {
        assertThat(submit(protocol("XX/a/d/s1", 1000, 600, 600, 10, 400, 190)).statusCode()).isEqualTo(201);
        for (String u : new String[]{"XX", "XX/a", "XX/a/d", "XX/a/d/s1"}) assertThat(yesAt(u)).isEqualTo(400);
        String corr = protocol("XX/a/d/s1", 1000, 600, 600, 10, 450, 140);
        HttpResponse<String> noReason = client.postJson("/api/referendums/" + id + "/corrections", corr, ADMIN, ADMIN_PASSWORD);
        assertThat(noReason.statusCode()).isEqualTo(422);
        assertThat(noReason.body()).contains("reason");
        HttpResponse<String> c = client.postJson("/api/referendums/" + id + "/corrections",
                corr.replace("}", ",\"reason\":\"recount ordered by the district commission\"}"), ADMIN, ADMIN_PASSWORD);
        assertThat(c.statusCode()).as(c.body()).isEqualTo(201);
        assertThat(json.readTree(c.body()).get("revision").asInt()).isEqualTo(2);
        for (String u : new String[]{"XX", "XX/a", "XX/a/d", "XX/a/d/s1"}) assertThat(yesAt(u)).isEqualTo(450);
        assertThat(yesAt("XX/b")).isZero();
        JsonNode h = json.readTree(client.get("/api/referendums/" + id + "/protocols/history?station=XX/a/d/s1").body());
        assertThat(h).hasSize(2);
        assertThat(h.get(0).get("yes").asLong()).isEqualTo(400);
        assertThat(h.get(1).get("reason").asString()).isEqualTo("recount ordered by the district commission");
        assertThat(h.get(1).get("enteredBy").asString()).as("the public sees the role").isEqualTo("election official");
        String page = client.get("/voting/referendums/" + id + "?unit=XX/a/d/s1&lang=en").body();
        assertThat(page).contains("recount ordered by the district commission").contains("Protocol and its corrections");
        JsonNode result = json.readTree(client.get("/api/referendums/" + id + "/result").body());
        assertThat(result.get("valid").asBoolean()).isTrue();
    }

    @Test
    void theEventStreamSendsTheNewTotalsAfterASubmission() throws Exception {
        HttpRequest req = HttpRequest.newBuilder(client.uri("/api/referendums/" + id + "/events")).build();
        HttpResponse<InputStream> stream = HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(stream.statusCode()).isEqualTo(200);
        assertThat(stream.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        BufferedReader in = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8));
        CompletableFuture<String> second = CompletableFuture.supplyAsync(() -> {
            try {
                int events = 0;
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (line.startsWith("data:") && ++events == 2) return line;
                }
                return null;
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        // The stream is registered once its response has begun (the first event is the totals now).
        assertThat(submit(protocol("XX/a/d/s2", 800, 500, 500, 0, 321, 179)).statusCode()).isEqualTo(201);
        String data = second.get(10, TimeUnit.SECONDS);
        assertThat(data).contains("\"yes\":321");
        stream.body().close();
    }
}
