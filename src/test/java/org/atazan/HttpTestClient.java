package org.atazan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/** A small HTTP client for the tests that talk to the running platform as a browser or API client would. */
public final class HttpTestClient {
    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;

    public HttpTestClient(int port) {
        this.port = port;
    }

    public HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path));
        if (headers.length > 0) b.headers(headers);
        return send(b.build());
    }

    /** A GET with an account (HTTP Basic). */
    public HttpResponse<String> getAs(String path, String user, String password) {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", basic(user, password)).build());
    }

    public HttpResponse<String> postJson(String path, String json, String user, String password) {
        return post(path, "application/json", json, user, password);
    }

    public HttpResponse<String> post(String path, String contentType, String body, String user, String password) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (user != null) b.header("Authorization", basic(user, password));
        return send(b.build());
    }

    /** Any method (PUT, DELETE, ...) with an optional JSON body and an optional account. */
    public HttpResponse<String> json(String method, String path, String json, String user, String password) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (user != null) b.header("Authorization", basic(user, password));
        return send(b.build());
    }

    /** A multipart/form-data POST with one file part and text fields. */
    public HttpResponse<String> postFile(String path, String fileName, byte[] content, String user, String password,
                                         String... fields) {
        String boundary = "atazan" + UUID.randomUUID();
        var body = new java.io.ByteArrayOutputStream();
        try {
            for (int i = 0; i + 1 < fields.length; i += 2) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fields[i] + "\"\r\n\r\n"
                        + fields[i + 1] + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(content);
            body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (user != null) b.header("Authorization", basic(user, password));
        return send(b.build());
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest request) {
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
