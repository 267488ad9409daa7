package org.atazan.voting.web;

import org.atazan.HttpTestClient;
import org.atazan.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a citizen reads on the voting pages of the demo votes: figures in the page's language and one
 * format, no raw data (ISO times, path ids, file names), only the offers that lead somewhere, words in
 * the reader's language, both yes shares named, a hypothetical house said to be one, forms that answer
 * in the reader's language.
 */
class VotingPagesTest extends PlatformTest {
    static final Pattern ISO_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");
    static final String NBSP = "\u00a0";

    @LocalServerPort
    int port;
    HttpTestClient client;

    @BeforeEach
    void client() {
        client = new HttpTestClient(port);
    }

    String page(String path) {
        HttpResponse<String> r = client.get(path);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return r.body();
    }

    static String main(String html) {
        return html.substring(html.indexOf("<main"), html.indexOf("</main>"));
    }

    @Test
    void aKazakhPageWritesEveryFigureOneWayAndEveryDateAndTimeInWords() {
        String kk = main(page("/voting/referendums/kz-2026?lang=kk"));
        assertThat(kk).contains("12" + NBSP + "482" + NBSP + "613").contains("73,12").contains("87,15").contains("88,39")
                .doesNotContain("12,482,613").doesNotContain("12482613").doesNotContain("73.12").doesNotContain("2026-03-15")
                .contains("2026 ж. 15 наурыз").contains("(UTC+5)");
        assertThat(ISO_TIME.matcher(kk).find()).as("an ISO timestamp on the page").isFalse();
        // The number format the live script is given is the page's own.
        assertThat(kk).contains("data-group=\"" + NBSP + "\"").contains("data-decimal=\",\"");
        String en = main(page("/voting/referendums/kz-2026?lang=en"));
        assertThat(en).contains("12,482,613").contains("73.12").contains("March 15, 2026").doesNotContain("12482613");
        assertThat(main(page("/voting/referendums/ru-2020?lang=ru&unit=" + enc("RU/Республика Адыгея (Адыгея)/1 Адыгейская/УИК №1"))))
                .contains("(UTC+3)").contains("2" + NBSP + "277");
    }

    @Test
    void theNationalPageShowsNoKindNoFileNameAndASourceInTheReadersLanguage() {
        String ru = main(page("/voting/referendums/kz-2026?lang=ru"));
        assertThat(ru).doesNotContain("· страна ·").doesNotContain(".csv)").doesNotContain("Central Election")
                .contains("Источник: Центральная референдумная комиссия Казахстана");
        assertThat(main(page("/voting/referendums/ru-2020?lang=kk"))).doesNotContain(".zip").doesNotContain("dkobak")
                .contains("Дереккөз: Ресей ОСК")
                .contains("Бұл дауыс берудің жер атаулары дереккөз жариялағандай тек орыс тілінде берілген.");
        assertThat(main(page("/voting/referendums/ru-2020?lang=ru"))).doesNotContain("только на русском");
    }

    @Test
    void bothYesSharesAreNamedWhereverBothAppear() {
        String en = main(page("/voting/referendums/kz-2026?lang=en"));
        assertThat(en).contains("87.15").contains("yes, % of those who took part (what the rule counts)")
                .contains("88.39").contains("yes, % of the ballots in the boxes").contains("Two yes shares");
    }

    @Test
    void offersOnlyWhatTheVoteHas() {
        String kz2022 = main(page("/voting/referendums/kz-2022?lang=en"));
        assertThat(kz2022).doesNotContain("/turnout").doesNotContain("/forensics").doesNotContain("protocols.csv")
                .doesNotContain("protocols.json").doesNotContain("Download every protocol").contains("National totals (CSV)");
        String kz2026 = main(page("/voting/referendums/kz-2026?lang=en"));
        assertThat(kz2026).contains("/voting/referendums/kz-2026/turnout").doesNotContain("/forensics").doesNotContain("protocols.csv");
        String ru2020 = main(page("/voting/referendums/ru-2020?lang=en"));
        assertThat(ru2020).doesNotContain("/turnout").contains("/voting/referendums/ru-2020/forensics").contains("protocols.csv")
                .contains("Totals of every unit (CSV)");
        String index = main(page("/voting?lang=en"));
        String kz2022Card = index.substring(index.indexOf("id=\"vote-kz-2022\""), index.indexOf("</li>", index.indexOf("id=\"vote-kz-2022\"")));
        assertThat(kz2022Card).doesNotContain("turnout").doesNotContain("forensics");
        assertThat(index).contains("/voting/referendums/kz-2026/turnout").contains("/voting/referendums/ru-2020/forensics")
                .doesNotContain("/voting/referendums/kz-2026/forensics").doesNotContain("/voting/referendums/ru-2020/turnout");
        // A vote of 2020 is not being counted any more: no promise of live figures.
        assertThat(ru2020).doesNotContain("id=\"live-note\"");
    }

