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
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Crafted bodies (numbers too large for their type, values of the wrong JSON type, NUL characters,
 * texts past their limit) on every write of the voting API: each is a 4xx problem that names the
 * field, never a 500, and stores nothing.
 */
class CraftedBodiesTest extends PlatformTest {
    static final String BIG = "99999999999999999999";
    static final String PROTOCOL = "\"station\":\"C/1\",\"registered\":1000,\"issued\":600,\"inBoxes\":600,\"invalid\":0,\"yes\":400,\"no\":200";

    @LocalServerPort
    int port;
    HttpTestClient client;
    final ObjectMapper json = new ObjectMapper();
    String vote;

    /** A crafted body for one endpoint ("" for creation), and the field its problem must name. */
    record Crafted(String endpoint, String body, String field) {
        @Override
        public String toString() {
            return (endpoint.isEmpty() ? "create" : endpoint) + " " + (body.length() > 70 ? body.substring(0, 70) + "…" : body);
        }
    }

    static Stream<Crafted> crafted() {
        return Stream.of(
                // territories
                new Crafted("territories", "[{\"code\":\"C/9\",\"kind\":\"station\",\"parent\":\"C\",\"registered\":" + BIG + "}]", "field registered"),
                new Crafted("territories", "[{\"code\":\"C/9\",\"kind\":\"station\",\"parent\":\"C\",\"registered\":\"abc\"}]", "field registered"),
                new Crafted("territories", "[{\"code\":\"C/9\",\"kind\":\"station\",\"parent\":\"C\",\"registered\":-7}]", "field registered"),
                new Crafted("territories", "[{\"code\":\"C/9\",\"kind\":\"station\",\"parent\":\"C\",\"registered\":1.5}]", "field registered"),
                new Crafted("territories", "[{\"code\":\"C/9\",\"kind\":\"station\",\"parent\":\"C\",\"names\":{\"en\":null}}]", "field names.en"),
                new Crafted("territories", "[{\"code\":\"C/9\",\"kind\":\"station\",\"parent\":\"C\",\"names\":{\"en\":{\"x\":1}}}]", "field names.en"),
                new Crafted("territories", "[{\"code\":\"C/9\",\"kind\":\"station\",\"parent\":\"C\",\"names\":\"abc\"}]", "field names"),
                new Crafted("territories", "[{\"code\":\"C/9\\u0000\",\"kind\":\"station\",\"parent\":\"C\"}]", "field code"),
                new Crafted("territories", "[{\"code\":{\"x\":1},\"kind\":\"station\",\"parent\":\"C\"}]", "field code"),
                new Crafted("territories", "[{\"code\":\"C/9\",\"kind\":\"station\",\"parent\":\"C\",\"names\":{\"en\":\"a\\u0000\"}}]", "field names.en"),
                // protocols
                new Crafted("protocols", "{" + PROTOCOL.replace("\"registered\":1000", "\"registered\":" + BIG) + "}", "field registered"),
                new Crafted("protocols", "{" + PROTOCOL.replace("\"issued\":600", "\"issued\":\"abc\"") + "}", "field issued"),
                new Crafted("protocols", "{" + PROTOCOL.replace("\"issued\":600", "\"issued\":-7") + "}", "field issued"),
                new Crafted("protocols", "{" + PROTOCOL.replace("\"station\":\"C/1\"", "\"station\":{\"x\":1}") + "}", "field station"),
                new Crafted("protocols", "{" + PROTOCOL.replace("\"station\":\"C/1\"", "\"station\":\"C/1\\u0000\"") + "}", "field station"),
                new Crafted("protocols", "{" + PROTOCOL.replace("\"yes\":400,\"no\":200", "\"questions\":[{\"id\":{\"x\":1},\"yes\":1,\"no\":1}]") + "}",
                        "questions[1].id"),
                new Crafted("protocols", "{" + PROTOCOL.replace("\"yes\":400,\"no\":200", "\"questions\":{\"x\":1}") + "}", "field questions"),
                // corrections
                new Crafted("corrections", "{" + PROTOCOL + ",\"reason\":{\"x\":1}}", "field reason"),
                new Crafted("corrections", "{" + PROTOCOL + ",\"reason\":[\"a\"]}", "field reason"),
                new Crafted("corrections", "{" + PROTOCOL + ",\"reason\":\"re\\u0000count\"}", "field reason"),
                new Crafted("corrections", "{" + PROTOCOL.replace("\"registered\":1000", "\"registered\":" + BIG) + ",\"reason\":\"r\"}", "field registered"),
                new Crafted("corrections", "{" + PROTOCOL.replace("\"issued\":600", "\"issued\":\"abc\"") + ",\"reason\":\"r\"}", "field issued"),
                new Crafted("corrections", "{" + PROTOCOL.replace("\"issued\":600", "\"issued\":-7") + ",\"reason\":\"r\"}", "field issued"),
                // turnout
                new Crafted("turnout", "[{\"unit\":\"C\",\"at\":\"10:00\",\"percent\":12,\"issued\":\"abc\"}]", "field issued"),
                new Crafted("turnout", "[{\"unit\":\"C\",\"at\":\"10:00\",\"percent\":12,\"issued\":-7}]", "field issued"),
                new Crafted("turnout", "[{\"unit\":\"C\",\"at\":\"10:00\",\"percent\":12,\"issued\":" + BIG + "}]", "field issued"),
                new Crafted("turnout", "[{\"unit\":\"C\",\"at\":\"10:00\",\"percent\":12,\"issued\":5000}]", "field issued"),
                new Crafted("turnout", "[{\"unit\":\"C\",\"at\":\"10:00\",\"percent\":\"1e-99999\"}]", "field percent"),
                new Crafted("turnout", "[{\"unit\":\"C\",\"at\":\"10:00\",\"percent\":1e-99999}]", "field percent"),
                new Crafted("turnout", "[{\"unit\":\"C\",\"at\":\"10:00\",\"percent\":1e400}]", "field percent"),
                new Crafted("turnout", "[{\"unit\":\"C\",\"at\":\"10:00\",\"percent\":12.345}]", "field percent"),
                new Crafted("turnout", "[{\"unit\":\"C\",\"at\":\"10:00\",\"percent\":\"abc\"}]", "field percent"),
                new Crafted("turnout", "[{\"unit\":\"C\",\"at\":\"10:00\",\"percent\":{\"x\":1}}]", "field percent"),
                new Crafted("turnout", "[{\"unit\":\"C\",\"at\":\"10:00:00.000001\",\"percent\":12}]", "field at"),
                new Crafted("turnout", "[{\"unit\":\"C\",\"at\":\"25:00\",\"percent\":12}]", "field at"),
                new Crafted("turnout", "[{\"unit\":{\"x\":1},\"at\":\"10:00\",\"percent\":12}]", "field unit"),
                new Crafted("turnout", "[{\"unit\":\"C\\u0000\",\"at\":\"10:00\",\"percent\":12}]", "field unit"),
                // referendum creation
                new Crafted("", "{\"id\":\"%s\",\"title\":\"T\",\"date\":\"2026-03-15\",\"titles\":{\"en\":null}}", "field titles.en"),
                new Crafted("", "{\"id\":\"%s\",\"title\":\"T\",\"date\":\"2026-03-15\",\"titles\":{\"en\":{\"x\":1}}}", "field titles.en"),
                new Crafted("", "{\"id\":\"%s\",\"title\":\"T\",\"date\":\"2026-03-15\",\"titles\":{\"" + "k".repeat(300) + "\":\"x\"}}", "field titles"),
                new Crafted("", "{\"id\":\"%s\",\"title\":\"T\",\"date\":\"2026-03-15\",\"titles\":\"abc\"}", "field titles"),
                new Crafted("", "{\"id\":\"%s\",\"title\":\"T\\u0000\",\"date\":\"2026-03-15\"}", "field title"),
                new Crafted("", "{\"id\":\"%s\",\"title\":{\"x\":1},\"date\":\"2026-03-15\"}", "field title"),
                new Crafted("", "{\"id\":\"%s\",\"title\":\"T\",\"date\":" + BIG + "}", "field date"),
                new Crafted("", "{\"id\":\"%s\",\"title\":\"T\",\"date\":\"2026-03-15\",\"questions\":\"abc\"}", "field questions"),
                new Crafted("", "{\"id\":\"%s\",\"title\":\"T\",\"date\":\"2026-03-15\",\"questions\":[{\"id\":\"1\",\"text\":{\"x\":1}}]}",
                        "field questions"),
                new Crafted("", "{\"id\":\"%s\",\"title\":\"T\",\"date\":\"2026-03-15\",\"questions\":[{\"id\":\"1\",\"text\":\"a\\u0000\"}]}",
                        "field questions[1].text"),
                new Crafted("", "{\"id\":\"%s\",\"title\":\"T\",\"date\":\"2026-03-15\",\"country\":\"\\u0000\"}", "field country"),
                new Crafted("", "{\"id\":\"%s\",\"title\":\"" + "t".repeat(501) + "\",\"date\":\"2026-03-15\"}", "field title"));
    }

