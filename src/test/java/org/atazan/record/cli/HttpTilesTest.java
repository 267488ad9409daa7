package org.atazan.record.cli;

import com.sun.net.httpserver.HttpServer;
import org.atazan.record.TileSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.NoSuchFileException;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A log over HTTP: a passing server error is tried again, a 404 is a missing tile, a 403 and an overlong body are not retried. */
class HttpTilesTest {
    HttpServer server;
    final AtomicInteger calls = new AtomicInteger();

    String serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            int n = calls.incrementAndGet();
            String path = exchange.getRequestURI().getPath();
            int status = path.endsWith("/flaky") && n == 1 ? 503 : path.endsWith("/forbidden") ? 403 : path.endsWith("/none") ? 404 : 200;
            byte[] body = path.endsWith("/big") ? new byte[100] : "ok".getBytes();
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/log";
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void readsAreRetriedOnlyWhenAskingAgainCanHelp() throws IOException {
        HttpTiles tiles = new HttpTiles(serve());
        assertThat(tiles.remote()).isTrue();
        assertThat(new String(tiles.read("flaky", 10))).isEqualTo("ok");
        assertThat(calls.get()).isEqualTo(2);
        calls.set(0);
        assertThatThrownBy(() -> tiles.read("forbidden", 10)).hasMessageContaining("HTTP 403");
        assertThat(calls.get()).isEqualTo(1);
        assertThatThrownBy(() -> tiles.read("none", 10)).isInstanceOf(NoSuchFileException.class);
        assertThatThrownBy(() -> tiles.read("big", 10)).isInstanceOf(TileSource.TooLarge.class).hasMessageContaining("longer than 10 bytes");
        assertThat(calls.get()).isEqualTo(3);
        assertThatThrownBy(() -> new HttpTiles("http://")).hasMessageContaining("not a web address");
    }
}
