package org.atazan.voting.web;

import org.atazan.HttpTestClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Accounts of election officials for the tests, their assignments by the admin, and a signed-in browser session. */
final class Officials {
    static final String PASSWORD = "official-password-1";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final int port;
    private final String admin;
    private final String adminPassword;

    Officials(int port, String admin, String adminPassword) {
        this.port = port;
        this.admin = admin;
        this.adminPassword = adminPassword;
    }

    /** A new ELECTION_OFFICIAL account, assigned to nothing. */
    String create(String prefix) {
        String name = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> r = new HttpTestClient(port).postJson("/api/accounts", "{\"username\":\"" + name + "\",\"password\":\""
                + PASSWORD + "\",\"roles\":[\"ELECTION_OFFICIAL\"]}", admin, adminPassword);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return name;
    }

    /** The admin assigns the account to the vote. */
    void assign(String account, String vote) {
        HttpResponse<String> r = send(HttpRequest.newBuilder(uri("/api/accounts/" + account + "/assignments/vote/" + vote))
                .header("Authorization", basic(admin, adminPassword)).PUT(HttpRequest.BodyPublishers.noBody()).build(), HttpClient.newHttpClient());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    }

    /** A browser session signed in as the account: cookies kept, redirects not followed. */
    Session signIn(String account, String password) {
        Session s = new Session();
        Matcher m = CSRF.matcher(s.get("/login").body());
        assertThat(m.find()).as("CSRF field on the sign-in page").isTrue();
        HttpResponse<String> r = s.post("/login", Map.of("username", account, "password", password, "_csrf", m.group(1)));
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location").orElse("")).doesNotContain("error");
        return s;
    }

    final class Session {
        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> get(String path) {
            return send(HttpRequest.newBuilder(uri(path)).GET().build(), http);
        }

        HttpResponse<String> post(String path, Map<String, String> fields) {
            String body = fields.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), http);
        }

        /** The CSRF token of a page's forms. */
        String csrf(String page) {
            Matcher m = CSRF.matcher(get(page).body());
            assertThat(m.find()).as("CSRF field on " + page).isTrue();
            return m.group(1);
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static HttpResponse<String> send(HttpRequest request, HttpClient http) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
