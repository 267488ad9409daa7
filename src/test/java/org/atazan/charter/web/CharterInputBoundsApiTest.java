package org.atazan.charter.web;

import org.atazan.HttpTestClient;
import org.atazan.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.ObjectMapper;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Input past a reader's limit is a 422 problem naming the limit and the line, and nothing is stored. */
class CharterInputBoundsApiTest extends PlatformTest {

    @LocalServerPort
    int port;

    static String deepAkn(int depth) {
        StringBuilder sb = new StringBuilder("<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\">\n<act name=\"x\">\n"
                + "<body>\n<article>\n<num>1</num>\n<content>\n<p>");
        for (int i = 0; i < depth; i++) sb.append("\n<i>").append("x".repeat(1000));
        for (int i = 0; i < depth; i++) sb.append("</i>");
        return sb.append("</p>\n</content>\n</article>\n</body>\n</act>\n</akomaNtoso>\n").toString();
    }

    @Test
    void tooDeepTooLongOrWithoutArticleIsA422NamingTheLimitAndLine() {
        HttpTestClient client = new HttpTestClient(port);
        ObjectMapper json = new ObjectMapper();
        String id = "b" + UUID.randomUUID().toString().substring(0, 6);
        assertThat(client.postJson("/api/charters", "{\"id\":\"" + id + "\",\"title\":\"Bounds\",\"country\":\"kz\"}",
                ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(201);

        HttpResponse<String> deep = client.postFile("/api/charters/" + id + "/versions", "deep.xml",
                deepAkn(3000).getBytes(StandardCharsets.UTF_8), ADMIN, ADMIN_PASSWORD,
                "id", "v1", "date", "2026-01-31", "language", "ru");
        assertThat(deep.statusCode()).as(deep.body()).isEqualTo(422);
        assertThat(json.readTree(deep.body()).get("detail").asString())
                .isEqualTo("deep.xml:66: element <i> is nested more than 64 elements deep (the limit, setting atazan.limits.akn-depth)");

        HttpResponse<String> longLine = client.postFile("/api/charters/" + id + "/versions", "one-line.txt",
                ("Статья 1\n" + "я".repeat(200_000)).getBytes(StandardCharsets.UTF_8), ADMIN, ADMIN_PASSWORD,
                "id", "v1", "date", "2026-01-31", "language", "ru");
        assertThat(longLine.statusCode()).as(longLine.body()).isEqualTo(422);
        assertThat(json.readTree(longLine.body()).get("detail").asString())
                .isEqualTo("one-line.txt:2: line longer than 100,000 characters (the limit, setting atazan.limits.charter-line)");

        HttpResponse<String> noArticle = client.postFile("/api/charters/" + id + "/versions", "empty.xml",
                "<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\"><act><body/></act></akomaNtoso>"
                        .getBytes(StandardCharsets.UTF_8), ADMIN, ADMIN_PASSWORD,
                "id", "v1", "date", "2026-01-31", "language", "ru");
        assertThat(noArticle.statusCode()).as(noArticle.body()).isEqualTo(422);
        assertThat(json.readTree(noArticle.body()).get("detail").asString()).contains("empty.xml").contains("no <article>");

        assertThat(json.readTree(client.get("/api/charters/" + id + "/versions").body())).isEmpty();
    }
}
