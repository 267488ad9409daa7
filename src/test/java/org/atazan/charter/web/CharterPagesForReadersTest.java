package org.atazan.charter.web;

import org.atazan.HttpTestClient;
import org.atazan.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a reader sees on the charter pages: links that lead somewhere, the page's own words in the
 * reader's language and a word on any text in another one, dates and numbers as the reader writes them.
 */
class CharterPagesForReadersTest extends PlatformTest {

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

    @Test
    void anArticleWithoutCounterpartOffersNoLinkToHowItChanged() {
        // Article 3 of 2026 is new: nothing in 1995 to compare it with.
        String added = page("/charters/kz/versions/2026/articles/3?lang=en");
        assertThat(added).contains("Version 1995 has no counterpart of this article.")
                .doesNotContain("How this article changed").doesNotContain("/charters/kz/compare");
        // Article 40 of 1995 is article 42 of 2026: the link shows that one change, and it is there.
        String moved = page("/charters/kz/versions/1995/articles/40?lang=en");
        assertThat(moved).contains("href=\"/charters/kz/compare?from=1995&amp;to=2026&amp;article=old-40\"")
                .contains("How this article changed (version 2026)");
        String change = page("/charters/kz/compare?from=1995&to=2026&article=old-40&lang=en");
        assertThat(change).contains("1 article").contains("Article 40 \u2192 42").contains("id=\"new-42\"")
                .contains("Only one article is shown.");
        // Seen from 2026, the same change.
        assertThat(page("/charters/kz/versions/2026/articles/42?lang=en"))
                .contains("href=\"/charters/kz/compare?from=1995&amp;to=2026&amp;article=new-42\"");
        // An article unchanged between the two Grundgesetz versions: its counterpart, no "how it changed".
        String same = page("/charters/de-gg/versions/2012-07-11/articles/1?lang=en");
        assertThat(same).contains("/charters/de-gg/versions/2012-07-02/articles/1").contains("unchanged")
                .doesNotContain("How this article changed");
        assertThat(page("/charters/de-gg/versions/2012-07-11/articles/93?lang=en")).contains("How this article changed");
    }

    @Test
    void sideBySideShowsTheTwoSidesOnlyAndInlineTheOneRedline() {
        String side = page("/charters/de-gg/compare?from=2012-07-02&to=2012-07-11&view=side&lang=en");
        assertThat(side.split("class=\"redline\"", -1)).as("redlines side by side").hasSize(3);
        assertThat(side).contains("class=\"side-by-side\"");
        String inline = page("/charters/de-gg/compare?from=2012-07-02&to=2012-07-11&lang=en");
        assertThat(inline.split("class=\"redline\"", -1)).as("redlines inline").hasSize(2);
        assertThat(inline).doesNotContain("class=\"side-by-side\"");
    }

    @Test
    void aFocusOnAnArticleThatIsNotThereIsExplained() {
        assertThat(client.get("/charters/kz/compare?from=1995&to=2026&article=new-999", "Accept", "text/html").statusCode())
                .isEqualTo(404);
        HttpResponse<String> bad = client.get("/charters/kz/compare?from=1995&to=2026&article=42", "Accept", "text/html");
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("new-NUMBER");
    }

    @Test
    void textInAnotherLanguageThanTheReadersSaysSo() {
        String kk = page("/charters/kz/versions/2026/articles/42?lang=kk");
        assertThat(kk).contains("(орыс тілінде)").contains("<p lang=\"ru\">");
        assertThat(page("/charters/kz/versions/2026/articles/42?lang=en")).contains("(in Russian)");
        // A Russian reader of a Russian text is told nothing.
        assertThat(page("/charters/kz/versions/2026/articles/42?lang=ru")).doesNotContain("(на русском языке)");
        assertThat(page("/charters/de-gg/versions/2012-07-11/articles/1?lang=ru")).contains("(на немецком языке)")
                .contains("lang=\"de\"");
        // A version's source was typed in English: a Kazakh or Russian reader is told, an English one is not.
        assertThat(page("/charters/kz?lang=kk")).contains("<span lang=\"en\">Adilet").contains("(ағылшын тілінде)")
                .contains("Мәтіннің көзі");
        assertThat(page("/charters/kz?lang=ru")).contains("(на английском языке)");
        assertThat(page("/charters/kz?lang=en")).doesNotContain("(in English)");
        // The comparison of Russian texts, read in Kazakh.
        assertThat(page("/charters/kz/compare?lang=kk")).contains("(орыс тілінде)").contains("Белгілер:");
    }

    @Test
    void aRefusalOnACharterPageSaysItsReasonIsInEnglish() {
        HttpResponse<String> missing = client.get("/charters/kz/versions/2026/articles/999?lang=kk", "Accept", "text/html");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("<span lang=\"en\">Version &#39;2026&#39; of charter &#39;kz&#39; has no article 999</span>")
                .contains("(ағылшын тілінде)");
        HttpResponse<String> self = client.get("/charters/kz/compare?from=2026&to=2026&lang=ru", "Accept", "text/html");
        assertThat(self.statusCode()).isEqualTo(422);
        assertThat(self.body()).contains("compared with itself").contains("(на английском языке)");
        assertThat(client.get("/charters/kz/compare?from=2026&to=2026&lang=en", "Accept", "text/html").body())
                .contains("compared with itself").doesNotContain("(in English)");
    }

    @Test
    void datesAndNumbersAreWrittenAsTheReaderWritesThem() {
        String kk = page("/charters/kz?lang=kk");
        assertThat(kk).contains("<time datetime=\"2026-07-01\">2026 ж. 01 шіл.</time>");
        assertThat(page("/charters/kz?lang=ru")).contains(">1 июл. 2026 г.</time>");
        assertThat(page("/charters/kz?lang=en")).contains(">Jul 1, 2026</time>");
        assertThat(page("/charters/kz/versions/2026?lang=ru")).contains("1 июля 2026 г.").doesNotContain(">2026-07-01<")
                .doesNotContain(", 2026-07-01,");
        // Germany's versions are named by their dates: shown as dates, addressed by id.
        String gg = page("/charters/de-gg/compare?lang=en");
        assertThat(gg).contains("Version Jul 2, 2012 compared with version Jul 11, 2012")
                .contains("value=\"2012-07-02\"");
        assertThat(page("/charters/de-gg/compare?lang=ru")).contains("2 июл. 2012 г.");
        // The changed share: "61.5%" in English, "61,5 %" in Russian (a no-break space before the sign).
        assertThat(page("/charters/kz/compare?lang=en")).containsPattern(">\\d{1,2}\\.\\d%<");
        assertThat(page("/charters/kz/compare?lang=ru")).containsPattern(">\\d{1,2},\\d\u00a0%<");
    }
}
