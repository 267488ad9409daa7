package org.atazan.charter.web;

import org.atazan.HttpTestClient;
import org.atazan.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The Charter pages on the demo data: start page, contents, article, search, comparison. */
class CharterWebTest extends PlatformTest {

    @LocalServerPort
    int port;
    HttpTestClient client;

    @BeforeEach
    void client() {
        client = new HttpTestClient(port);
    }

    @Test
    void startPageLeadsWithHowKazakhstansConstitutionChanged() {
        HttpResponse<String> r = client.get("/?lang=en");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("How the Constitution of the Republic of Kazakhstan changed")
                .contains("of the text changed")
                .contains("/charters/kz/compare");
        assertThat(client.get("/?lang=ru").body()).contains("Как изменилась Конституция Республики Казахстан")
                .contains("Новое в редакции 2026").contains("href=\"/charters/kz/versions/2026/articles/3\"")
                .contains("kind=repealed");
        assertThat(client.get("/?lang=kk").body()).contains("Қазақстан Республикасының Конституциясы қалай өзгерді");
    }

    @Test
    void versionPageListsTheContentsWithAStableAddressPerArticle() {
        HttpResponse<String> r = client.get("/charters/kz/versions/2026?lang=ru");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("Содержание").contains("href=\"/charters/kz/versions/2026/articles/96\"");
    }

    @Test
    void articlePageShowsTheArticleText() {
        HttpResponse<String> r = client.get("/charters/de-gg/versions/2012-07-11/articles/93?lang=en");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("Article 93").contains("Bundesverfassungsgericht").contains("4c.");
    }

    @Test
    void anArticleSaysWhereItIsInTheOtherVersion() {
        // The President: article 40 of 1995 is article 42 of 2026 (paired by content).
        String page = client.get("/charters/kz/versions/1995/articles/40?lang=en").body();
        assertThat(page).contains("In version 2026:").contains("href=\"/charters/kz/versions/2026/articles/42\"").contains("moved");
        assertThat(client.get("/charters/kz/versions/2026/articles/52?lang=en").body())
                .contains("href=\"/charters/kz/versions/1995/articles/49\"");
    }

    @Test
    void repealedArticleIsShownAsAGap() {
        HttpResponse<String> r = client.get("/charters/kz/versions/1995/articles/84?lang=ru");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("class=\"repealed\"").contains("Исключена");
    }

    @Test
    void unknownArticleIsA404Page() {
        HttpResponse<String> r = client.get("/charters/kz/versions/2026/articles/999", "Accept", "text/html");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).contains("has no article 999");
    }

    @Test
    void searchFindsArticlesAndMarksTheWords() {
        HttpResponse<String> r = client.get("/charters/kz/versions/2026?q=%D0%9A%D1%83%D1%80%D1%83%D0%BB%D1%82%D0%B0%D0%B9&lang=ru");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("<mark>").contains("/charters/kz/versions/2026/articles/");
    }

    @Test
    void comparisonPageShowsCountsAndARedline() {
        HttpResponse<String> r = client.get("/charters/de-gg/compare?from=2012-07-02&to=2012-07-11&lang=en");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("id=\"new-93\"").contains("<ins>").contains("1 article");
    }

    @Test
    void comparisonSideBySideAndAllArticles() {
        HttpResponse<String> r = client.get("/charters/de-gg/compare?from=2012-07-02&to=2012-07-11&view=side&show=all&lang=en");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("class=\"side-by-side\"").contains("195 articles");
    }

    @Test
    void comparingAVersionWithItselfIsExplained() {
        HttpResponse<String> r = client.get("/charters/kz/compare?from=2026&to=2026", "Accept", "text/html");
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("compared with itself");
    }
}
