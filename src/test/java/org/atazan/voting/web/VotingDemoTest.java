package org.atazan.voting.web;

import org.atazan.HttpTestClient;
import org.atazan.PlatformTest;
import org.atazan.voting.LiveTotals;
import org.atazan.voting.NewVote;
import org.atazan.voting.Protocol;
import org.atazan.voting.ProtocolDesk;
import org.atazan.voting.TallyTree;
import org.atazan.voting.Territory;
import org.atazan.voting.VoteSetup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The demo votes as the public sees them: open data, the Kazakhstan rule, turnout, seats, forensics.
 * Nothing here writes into the demo votes: a test that changes figures makes its own vote. How fast
 * the live path is, is measured by the benchmarks ({@code bench/run jmh}), not asserted here.
 */
class VotingDemoTest extends PlatformTest {

    @LocalServerPort
    int port;
    @Autowired
    VoteSetup setup;
    @Autowired
    ProtocolDesk protocols;
    @Autowired
    LiveTotals totals;

    @Autowired
    org.atazan.voting.ForensicsDesk forensics;
    HttpTestClient client;
    final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void client() {
        client = new HttpTestClient(port);
    }

    @Test
    void openDataCsvAndJsonSumToTheReadmeColumnSums() {
        HttpResponse<String> csv = client.get("/api/referendums/ru-2020/protocols.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        long[] sums = new long[5];
        int rows = 0;
        try (var parser = org.apache.commons.csv.CSVParser.parse(csv.body(),
                org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            assertThat(parser.getHeaderNames()).containsExactly("station", "name", "parent", "registered", "issued",
                    "in_boxes", "invalid", "yes", "no");
            for (var record : parser) {
                rows++;
                String[] columns = {"registered", "issued", "in_boxes", "invalid", "yes"};
                for (int k = 0; k < 5; k++) sums[k] += Long.parseLong(record.get(columns[k]));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(rows).isEqualTo(96_765);
        assertThat(sums).containsExactly(107_999_611L, 73_107_907L, 73_024_006L, 604_950L, 57_071_119L);
        JsonNode all = json.readTree(client.get("/api/referendums/ru-2020/protocols.json").body());
        assertThat(all).hasSize(96_765);
        long reg = 0, yes = 0, boxes = 0;
        for (JsonNode p : all) {
            reg += p.get("registered").asLong();
            yes += p.get("yes").asLong();
            boxes += p.get("inBoxes").asLong();
        }
        assertThat(new long[]{reg, boxes, yes}).containsExactly(107_999_611L, 73_024_006L, 57_071_119L);
        JsonNode totals = json.readTree(client.get("/api/referendums/ru-2020/totals.json").body());
        assertThat(totals.get(0).get("unit").asString()).isEqualTo("RU");
        assertThat(totals.get(0).get("yes").asLong()).isEqualTo(57_071_119L);
        assertThat(totals.get(0).get("stations").asLong()).isEqualTo(96_765L);
    }

    @Test
    void kazakhstansUnitsAreNamedInTheReadersLanguage() {
        assertThat(client.get("/voting/referendums/kz-2026/turnout?lang=kk").body()).contains("Абай облысы").contains("Шығыс Қазақстан облысы");
        assertThat(client.get("/voting/referendums/kz-2026/turnout?lang=ru").body()).contains("Восточно-Казахстанская область");
        assertThat(client.get("/voting/referendums/kz-2026/turnout?lang=en").body()).contains("East Kazakhstan Region");
        assertThat(client.get("/voting/referendums/kz-2026?lang=kk").body())
                .contains("Қазақстан Республикасының жаңа Конституциясы жөніндегі республикалық референдум");
        assertThat(client.get("/voting?lang=en").body()).contains("All-Russian vote on the amendments");
    }

    @Test
    void theKazakhstan2026PageExplainsValidityAndThatUnitFiguresAreNotPublic() {
        String page = client.get("/voting/referendums/kz-2026?lang=en").body();
        assertThat(page).contains("Valid: turnout 73.12\u00a0% &gt; 50\u00a0%").contains("9,127,192 of 12,482,613")
                .contains("Results per unit (regions and cities) are not public").contains("Kazakhstan\u2019s referendum law")
                .doesNotContain("Not adopted").doesNotContain("Adopted.");
        JsonNode result = json.readTree(client.get("/api/referendums/kz-2026/result").body());
        assertThat(result.get("valid").asBoolean()).isTrue();
        assertThat(result.get("adopted").isNull()).isTrue();
        // The API says it in words too, and never reports a failed test of units it does not have.
        assertThat(result.get("decision").asString()).isEqualTo("undetermined");
        assertThat(result.get("reasons").toString()).contains("cannot be applied").doesNotContain("fewer than").doesNotContain("<");
        assertThat(client.get("/voting/referendums/kz-2026?lang=ru").body()).contains("73,12\u00a0% &gt; 50\u00a0%").contains("не опубликованы");
        assertThat(client.get("/voting/referendums/kz-2022?lang=kk").body()).contains("жарияланбаған");
    }

    @Test
    void turnoutThroughTheDayShowsTheReports() {
        String page = client.get("/voting/referendums/kz-2026/turnout?lang=en").body();
        assertThat(page).contains("Kyzylorda Region").contains("91.80").contains("37.54").contains("73.24").contains("turnout.svg");
        String svg = client.get("/voting/referendums/kz-2026/charts/turnout.svg?lang=en").body();
        assertThat(svg).startsWith("<svg").contains("viewBox").contains("<polyline").contains("turnout, % of registered voters")
                .contains("time of day (UTC+5)").contains(">Kazakhstan</text>").contains(">each unit</text>");
        assertThat(json.readTree(client.get("/api/referendums/kz-2026/turnout").body())).hasSize(20 * 3 + 5);
    }

    @Test
    void seatsAt69EqualTheOfficialResultAnd145AreAllocated() {
        String page = client.get("/voting/seats/kz-mazhilis-2023?seats=69&method=hare&lang=en").body();
        assertThat(page).contains("The allocation equals the official result (69 seats).");
        JsonNode t = json.readTree(client.get("/api/seats/kz-mazhilis-2023?seats=69&method=hare").body());
        assertThat(t.get("equalsOfficial").asBoolean()).isTrue();
        JsonNode big = json.readTree(client.get("/api/seats/kz-mazhilis-2023?seats=145&method=dhondt").body());
        int sum = 0;
        for (JsonNode l : big.get("lines")) sum += l.get("seats").isNull() ? 0 : l.get("seats").asInt();
        assertThat(sum).isEqualTo(145);
        assertThat(client.get("/api/seats/kz-mazhilis-2023?seats=69&method=nonsense").statusCode()).isEqualTo(422);
        // Without a house size the page shows the official one (69), with the 145-seat Kurultai linked.
        assertThat(client.get("/voting/seats/kz-mazhilis-2023?lang=en").body()).contains("value=\"69\"")
                .contains("the threshold is 5\u00a0% of all votes cast").contains("rule: Hare quota");
        assertThat(client.get("/voting?lang=en").body()).contains("seats=69").contains("seats=145");
        String svg = client.get("/voting/seats/kz-mazhilis-2023/hemicycle.svg?seats=145&method=hare").body();
        assertThat(svg.split("<circle", -1)).hasSize(145 + 1);
        assertThat(svg).contains("Amanat: 83");
        assertThat(client.get("/voting/seats/kz-mazhilis-2023/hemicycle.svg?seats=145&method=hare&lang=ru").body())
                .contains("AMANAT: 83").contains("Ак жол: 13");
    }

    @Test
    void resultPagesChartsAndForensicsOfTheRussianVote() {
        String page = client.get("/voting/referendums/ru-2020?lang=en").body();
        assertThat(page).contains("Rule applied: a plain national majority").contains("Adopted.").contains("bars.svg").contains("live.js");
        assertThat(client.get("/voting/referendums/ru-2020/charts/bars.svg?lang=en").body()).contains("viewBox").contains("<rect")
                .contains("share of the ballots in the boxes").contains(">yes</text>").contains(">no</text>");
        HttpResponse<String> f = client.get("/api/referendums/ru-2020/forensics?reps=20&seed=7");
        assertThat(f.statusCode()).isEqualTo(200);
        JsonNode rep = json.readTree(f.body());
        assertThat(rep.get("integerStations").asInt()).isGreaterThan(0);
        assertThat(rep.get("excess").asDouble()).isGreaterThan(0);
        assertThat(client.get("/voting/referendums/ru-2020/forensics?reps=20&seed=7&lang=en").body()).contains("fingerprint.svg").contains("?unit=RU/");
        assertThat(client.get("/voting/referendums/ru-2020/charts/fingerprint.svg?lang=en").body()).contains("<image")
                .contains("data:image/png;base64,").contains("turnout, % of registered voters").contains("more voters (log scale)");
        assertThat(client.get("/voting/referendums/ru-2020/charts/fingerprint.png").headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(client.get("/voting/referendums/kz-2026/forensics?lang=en").body()).contains("only national totals are public");
        assertThat(client.get("/voting?lang=en").body()).contains("ru-2020").contains("kz-2026").contains("kz-mazhilis-2023");
    }

    @Test
    void forensicsRunOnceAreCachedAndTheCacheIsBounded() {
        var first = forensics.integers("ru-2020", 2, 123);
        assertThat(forensics.integers("ru-2020", 2, 123)).isSameAs(first);
        // The bound itself is tested on the plain desk (ForensicsDeskTest), without 70 runs on 96,765 stations.
        assertThatThrownBy(() -> forensics.integers("ru-2020", 5000, 1)).hasMessageContaining("reps");
    }

    @Test
    void aCorrectionAndItsReversalLeaveEveryLevelAsItWasAndThePageFollows() {
        String id = "demo-" + UUID.randomUUID().toString().substring(0, 8);
        setup.create(new NewVote(id, "Correction and reversal", "2026-03-15", null, "xx", List.of(), Map.of()), "test");
        setup.addTerritories(id, List.of(new Territory("X", "country", Map.of("en", "X"), null, 0),
                new Territory("X/r", "region", Map.of("en", "Region"), "X", 0),
                new Territory("X/r/d", "district", Map.of("en", "District"), "X/r", 0),
                new Territory("X/r/d/1", "station", Map.of("en", "Station 1"), "X/r/d", 1000),
                new Territory("X/r/d/2", "station", Map.of("en", "Station 2"), "X/r/d", 800)), "test");
        Protocol original = Protocol.single("X/r/d/1", 1000, 600, 600, 10, 400, 190);
        Protocol changed = Protocol.single("X/r/d/1", 1000, 600, 600, 10, 399, 191);
        protocols.submit(id, List.of(original, Protocol.single("X/r/d/2", 800, 500, 500, 0, 300, 200)), "test");
        protocols.correct(id, changed, "test", "recount");
        TallyTree tree = totals.tree(id);
        for (String level : List.of("X", "X/r", "X/r/d")) assertThat(tree.total(level).yes()).isEqualTo(699);
        protocols.correct(id, original, "test", "recount: figures restored");
        for (String level : List.of("X", "X/r", "X/r/d")) assertThat(tree.total(level).yes()).isEqualTo(700);
        assertThat(protocols.history(id, "X/r/d/1")).hasSize(3);
        HttpResponse<String> page = client.get("/voting/referendums/" + id + "?lang=en");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("700");
    }
}
