package org.atazan.voting.web;

import org.atazan.HttpTestClient;
import org.atazan.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Bulk import with the ru-2020 mapping: strict is all or nothing, skip-invalid reports every row, re-import changes nothing. */
class ProtocolImportApiTest extends PlatformTest {

    static final String HEADER = "\"name\",\"region\",\"tik\",\"uik\","
            + "\"Число участников голосования, включенных в список участников голосования на момент окончания голосования\","
            + "\"Число бюллетеней, выданных участникам голосования\",\"Число бюллетеней, содержащихся в ящиках для голосования\","
            + "\"Число недействительных бюллетеней\",\"ДА\",\"НЕТ\",\"url\"\n";
    static final String FILE = HEADER
            + "Vote,Reg A,TIK 1,УИК №1,1000,600,600,10,400,190,u\n"
            + "Vote,Reg A,TIK 1,УИК №2,1000,abc,600,10,400,190,u\n"
            + "Vote,Reg A,TIK 2,УИК №3,1000,1200,600,10,400,190,u\n"
            + "Vote,Reg B,TIK 3,УИК №4,800,500,500,0,300,200,u\n"
            + "Vote,Reg B,TIK 3,УИК №1,800,-4,500,0,300,200,u\n";

    @LocalServerPort
    int port;
    HttpTestClient client;
    final ObjectMapper json = new ObjectMapper();
    String id;

    @BeforeEach
    void referendum() {
        client = new HttpTestClient(port);
        id = "i-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(client.postJson("/api/referendums", "{\"id\":\"" + id + "\",\"title\":\"Import\",\"date\":\"2020-07-01\",\"country\":\"RU\"}",
                ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(201);
    }

    HttpResponse<String> upload(String content, String mode) {
        return client.postFile("/api/referendums/" + id + "/imports?mapping=ru-2020&mode=" + mode, "test.csv",
                content.getBytes(StandardCharsets.UTF_8), ADMIN, ADMIN_PASSWORD);
    }

    @Test
    void strictStopsAtTheFirstBadRowAndKeepsNothing() {
        HttpResponse<String> r = upload(FILE, "strict");
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("test.csv line 3").contains("УИК №2").contains("issued").contains("not a whole number: 'abc'");
        assertThat(client.get("/api/referendums/" + id + "/totals").statusCode()).isEqualTo(404);
    }

    @Test
    void skipInvalidReportsEveryRowExactlyAndReimportChangesNothing() {
        HttpResponse<String> r = upload(FILE, "skip-invalid");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode rep = json.readTree(r.body());
        assertThat(rep.get("added").asInt()).isEqualTo(2);
        assertThat(rep.get("read").asInt()).isEqualTo(5);
        JsonNode skipped = rep.get("skipped");
        assertThat(skipped).hasSize(3);
        assertThat(skipped.get(0).get("line").asInt()).isEqualTo(3);
        assertThat(skipped.get(0).get("reason").asString()).isEqualTo("not a whole number: 'abc'");
        assertThat(skipped.get(1).get("line").asInt()).isEqualTo(4);
        assertThat(skipped.get(1).get("reason").asString()).contains("issued <= registered");
        assertThat(skipped.get(2).get("line").asInt()).isEqualTo(6);
        assertThat(skipped.get(2).get("reason").asString()).isEqualTo("negative figure -4");
        JsonNode totals = json.readTree(client.get("/api/referendums/" + id + "/totals").body()).get("totals");
        assertThat(totals.get("yes").asLong()).isEqualTo(700);

        JsonNode again = json.readTree(upload(FILE, "skip-invalid").body());
        assertThat(again.get("added").asInt()).isZero();
        assertThat(again.get("unchanged").asInt()).isEqualTo(2);
        assertThat(again.get("newTerritories").asInt()).isZero();
        assertThat(json.readTree(client.get("/api/referendums/" + id + "/totals").body()).get("totals")).isEqualTo(totals);
        assertThat(client.get("/api/referendums/" + id + "/protocols/history?station=RU/Reg A/TIK 1/УИК №1".replace(" ", "%20")
                .replace("№", "%E2%84%96").replace("УИК", "%D0%A3%D0%98%D0%9A")).body()).contains("\"revision\":1").doesNotContain("\"revision\":2");
    }

    @Test
    void aMissingColumnIsNamed() {
        HttpResponse<String> r = upload(FILE.replace("\"ДА\"", "\"YES\""), "strict");
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("missing column 'ДА'");
    }

    @Test
    void aMappingMustBeAShippedOneNotAPathOnTheServer() {
        HttpResponse<String> r = client.postFile("/api/referendums/" + id + "/imports?mapping=/etc/passwd&mode=strict", "test.csv",
                FILE.getBytes(java.nio.charset.StandardCharsets.UTF_8), ADMIN, ADMIN_PASSWORD);
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("shipped mapping").doesNotContain("root:");
    }
}
