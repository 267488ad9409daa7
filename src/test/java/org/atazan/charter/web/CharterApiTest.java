package org.atazan.charter.web;

import org.atazan.HttpTestClient;
import org.atazan.PlatformTest;
import org.atazan.SharedData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The Charter REST API: reading, comparing, exporting and (with an account) adding versions. */
class CharterApiTest extends PlatformTest {

    @LocalServerPort
    int port;
    HttpTestClient client;
    final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void client() {
        client = new HttpTestClient(port);
    }

    JsonNode read(HttpResponse<String> r) {
        return json.readTree(r.body());
    }

    @Test
    void comparisonOfTheTwoGrundgesetzVersionsFindsOneAmendedArticle() {
        HttpResponse<String> r = client.get("/api/charters/de-gg/comparisons?from=2012-07-02&to=2012-07-11");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode c = read(r);
        assertThat(c.get("counts").get("amended").asInt()).isEqualTo(1);
        assertThat(c.get("counts").get("unchanged").asInt()).isEqualTo(194);
        assertThat(c.get("changes")).hasSize(1);
        assertThat(c.get("changes").get(0).get("article").asString()).isEqualTo("93");
        assertThat(c.get("changes").get(0).get("redline").asString()).contains("{+");
    }

    @Test
    void comparingAcrossChartersOrWithItselfIsAProblem() {
        HttpResponse<String> cross = client.get("/api/comparisons?from=kz/2026&to=de-gg/2012-07-11");
        assertThat(cross.statusCode()).isEqualTo(422);
        assertThat(cross.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).contains("problem+json"));
        assertThat(read(cross).get("detail").asString()).contains("two different charters");
        HttpResponse<String> self = client.get("/api/charters/kz/comparisons?from=1995&to=1995");
        assertThat(self.statusCode()).isEqualTo(422);
        assertThat(read(self).get("detail").asString()).contains("compared with itself");
    }

    @Test
    void articleByNumberAsWritten() {
        HttpResponse<String> r = client.get("/api/charters/de-gg/versions/2012-07-11/articles/91a");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(read(r).get("number").asString()).isEqualTo("91a");
        assertThat(client.get("/api/charters/de-gg/versions/2012-07-11/articles/0").statusCode()).isEqualTo(404);
    }

    @Test
    void addingAVersionNeedsAnAccount() throws Exception {
        byte[] text = Files.readAllBytes(SharedData.file("grundgesetz-2012-07-02.md"));
        HttpResponse<String> r = client.postFile("/api/charters/de-gg/versions", "gg.md", text, null, null,
                "id", "anon", "date", "2012-07-02", "language", "de");
        assertThat(r.statusCode()).isEqualTo(401);
    }

    @Test
    void anAknExportImportsBackAsTheSameStructure() {
        String id = "t" + UUID.randomUUID().toString().substring(0, 6);
        assertThat(client.postJson("/api/charters", "{\"id\":\"" + id + "\",\"title\":\"Round trip\",\"country\":\"de\"}",
                ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(201);
        HttpResponse<String> akn = client.get("/api/charters/de-gg/versions/2012-07-11/akn");
        assertThat(akn.statusCode()).isEqualTo(200);
        assertThat(akn.body()).contains("akomaNtoso").contains("FRBRWork");

        HttpResponse<String> added = client.postFile("/api/charters/" + id + "/versions", "gg.akn.xml",
                akn.body().getBytes(StandardCharsets.UTF_8), ADMIN, ADMIN_PASSWORD,
                "id", "rt", "date", "2012-07-11", "language", "de", "status", "adopted");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        assertThat(read(added).get("articleCount").asInt()).isEqualTo(195);

        JsonNode original = read(client.get("/api/charters/de-gg/versions/2012-07-11")).get("body");
        JsonNode roundTrip = read(client.get("/api/charters/" + id + "/versions/rt")).get("body");
        assertThat(roundTrip).isEqualTo(original);
    }

    @Test
    void everyDemoVersionIsExportedAsValidAkomaNtosoWithTheActsCountryAndDate() {
        String[][] versions = {{"kz", "1995", "kz", "2023-01-01"}, {"kz", "2026", "kz", "2026-07-01"},
                {"de-gg", "2012-07-02", "de", "2012-07-02"}, {"de-gg", "2012-07-11", "de", "2012-07-11"}};
        for (String[] v : versions) {
            HttpResponse<String> akn = client.get("/api/charters/" + v[0] + "/versions/" + v[1] + "/akn");
            assertThat(akn.statusCode()).isEqualTo(200);
            assertThat(org.atazan.charter.akn.AknSchema.errors(akn.body())).as(v[0] + "/" + v[1]).isEmpty();
            assertThat(akn.body()).contains("<FRBRcountry value=\"" + v[2] + "\"/>")
                    .contains("<FRBRdate date=\"" + v[3] + "\" name=\"adoption\"/>");
        }
    }

    @Test
    void badTextIsRefusedWithItsReasonAndNothingIsStored() {
        String id = "t" + UUID.randomUUID().toString().substring(0, 6);
        client.postJson("/api/charters", "{\"id\":\"" + id + "\",\"title\":\"Bad input\",\"country\":\"kz\"}", ADMIN, ADMIN_PASSWORD);
        HttpResponse<String> empty = client.postFile("/api/charters/" + id + "/versions", "empty.txt", new byte[0],
                ADMIN, ADMIN_PASSWORD, "id", "v1", "date", "2026-01-31", "language", "ru");
        assertThat(empty.statusCode()).isEqualTo(422);
        assertThat(read(empty).get("detail").asString()).contains("empty.txt");

        HttpResponse<String> noArticle = client.postFile("/api/charters/" + id + "/versions", "prose.txt",
                "Just some prose.\nNothing that looks like an article.\n".getBytes(StandardCharsets.UTF_8),
                ADMIN, ADMIN_PASSWORD, "id", "v1", "date", "2026-01-31", "language", "ru");
        assertThat(noArticle.statusCode()).isEqualTo(422);
        assertThat(read(noArticle).get("detail").asString()).contains("prose.txt");

        HttpResponse<String> badDate = client.postFile("/api/charters/" + id + "/versions", "x.txt",
                "Статья 1\nТекст.\n".getBytes(StandardCharsets.UTF_8),
                ADMIN, ADMIN_PASSWORD, "id", "v1", "date", "31.01.2026", "language", "ru");
        assertThat(badDate.statusCode()).isEqualTo(422);
        assertThat(read(badDate).get("detail").asString()).contains("date");

        HttpResponse<String> xml = client.postFile("/api/charters/" + id + "/versions", "foreign.xml",
                "<html><body/></html>".getBytes(StandardCharsets.UTF_8),
                ADMIN, ADMIN_PASSWORD, "id", "v1", "date", "2026-01-31", "language", "ru");
        assertThat(xml.statusCode()).isEqualTo(422);

        assertThat(read(client.get("/api/charters/" + id + "/versions"))).isEmpty();
    }

    @Test
    void aCharterBodyIsCheckedFieldByFieldAfterTheCallersRights() {
        String body = "{\"id\":\"Not An Id\",\"title\":\" \",\"country\":\"kaz\",\"titles\":{\"ru\":\"\",\"Russian\":\"x\",\"kk\":null}}";
        HttpResponse<String> r = client.postJson("/api/charters", body, ADMIN, ADMIN_PASSWORD);
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).contains("problem+json"));
        assertThat(read(r).get("detail").asString()).contains("field 'id'").contains("field 'title'")
                .contains("field 'country'").contains("field 'titles[ru]'").contains("field 'titles[Russian]'")
                .contains("field 'titles[kk]': is missing or blank");
        HttpResponse<String> missing = client.postJson("/api/charters", "{\"id\":\"x1\"}", ADMIN, ADMIN_PASSWORD);
        assertThat(missing.statusCode()).isEqualTo(422);
        assertThat(read(missing).get("detail").asString()).contains("field 'title': is missing or blank")
                .contains("field 'country'").doesNotContain("field 'id'");
        assertThat(read(client.get("/api/charters/x1")).get("status").asInt()).isEqualTo(404);

        // Someone without the right learns nothing about the input: refused before it is read.
        String name = "reader-" + UUID.randomUUID().toString().substring(0, 6);
        String password = "a-long-password-" + UUID.randomUUID();
        assertThat(client.postJson("/api/accounts", "{\"username\":\"" + name + "\",\"password\":\"" + password
                + "\",\"roles\":[\"ELECTION_OFFICIAL\"]}", ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(201);
        assertThat(client.postJson("/api/charters", body, name, password).statusCode()).isEqualTo(403);
    }

    @Test
    void theApiAndTheCommandLineWriteOneComparisonShape() {
        JsonNode api = read(client.get("/api/charters/de-gg/comparisons?from=2012-07-02&to=2012-07-11"));
        java.io.StringWriter out = new java.io.StringWriter();
        var cl = org.atazan.Atazan.commandLine();
        cl.setOut(new java.io.PrintWriter(out));
        assertThat(cl.execute("charter", "diff", SharedData.file("grundgesetz-2012-07-02.md").toString(),
                SharedData.file("grundgesetz-2012-07-11.md").toString())).isZero();
        JsonNode cli = json.readTree(out.toString());

        assertThat(api.get("charter").asString()).isEqualTo("de-gg");
        assertThat(api.get("from").asString()).isEqualTo("2012-07-02");
        assertThat(cli.has("charter")).as("files belong to no stored charter").isFalse();
        assertThat(names(cli)).containsExactlyElementsOf(names(api).stream().filter(n -> !n.equals("charter")).toList());
        assertThat(names(cli.get("changes").get(0))).containsExactlyElementsOf(names(api.get("changes").get(0)));
        assertThat(cli.get("counts")).isEqualTo(api.get("counts"));
        assertThat(cli.get("changes")).isEqualTo(api.get("changes"));
        assertThat(cli.get("changedWordShare").decimalValue()).isEqualByComparingTo(api.get("changedWordShare").decimalValue())
                .isEqualByComparingTo("0.0007");
    }

    static java.util.List<String> names(JsonNode node) {
        return node.propertyNames().stream().toList();
    }

    @Test
    void openApiDescribesTheCharterApi() {
        String doc = client.get("/api/openapi").body();
        assertThat(doc).contains("/api/charters/{charter}/comparisons").contains("/api/charters/{charter}/versions/{version}/articles/{number}");
    }
}