    @Test
    void aVoteBeingCountedSaysItsFiguresUpdateAndCountsItsStationsInTheReadersGrammar() {
        String id = "count-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(client.postJson("/api/referendums", "{\"id\":\"" + id + "\",\"title\":\"Count\",\"date\":\"" + LocalDate.now()
                + "\",\"country\":\"KZ\"}", ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(201);
        StringBuilder territories = new StringBuilder("[{\"code\":\"C\",\"kind\":\"country\"}");
        for (int i = 1; i <= 21; i++) {
            territories.append(",{\"code\":\"C/").append(i).append("\",\"kind\":\"station\",\"parent\":\"C\",\"registered\":100}");
        }
        assertThat(client.postJson("/api/referendums/" + id + "/territories", territories + "]", ADMIN, ADMIN_PASSWORD).statusCode())
                .isEqualTo(201);
        assertThat(page("/voting/referendums/" + id + "?lang=en")).contains("id=\"live-note\"");
        submit(id, 1);
        assertThat(main(page("/voting/referendums/" + id + "?lang=en"))).contains("polling station counted").doesNotContain("polling stations counted");
        assertThat(main(page("/voting/referendums/" + id + "?lang=ru"))).contains("участок подсчитан");
        for (int s = 2; s <= 5; s++) submit(id, s);
        assertThat(main(page("/voting/referendums/" + id + "?lang=ru"))).contains("участков подсчитано");
        for (int s = 6; s <= 21; s++) submit(id, s);
        assertThat(main(page("/voting/referendums/" + id + "?lang=ru"))).contains("участок подсчитан");
        assertThat(main(page("/voting/referendums/" + id + "?lang=en"))).contains("polling stations counted");
    }

    private void submit(String id, int station) {
        assertThat(client.postJson("/api/referendums/" + id + "/protocols", "{\"station\":\"C/" + station
                + "\",\"registered\":100,\"issued\":60,\"inBoxes\":60,\"invalid\":0,\"yes\":40,\"no\":20}", ADMIN, ADMIN_PASSWORD)
                .statusCode()).isEqualTo(201);
    }

    @Test
    void forensicsNamesStationsByTheirNameAndPlaceNotTheirPathId() {
        String ru = main(page("/voting/referendums/ru-2020/forensics?reps=20&lang=ru"));
        assertThat(ru).contains(">УИК №").contains("class=\"muted where\"").contains("Московская область ›");
        assertThat(ru).doesNotContainPattern(">\\s*RU/");
        assertThat(ru).contains("fingerprint.svg").contains("20 симуляциям").doesNotContain("только на русском");
        assertThat(main(page("/voting/referendums/ru-2020/forensics?reps=20&lang=en"))).contains("named in Russian only");
    }

    @Test
    void forensicsStatesWhichStationsItTestedInEachLanguageAndOffersTheOtherSelection() {
        String en = main(page("/voting/referendums/ru-2020/forensics?reps=2&lang=en"));
        assertThat(en).contains("published method: at least 100 registered voters; turnout = ballots issued")
                .contains(">90,579<").contains(">21,128<")
                .contains("<option value=\"paper\" selected=\"selected\">").contains("<option value=\"voted\">");
        assertThat(main(page("/voting/referendums/ru-2020/forensics?reps=2&lang=ru"))).contains("как в опубликованном методе авторов")
                .contains("выданные бюллетени");
        assertThat(main(page("/voting/referendums/ru-2020/forensics?reps=2&lang=kk"))).contains("авторлардың жарияланған әдісіндегідей")
                .contains("берілген бюллетеньдер");
        String voted = main(page("/voting/referendums/ru-2020/forensics?reps=2&selection=voted&lang=en"));
        assertThat(voted).contains("those where at least 100 people voted").contains(">88,709<").contains(">20,638<")
                .contains("<option value=\"voted\" selected=\"selected\">");
        HttpResponse<String> bad = client.get("/voting/referendums/ru-2020/forensics?selection=both&lang=en");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(main(bad.body())).contains("\u201cStations tested\u201d: choose one of the options in the list.");
        HttpResponse<String> api = client.get("/api/referendums/ru-2020/forensics?reps=2&selection=voted");
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.body()).contains("\"eligibleStations\":88709").contains("\"selection\":\"VOTED\"");
        assertThat(client.get("/api/referendums/ru-2020/forensics?reps=2").body()).contains("\"eligibleStations\":90579");
        assertThat(client.get("/api/referendums/ru-2020/forensics?reps=2&selection=both").statusCode()).isEqualTo(422);
    }

