package org.atazan.commission.web;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.atazan.HttpTestClient;
import org.atazan.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The commission's public pages on the demo commission, over HTTP in kk, ru and en: the bodies, a body
 * (members by role, rules in words, meetings), a meeting with its arithmetic, approved minutes as a page
 * and a PDF; the last meeting's draft minutes are nobody's business but the members'.
 */
class CommissionPagesTest extends PlatformTest {
    static final String BODY = "/commission/bodies/kz-constitutional-commission-2026-sample";
    @LocalServerPort
    int port;

    String page(String path, String lang) {
        HttpResponse<String> r = new HttpTestClient(port).get(path + "?lang=" + lang);
        assertThat(r.statusCode()).as(path + " " + lang).isEqualTo(200);
        return r.body();
    }

    /**
     * The words of the page's main landmark, without codes marked translate="no" (ids, references) and
     * bodies' names in the list (as people wrote them: other tests' bodies have English names).
     */
    static String mainText(String html) {
        assertThat(html.split("<main", -1)).as("one main landmark").hasSize(2);
        String main = html.substring(html.indexOf("<main"), html.indexOf("</main>"));
        main = main.replaceAll("(?s)<(\\w+)[^>]*translate=\"no\"[^>]*>.*?</\\1>", " ");
        main = main.replaceAll("(?s)<h2 class=\"b-title\">.*?</h2>", " ");
        main = main.replaceAll("(?s)<script.*?</script>", " ").replaceAll("<[^>]+>", " ");
        return HtmlUtils.htmlUnescape(main).replaceAll("\\s+", " ");
    }

    static void noEnglish(String html, String what) {
        // SHA-256 and PDF are the names of a hash and a format, in every language.
        Matcher m = Pattern.compile("\\b[A-Za-z]{3,}\\b").matcher(mainText(html).replace("SHA-256", "").replace("PDF", ""));
        assertThat(m.find() ? m.group() : null).as(what + ": an English word on the page").isNull();
    }

    @Test
    void theBodiesAndTheBodyInEachLanguage() {
        for (String lang : new String[]{"kk", "ru", "en"}) {
            String index = page("/commission", lang);
            assertThat(index).contains("href=\"" + BODY + "\"", "href=\"/commission\"");
            String body = page(BODY, lang);
            assertThat(body).contains(Map.of("kk", "Конституциялық Сот Төрағасы", "ru", "Председатель Конституционного Суда",
                            "en", "Chair of the Constitutional Court").get(lang), Map.of("kk", "Комиссия төрағасының орынбасары (1)", "ru",
                            "Заместитель председателя комиссии (1)", "en", "Deputy chair of the commission (1)").get(lang),
                    "href=\"/commission/meetings/kz-cc-2026-01\"", "href=\"/commission/meetings/kz-cc-2026-10\"",
                    "href=\"/commission/meetings/kz-cc-2026-09/minutes\"")
                    .doesNotContain("href=\"/commission/meetings/kz-cc-2026-10/minutes\"")
                    .doesNotContain("sample:kz-cc");
            if (!lang.equals("en")) {
                noEnglish(index, "index " + lang);
                noEnglish(body, "body " + lang);
            }
        }
        String en = page(BODY, "en");
        assertThat(en).contains("Constitutional Commission (Kazakhstan, 2026)", "Deputy chairs", "Sample data",
                "Quorum: more than half of the members must be present, 66 of 130.",
                "The draft: adopted by at least two thirds of all members, 87 of 130.",
                "Secret votes are allowed.", "January 22, 2026");
        String ru = page(BODY, "ru");
        assertThat(ru).contains("Конституционная комиссия (Казахстан, 2026)", "Заместители председателя",
                "Кворум: должны присутствовать более половины членов, 66 из 130.", "22 января 2026");
        String kk = page(BODY, "kk");
        assertThat(kk).contains("Конституциялық комиссия (Қазақстан, 2026)", "Төрағаның орынбасарлары", "қаңтар");
        assertThat(kk.split("<li>Ерлан|<li>", -1).length).as("every member listed").isGreaterThan(130);
    }

    @Test
    void aMeetingShowsEachVotesArithmeticAndLinksItsMinutes() {
        String en = page("/commission/meetings/kz-cc-2026-05", "en");
        assertThat(en).contains("for of 130 members; needed 87: adopted", "January 30, 2026",
                "href=\"/commission/meetings/kz-cc-2026-05/minutes\"", "href=\"" + BODY + "\"");
        for (String lang : new String[]{"kk", "ru"}) noEnglish(page("/commission/meetings/kz-cc-2026-05", lang), "meeting " + lang);
        assertThat(page("/commission/meetings/kz-cc-2026-05", "ru")).contains("из 130").contains("30 января 2026");
        // The demo's agenda and place, typed in Russian, are shown in Kazakh and English from the body's translations.
        assertThat(page("/commission/meetings/kz-cc-2026-05", "en")).contains("Astana, Palace of Independence",
                "Approval of the first draft of the Constitution for publication on 31 January",
                "Approval of the minutes of the meeting of 28.01.2026").doesNotContain("(in Russian)");
        assertThat(page("/commission/meetings/kz-cc-2026-05", "kk")).contains("Астана, Тәуелсіздік сарайы", "70-бап: Қазақстан Халық Кеңесі");
        assertThat(page("/commission/meetings/kz-cc-2026-03/minutes", "en")).contains("Head of the working group on human rights");
        // The last meeting's minutes are a draft: no link for the public.
        assertThat(page("/commission/meetings/kz-cc-2026-10", "en")).doesNotContain("/minutes\"");
    }

