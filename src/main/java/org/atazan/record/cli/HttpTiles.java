package org.atazan.record.cli;

import org.atazan.record.TileSource;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.NoSuchFileException;
import java.time.Duration;

/** A log served over HTTP(S): {@code URL/checkpoint}, {@code URL/tile/...}; a 404 is a missing tile. */
final class HttpTiles implements TileSource {
    private final String base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    HttpTiles(String url) {
        String b = url.endsWith("/") ? url : url + "/";
        try {
            URI u = URI.create(b);
            if (u.getHost() == null) throw new IllegalArgumentException("no host");
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(url + ": not a web address (" + e.getMessage() + ")");
        }
        this.base = b;
    }

    static boolean isUrl(String s) {
        return s.startsWith("http://") || s.startsWith("https://");
    }

    /** Tries a read up to three times when the connection fails or the server answers 5xx: a log is thousands of requests. */
    @Override
    public byte[] read(String path, int maxBytes) throws IOException {
        for (int attempt = 1; ; attempt++) {
            try {
                return readOnce(path, maxBytes);
            } catch (NoSuchFileException | TooLarge | ClientError e) {
                throw e;
            } catch (IOException e) {
                if (attempt == 3) throw e;
                try {
                    Thread.sleep(200L * attempt);
                } catch (InterruptedException i) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /** A 4xx other than 404: asking again will not help. */
    static final class ClientError extends IOException {
        ClientError(String message) {
            super(message);
        }
    }

    private byte[] readOnce(String path, int maxBytes) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).GET().build();
        HttpResponse<InputStream> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        } catch (java.net.ConnectException e) {
            throw new IOException("cannot connect to " + request.uri().getHost() + ":" + request.uri().getPort() + " (" + (e.getMessage() == null ? "refused" : e.getMessage()) + ")", e);
        } catch (java.net.http.HttpTimeoutException e) {
            throw new IOException("no answer in time from " + request.uri(), e);
        } catch (IOException e) {
            throw new IOException(e.getMessage() == null ? "network error reading " + request.uri() : e.getMessage(), e);
        }
        try (InputStream in = response.body()) {
            if (response.statusCode() == 404) throw new NoSuchFileException(path);
            if (response.statusCode() >= 400 && response.statusCode() < 500) {
                throw new ClientError("HTTP " + response.statusCode() + " for " + base + path);
            }
            if (response.statusCode() != 200) throw new IOException("HTTP " + response.statusCode() + " for " + base + path);
            return TileSource.readBounded(in, path, maxBytes);
        }
    }

    @Override
    public boolean remote() {
        return true;
    }

    @Override
    public String where() {
        return base;
    }
}