    @BeforeEach
    void referendum() {
        client = new HttpTestClient(port);
        vote = "crafted-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(post("", "{\"id\":\"" + vote + "\",\"title\":\"Crafted\",\"date\":\"2026-03-15\"}").statusCode()).isEqualTo(201);
        assertThat(post("/" + vote + "/territories", "[{\"code\":\"C\",\"kind\":\"country\"},"
                + "{\"code\":\"C/1\",\"kind\":\"station\",\"parent\":\"C\",\"registered\":1000}]").statusCode()).isEqualTo(201);
    }

    HttpResponse<String> post(String path, String body) {
        return client.postJson("/api/referendums" + path, body, ADMIN, ADMIN_PASSWORD);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("crafted")
    void aCraftedBodyIsAProblemNamingTheFieldAndStoresNothing(Crafted c) {
        boolean correction = c.endpoint().equals("corrections");
        if (correction) assertThat(post("/" + vote + "/protocols", "{" + PROTOCOL + "}").statusCode()).isEqualTo(201);
        String created = "crafted-new-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> r = c.endpoint().isEmpty()
                ? post("", c.body().formatted(created))
                : post("/" + vote + "/" + c.endpoint(), c.body());

        assertThat(r.statusCode()).as(r.body()).isBetween(400, 499);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        JsonNode problem = json.readTree(r.body());
        assertThat(problem.get("detail").asString()).contains(c.field()).doesNotContain("ERROR:").doesNotContain("\u0000");

        JsonNode totals = json.readTree(client.get("/api/referendums/" + vote + "/totals").body());
        assertThat(totals.get("children")).as("no territory added").hasSize(1);
        assertThat(totals.get("totals").get("yes").asLong()).as("no protocol changed").isEqualTo(correction ? 400 : 0);
        assertThat(json.readTree(client.get("/api/referendums/" + vote + "/turnout").body())).as("no turnout stored").isEmpty();
        if (c.endpoint().isEmpty()) {
            assertThat(client.get("/api/referendums/" + created).statusCode()).as("the refused vote is not stored").isEqualTo(404);
        }
    }

    @Test
    void aTurnoutTimeWithMicrosecondsMakesNoSecondRowOfTheSameHour() {
        assertThat(post("/" + vote + "/turnout", "[{\"unit\":\"C\",\"at\":\"10:00\",\"percent\":12}]").statusCode()).isEqualTo(200);
        assertThat(post("/" + vote + "/turnout", "[{\"unit\":\"C\",\"at\":\"10:00:00.000001\",\"percent\":13}]").statusCode()).isEqualTo(422);
        assertThat(post("/" + vote + "/turnout", "[{\"unit\":\"C\",\"at\":\"10:00\",\"percent\":14}]").statusCode()).isEqualTo(200);
        JsonNode rows = json.readTree(client.get("/api/referendums/" + vote + "/turnout").body());
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("percent").asDouble()).isEqualTo(14.0);
    }

    @Test
    void aTurnoutBodyIsReadAsUtf8() {
        assertThat(post("/" + vote + "/territories", "[{\"code\":\"C/Жаңа\",\"kind\":\"region\",\"parent\":\"C\"}]").statusCode())
                .isEqualTo(201);
        HttpResponse<String> r = post("/" + vote + "/turnout", "[{\"unit\":\"C/Жаңа\",\"at\":\"10:00\",\"percent\":12.5}]");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.body()).contains("C/Жаңа");
    }

    @Test
    void noSeatIsRefusedNotAllocated() {
        HttpResponse<String> r = client.get("/api/seats/kz-mazhilis-2023?seats=0");
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("field seats");
    }

    @Test
    void theRealKazakhstan2022NationalProtocolCanBeCorrected() {
        JsonNode now = json.readTree(client.get("/api/referendums/kz-2022/protocols/history?station=KZ").body());
        JsonNode last = now.get(now.size() - 1);
        assertThat(last.get("registered").asLong()).isGreaterThan(10_000_000L);
        // The same figures again, as an official re-entering the published protocol would.
        String body = "{\"station\":\"KZ\",\"registered\":" + last.get("registered") + ",\"issued\":" + last.get("issued")
                + ",\"inBoxes\":" + last.get("inBoxes") + ",\"invalid\":" + last.get("invalid") + ",\"yes\":" + last.get("yes")
                + ",\"no\":" + last.get("no") + ",\"reason\":\"re-entered as published\"}";
        HttpResponse<String> r = post("/kz-2022/corrections", body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        assertThat(json.readTree(r.body()).get("revision").asInt()).isEqualTo(now.size() + 1);
    }
}
