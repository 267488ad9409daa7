package org.atazan.platform;

import org.atazan.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The platform as a whole: health, errors as pages and problems, languages, access control. */
class PlatformSmokeTest extends PlatformTest {

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    HttpResponse<String> get(String path, String... headers) {
        return new org.atazan.HttpTestClient(port).get(path, headers);
    }

    @Test
    void healthAnswers() throws Exception {
        HttpResponse<String> r = get("/actuator/health");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void unknownPageIsAReadable404Page() throws Exception {
        HttpResponse<String> r = get("/no-such-page", "Accept", "text/html");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
        assertThat(r.body()).contains("Not found");
    }

    @Test
    void apiWriteWithoutAccountIsRefusedAsAProblem() throws Exception {
        HttpResponse<String> r = new org.atazan.HttpTestClient(port).postJson("/api/charters", "{}", null, null);
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json;charset=UTF-8");
        assertThat(r.body()).contains("\"status\":401");
    }

    @Test
    void pageWriteWithoutCsrfTokenIsRefused() throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=x")).build();
        assertThat(http.send(req, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(403);
    }

    @Test
    void languageComesFromTheBrowserOrTheSwitch() throws Exception {
        assertThat(get("/login", "Accept-Language", "kk-KZ,kk;q=0.9").body()).contains("Кіру").contains("lang=\"kk\"");
        assertThat(get("/login", "Accept-Language", "ru-RU").body()).contains("Вход");
        assertThat(get("/login?lang=en", "Accept-Language", "ru-RU").body()).contains("Sign in");
        assertThat(get("/login", "Accept-Language", "de-DE").body()).contains("Sign in");
    }

    @Test
    void openApiDocumentIsServed() throws Exception {
        HttpResponse<String> r = get("/api/openapi");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"openapi\"");
    }

    @Test
    void unknownApiPathIsAProblemDocument() throws Exception {
        HttpResponse<String> r = get("/api/no-such-thing");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        assertThat(r.body()).contains("\"status\":404").contains("/api/no-such-thing");
    }

    @Test
    void malformedJsonAndBadParametersAreProblemsThatSayWhat() {
        var client = new org.atazan.HttpTestClient(port);
        HttpResponse<String> malformed = client.postJson("/api/charters", "{\"id\": ", ADMIN, ADMIN_PASSWORD);
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        HttpResponse<String> badNumber = client.get("/api/charters/kz/versions/2026/search?q=x&limit=many");
        assertThat(badNumber.statusCode()).isEqualTo(400);
        assertThat(badNumber.body()).contains("limit");
    }
}
