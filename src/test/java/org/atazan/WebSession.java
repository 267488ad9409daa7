package org.atazan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One browser's session for page tests: cookies kept, redirects not followed (tests look at them),
 * forms posted with the CSRF token of the page they came from.
 */
public final class WebSession {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final int port;
    private final Map<String, String> headers = new LinkedHashMap<>();

    public WebSession(int port) {
        this.port = port;
    }

    public WebSession header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    /** The CSRF token of a form on the page at {@code path}. */
    public String csrf(String path) {
        HttpResponse<String> page = get(path);
        Matcher m = CSRF.matcher(page.body());
        if (!m.find()) throw new AssertionError("no CSRF field on " + path + " (" + page.statusCode() + ")");
        return m.group(1);
    }

    /** Posts a form as the page at {@code formPage} would, with its CSRF token. */
    public HttpResponse<String> submit(String formPage, String action, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", csrf(formPage));
        return post(action, all);
    }

    /** Posts a form as given (no token added: a forged form, or one whose token the test chose). */
    public HttpResponse<String> post(String action, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(request(action).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Posts an already encoded form body (a field given more than once, such as checkboxes). */
    public HttpResponse<String> postEncoded(String action, String body) {
        return send(request(action).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Signs in with the sign-in form; true if the platform accepted it. */
    public boolean signIn(String nameOrEmail, String password) {
        HttpResponse<String> r = submit("/login", "/login", Map.of("username", nameOrEmail, "password", password));
        return r.statusCode() == 302 && !r.headers().firstValue("Location").orElse("").contains("error");
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : "http://localhost:" + port + path));
        headers.forEach(b::header);
        return b;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
