package org.atazan.voting.web;

import org.atazan.HttpTestClient;
import org.atazan.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.net.http.HttpResponse;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A referendum with two questions: protocols answer both, and each question gets its own verdict. */
class MultiQuestionReferendumTest extends PlatformTest {

    @LocalServerPort
    int port;

    @Test
    void eachQuestionIsCountedAndJudgedOnItsOwn() {
        HttpTestClient client = new HttpTestClient(port);
        String id = "q2-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = client.postJson("/api/referendums", "{\"id\":\"" + id + "\",\"title\":\"Two questions\","
                + "\"date\":\"2026-03-15\",\"rule\":\"majority\",\"titles\":{\"ru\":\"Два вопроса\"},\"questions\":[{\"id\":\"1\",\"text\":\"Do you accept A?\"},"
                + "{\"id\":\"2\",\"text\":\"Do you accept B?\"}]}", ADMIN, ADMIN_PASSWORD);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(client.postJson("/api/referendums/" + id + "/territories",
                "[{\"code\":\"Q\",\"kind\":\"country\"},{\"code\":\"Q/1\",\"kind\":\"station\",\"parent\":\"Q\",\"registered\":1000}]",
                ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(201);

        HttpResponse<String> oneAnswer = client.postJson("/api/referendums/" + id + "/protocols",
                "{\"station\":\"Q/1\",\"registered\":1000,\"issued\":700,\"inBoxes\":700,\"invalid\":0,\"yes\":600,\"no\":100}",
                ADMIN, ADMIN_PASSWORD);
        assertThat(oneAnswer.statusCode()).isEqualTo(422);
        assertThat(oneAnswer.body()).contains("station Q/1").contains("questions").contains("[1, 2]");

        HttpResponse<String> ok = client.postJson("/api/referendums/" + id + "/protocols",
                "{\"station\":\"Q/1\",\"registered\":1000,\"issued\":700,\"inBoxes\":700,\"invalid\":0,"
                        + "\"questions\":[{\"id\":\"1\",\"yes\":600,\"no\":100},{\"id\":\"2\",\"yes\":200,\"no\":500}]}",
                ADMIN, ADMIN_PASSWORD);
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(201);

        JsonNode result = new ObjectMapper().readTree(client.get("/api/referendums/" + id + "/result").body());
        assertThat(result.get("adopted").asBoolean()).isTrue();
        assertThat(result.get("questions")).hasSize(2);
        assertThat(result.get("questions").get(0).get("adopted").asBoolean()).isTrue();
        assertThat(result.get("questions").get(1).get("text").asString()).isEqualTo("Do you accept B?");
        assertThat(result.get("questions").get(1).get("adopted").asBoolean()).isFalse();

        String csv = client.get("/api/referendums/" + id + "/protocols.csv").body();
        assertThat(csv.lines().findFirst()).hasValue("station,name,parent,registered,issued,in_boxes,invalid,yes,no,yes_2,no_2");
        assertThat(csv).contains("Q/1,Q/1,Q,1000,700,700,0,600,100,200,500");
        assertThat(client.get("/api/referendums/" + id + "/totals.json").body()).contains("\"yes_2\":200");

        String page = client.get("/voting/referendums/" + id + "?lang=en").body();
        assertThat(page).contains("Do you accept B?").contains("Not adopted");
        assertThat(client.get("/voting/referendums/" + id + "?lang=ru").body()).contains("Два вопроса");
    }
}
