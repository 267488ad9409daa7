package org.atazan.voting.web;

import org.atazan.HttpTestClient;
import org.atazan.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.atazan.voting.protocols.ZipBombs;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

    HttpResponse<String> upload(String name, byte[] content, String mode) {
        return client.postFile("/api/referendums/" + id + "/imports?mapping=ru-2020&mode=" + mode, name, content,
                ADMIN, ADMIN_PASSWORD);
    }

    /** A 422 problem whose detail is the given text, never a 500. */
    void refused(HttpResponse<String> r, String detail) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(json.readTree(r.body()).get("detail").asString()).startsWith(detail);
    }

    @Test
    void aThreeMegabyteZipWhoseHeaderIsAThreeGibibyteLineIsRefusedByTheLineLimit(@TempDir Path dir) throws Exception {
        Path zip = dir.resolve("bomb.zip");
        ZipBombs.write(zip, "p.csv", "\"name\",\"region\",\"", "x", 3L << 30, "\"\n");
        refused(upload("bomb.zip", Files.readAllBytes(zip), "strict"),
                "bomb.zip line 1: longer than 65,536 characters (limit atazan.limits.csv-line-chars)");
        assertThat(client.get("/actuator/health").statusCode()).isEqualTo(200);
    }

    @Test
    void twentyMillionDuplicateRowsInAThreeMegabyteZipAreRefusedByTheRowLimit(@TempDir Path dir) throws Exception {
        Path zip = dir.resolve("rows.zip");
        String row = "Vote,Reg A,TIK 1,УИК №1,1000,600,600,10,400,190,u\n";
        ZipBombs.write(zip, "p.csv", HEADER, row, 20_000_000, "");
        assertThat(Files.size(zip)).isLessThan(4_000_000);
        refused(upload("rows.zip", Files.readAllBytes(zip), "skip-invalid"),
                "rows.zip line 2000002: more than 2,000,000 rows (limit atazan.limits.csv-rows)");
        assertThat(client.get("/api/referendums/" + id + "/totals").statusCode()).isEqualTo(404);
    }

    @Test
    void aReportOfManySkippedRowsListsTheFirstHundredAndCountsTheRest() {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 20_000; i++) csv.append("Vote,Reg A,TIK 1,УИК №1,1000,600,600,10,400,190,u\n");
        csv.append("Vote,Reg A,TIK 1,УИК №2,1000,x,600,10,400,190,u\n");
        HttpResponse<String> r = upload(csv.toString(), "skip-invalid");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.body().length()).isLessThan(50_000);
        JsonNode rep = json.readTree(r.body());
        assertThat(rep.get("read").asLong()).isEqualTo(20_001);
        assertThat(rep.get("added").asInt()).isEqualTo(1);
        assertThat(rep.get("skipped")).hasSize(100);
        assertThat(rep.get("skipped").get(0).get("line").asLong()).isEqualTo(3);
        assertThat(rep.get("skippedTotal").asLong()).isEqualTo(20_000);
        assertThat(rep.get("skippedTruncated").asBoolean()).isTrue();
        assertThat(rep.get("skippedByReason").get("duplicate station").asLong()).isEqualTo(19_999);
        assertThat(rep.get("skippedByReason").get("not a whole number").asLong()).isEqualTo(1);
    }

    @Test
    void aFileWithAByteOrderMarkIsImported() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] file = FILE.lines().filter(l -> !l.contains("abc") && !l.contains("1200") && !l.contains("-4"))
                .map(l -> l + "\n").reduce("", String::concat).getBytes(StandardCharsets.UTF_8);
        byte[] content = new byte[bom.length + file.length];
        System.arraycopy(bom, 0, content, 0, bom.length);
        System.arraycopy(file, 0, content, bom.length, file.length);
        HttpResponse<String> r = upload("bom.csv", content, "strict");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(json.readTree(r.body()).get("added").asInt()).isEqualTo(2);
    }

    @Test
    void aWindows1251FileIsNamedAsNotUtf8WithItsLine() {
        refused(upload("cp1251.csv", FILE.getBytes(java.nio.charset.Charset.forName("windows-1251")), "strict"),
                "cp1251.csv line 1: not UTF-8 text: byte 0xD7 cannot be read as UTF-8; a binary file, or text saved in another"
                        + " encoding (such as windows-1251)");
    }

    @Test
    void aBinaryFileAndAnEmptyHeaderNameAreRefusedNotFailed() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
        refused(upload("picture.png", png, "strict"), "picture.png line 1: not UTF-8 text: byte 0x89 cannot be read as UTF-8");
        refused(upload("zeros.csv", new byte[10_000], "strict"), "zeros.csv line 1: a NUL character: a binary file, not CSV text");
        refused(upload(FILE.replace("\"tik\",", "\"\","), "strict"),
                "test.csv line 1, station -, field -: column 3 of the header has no name (it follows 'region')");
    }
}