    @Test
    void approvedMinutesArePublicAsAPageAndAPdfAndTheDraftIsNot() throws Exception {
        for (String lang : new String[]{"kk", "ru", "en"}) {
            String minutes = page("/commission/meetings/kz-cc-2026-03/minutes", lang);
            if (!lang.equals("en")) noEnglish(minutes, "minutes " + lang);
            assertThat(minutes).contains("href=\"/commission/meetings/kz-cc-2026-03/minutes.pdf\"");
        }
        String en = page("/commission/meetings/kz-cc-2026-03/minutes", "en");
        assertThat(en).contains("Approved on January 28, 2026 by vote 1 of the meeting of January 28, 2026", "SHA-256 of the approved text: ",
                "Item 2: Head of the working group on human rights", "Took the floor: ", "For (", "Voted (", "Astana, Palace of Independence");
        // A Russian date ends in "г.": the sentence adds no second full stop.
        assertThat(page("/commission/meetings/kz-cc-2026-03/minutes", "ru"))
                .contains("Утверждён 28 января 2026 г. голосованием 1 заседания 28 января 2026 г.</p>");
        // The secret poll (item 2) says who voted, never how: its section lists voters and no choice by name.
        String secret = en.substring(en.indexOf("Item 2:"), en.indexOf("Item 3:"));
        assertThat(secret).contains("A secret vote", "Voted (").doesNotContain("For (").doesNotContain("Against (");

        byte[] pdf = bytes("/commission/meetings/kz-cc-2026-03/minutes.pdf?lang=ru");
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        try (var doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            String flat = text.replaceAll("\\s+", " ");
            assertThat(flat).contains("Протокол заседания: Конституционная комиссия (Казахстан, 2026), 26 января 2026",
                    "Вопрос 2: Руководитель рабочей группы по правам человека", "Тайное голосование", "Проголосовали (",
                    "Вопрос 3: Статья 18", "За (", "Қасымов".isEmpty() ? "" : "Утверждён");
            assertThat(flat).matches(".*\\d+ за из 130.*|.*из 130.*");
            assertThat(text).contains("Страница 1 из");
            String secretPart = flat.substring(flat.indexOf("Вопрос 2:"), flat.indexOf("Вопрос 3:"));
            assertThat(secretPart).contains("Проголосовали (").doesNotContain("За (").doesNotContain("Против (");
        }
        try (var doc = Loader.loadPDF(bytes("/commission/meetings/kz-cc-2026-03/minutes.pdf?lang=kk"))) {
            assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", " ")).contains("Отырыс хаттамасы: Конституциялық комиссия (Қазақстан, 2026)",
                    "2-мәселе", "Адам құқықтары жөніндегі жұмыс тобының жетекшісі", "Астана, Тәуелсіздік сарайы");
        }

        // The last meeting's minutes are not approved: the public gets 404, as for minutes that do not exist.
        HttpTestClient http = new HttpTestClient(port);
        assertThat(http.get("/commission/meetings/kz-cc-2026-10/minutes").statusCode()).isEqualTo(404);
        assertThat(http.get("/commission/meetings/kz-cc-2026-10/minutes.pdf").statusCode()).isEqualTo(404);
        assertThat(http.getAs("/commission/meetings/kz-cc-2026-10/minutes", ADMIN, ADMIN_PASSWORD).statusCode())
                .as("the admin holds no seat").isEqualTo(404);
        assertThat(http.get("/commission/meetings/no-such/minutes").statusCode()).isEqualTo(404);
    }

    byte[] bytes(String path) throws Exception {
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        return r.body();
    }

    @Test
    void aTextWithoutTranslationIsShownAsTypedAndMarkedWithItsLanguage() {
        MeetingScript s = new MeetingScript(new HttpTestClient(port), ADMIN, ADMIN_PASSWORD);
        s.open("typed-" + s.tag, "2026-03-10");
        String ru = page("/commission/meetings/typed-" + s.tag, "ru");
        assertThat(ru).contains("<span lang=\"en\">Article 52</span>", "(на английском языке)");
        assertThat(page("/commission/meetings/typed-" + s.tag, "en")).contains("Article 52").doesNotContain("(in English)");
    }
}