    @Test
    void formsAnswerABadValueOnTheirOwnPageInTheReadersLanguage() {
        HttpResponse<String> zero = client.get("/voting/referendums/ru-2020/forensics?reps=0&lang=kk");
        assertThat(zero.statusCode()).isEqualTo(400);
        assertThat(main(zero.body())).contains("«Симуляциялар»: 1-ден 2" + NBSP + "000-ге дейінгі бүтін сан болуы керек.")
                .doesNotContain("field reps").contains("name=\"reps\"");
        HttpResponse<String> word = client.get("/voting/referendums/ru-2020/forensics?reps=abc&lang=ru");
        assertThat(word.statusCode()).isEqualTo(400);
        assertThat(word.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(main(word.body())).contains("«Симуляций»: нужно целое число.").doesNotContain("Bad Request");
        HttpResponse<String> seats = client.get("/voting/seats/kz-mazhilis-2023?seats=0&method=nonsense&lang=en");
        assertThat(seats.statusCode()).isEqualTo(400);
        assertThat(main(seats.body())).contains("\u201cSeats\u201d must be a whole number from 1 to 1,000.")
                .contains("\u201cMethod\u201d: choose one of the options in the list.").doesNotContain("field seats");
        HttpResponse<String> missing = client.get("/voting/referendums/no-such-vote?lang=kk");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(main(missing.body())).contains("Мұндай дауыс беру немесе жер жоқ").doesNotContain("no vote");
        assertThat(main(client.get("/voting/referendums/ru-2020?unit=nowhere&lang=ru").body())).contains("Такого голосования или места здесь нет");
    }

    @Test
    void theSeatsTableSpeaksTheReadersLanguage() {
        String ru = main(page("/voting/seats/kz-mazhilis-2023?seats=69&lang=ru"));
        assertThat(ru).contains("Против всех").contains("Народная партия Казахстана").doesNotContain("Against all")
                .doesNotContain("People's Party");
        assertThat(main(page("/voting/seats/kz-mazhilis-2023?seats=69&lang=kk"))).contains("Бәріне қарсы").contains("Ақ жол");
        assertThat(main(page("/voting/referendums/ru-2020/forensics?reps=20&lang=kk"))).doesNotContain("Seed");
    }

    @Test
    void aHypotheticalHouseSaysWhatIfAndComparesSharesOfSeats() {
        String whatIf = main(page("/voting/seats/kz-mazhilis-2023?seats=145&lang=en"));
        assertThat(whatIf).contains("What if the house had 145 seats").contains("Not an official result")
                .contains("What if: seats of 145 (% of them)").contains("Official: seats of 69 (% of them)")
                .contains(">83</span><span class=\"share\">57.2 %<").contains(">40</span><span class=\"share\">58.0 %<").doesNotContain(">Official seats<");
        String official = main(page("/voting/seats/kz-mazhilis-2023?seats=69&lang=en"));
        assertThat(official).contains("The allocation of 69 seats").contains(">Official seats<").doesNotContain("Not an official result");
        assertThat(main(page("/voting?lang=ru"))).contains("69 мест: официальный итог").contains("Что, если бы в палате было 145 мест");
    }

    @Test
    void theFooterLeadsToAReadableApiPageAndTheJsonStaysForMachines() {
        assertThat(page("/voting?lang=en")).contains("href=\"/open-api\"");
        HttpResponse<String> redirect = client.get("/open-api");
        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(redirect.headers().firstValue("Location").orElse("")).endsWith("/swagger-ui/index.html");
        HttpResponse<String> ui = client.get("/swagger-ui/index.html");
        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(ui.body()).contains("swagger-ui-bundle.js").doesNotContain("<script>");
        // The site's policy, unchanged: no inline script or style is allowed for it.
        assertThat(ui.headers().firstValue("Content-Security-Policy").orElse("")).contains("script-src 'self'")
                .doesNotContain("unsafe-inline");
        assertThat(client.get("/swagger-ui/swagger-initializer.js").body()).contains("/api/openapi/swagger-config");
        assertThat(client.get("/api/openapi/swagger-config").body()).contains("\"url\":\"/api/openapi\"");
        assertThat(client.get("/api/openapi").body()).contains("\"openapi\"");
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
