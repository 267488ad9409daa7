package org.atazan.voting.web;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.atazan.HttpTestClient;
import org.atazan.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Open data CSV opened in a spreadsheet runs no formula: text cells that look like one are neutralised, figures stay numbers. */
class OpenDataCsvTest extends PlatformTest {
    static final String CALC = "=cmd|' /C calc'!A0";

    @LocalServerPort
    int port;

    @Test
    void aTerritoryNamedLikeAFormulaComesOutAsTextInEveryCsvExport() throws Exception {
        HttpTestClient client = new HttpTestClient(port);
        String id = "csv-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(client.postJson("/api/referendums", "{\"id\":\"" + id + "\",\"title\":\"CSV\",\"date\":\"2026-03-15\"}",
                ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(201);
        String calc = CALC.replace("'", "\\u0027");
        HttpResponse<String> territories = client.postJson("/api/referendums/" + id + "/territories", "["
                        + "{\"code\":\"Z\",\"kind\":\"country\",\"names\":{\"en\":\"Zed\"}},"
                        + "{\"code\":\"" + calc + "\",\"kind\":\"region\",\"parent\":\"Z\",\"names\":{\"en\":\"" + calc + "\"}},"
                        + "{\"code\":\"@S1\",\"kind\":\"station\",\"parent\":\"" + calc + "\",\"registered\":1000,"
                        + "\"names\":{\"en\":\"+1 station\"}},"
                        + "{\"code\":\"S2\",\"kind\":\"station\",\"parent\":\"" + calc + "\",\"registered\":500,"
                        + "\"names\":{\"en\":\"-2 school\\tgym\"}}]",
                ADMIN, ADMIN_PASSWORD);
        assertThat(territories.statusCode()).as(territories.body()).isEqualTo(201);
        HttpResponse<String> protocols = client.postJson("/api/referendums/" + id + "/protocols", "["
                        + "{\"station\":\"@S1\",\"registered\":1000,\"issued\":700,\"inBoxes\":700,\"invalid\":0,\"yes\":600,\"no\":100},"
                        + "{\"station\":\"S2\",\"registered\":500,\"issued\":300,\"inBoxes\":300,\"invalid\":10,\"yes\":90,\"no\":200}]",
                ADMIN, ADMIN_PASSWORD);
        assertThat(protocols.statusCode()).as(protocols.body()).isEqualTo(201);

        List<CSVRecord> stations = csv(client.get("/api/referendums/" + id + "/protocols.csv?lang=en").body());
        assertThat(stations).hasSize(2);
        assertThat(stations.get(0).get("station")).isEqualTo("'@S1");
        assertThat(stations.get(0).get("name")).isEqualTo("'+1 station");
        assertThat(stations.get(0).get("parent")).isEqualTo("'" + CALC);
        assertThat(stations.get(1).get("station")).isEqualTo("S2");
        assertThat(stations.get(1).get("name")).isEqualTo("'-2 school\tgym");
        assertThat(stations.get(0).get("registered")).isEqualTo("1000");
        assertThat(stations.get(1).get("yes")).isEqualTo("90");

        List<CSVRecord> units = csv(client.get("/api/referendums/" + id + "/totals.csv?lang=en").body());
        CSVRecord region = units.stream().filter(r -> r.get("kind").equals("region")).findFirst().orElseThrow();
        assertThat(region.get("unit")).isEqualTo("'" + CALC);
        assertThat(region.get("name")).isEqualTo("'" + CALC);
        assertThat(region.get("stations")).isEqualTo("2");
        assertThat(region.get("registered")).isEqualTo("1500");
        assertThat(units).allSatisfy(r -> r.toList().forEach(cell -> assertThat(cell).doesNotStartWith("=").doesNotStartWith("+")
                .doesNotStartWith("@").doesNotStartWith("-").doesNotStartWith("\t")));

        // JSON is data for programs, not a spreadsheet: it keeps the names as they are.
        assertThat(client.get("/api/referendums/" + id + "/totals.json?lang=en").body()).contains("\"name\":\"" + CALC + "\"");
    }

    private static List<CSVRecord> csv(String body) throws Exception {
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(body)).getRecords();
    }
}
