package org.atazan.commission.web;

import org.atazan.HttpTestClient;
import org.atazan.PlatformTest;
import org.atazan.ServerConnections;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Viewers of a meeting's live page who leave free their streams and the server's sockets within a few
 * heartbeats: streams opened on the real port with raw sockets (made-up client addresses in X-Forwarded-For,
 * so that the per-address cap is not what is tested), the server's connections counted in /proc/net/tcp.
 */
class CommissionStreamsReleasedTest extends PlatformTest {
    /** Far longer than two heartbeats; the test ends as soon as the counts are back. */
    static final Duration PATIENCE = Duration.ofSeconds(90);
    @LocalServerPort
    int port;
    @Autowired
    CommissionLive live;
    final List<Socket> sockets = new ArrayList<>();

    @AfterEach
    void closeAll() throws IOException {
        for (Socket s : sockets) s.close();
    }

    @Test
    void streamsAndTheirSocketsAreReleasedSoonAfterTheViewersLeave() throws Exception {
        MeetingScript s = new MeetingScript(new HttpTestClient(port), ADMIN, ADMIN_PASSWORD);
        String meeting = "live-" + s.tag;
        s.open(meeting, "2026-03-10");
        long before = live.streams();
        int n = 40;
        for (int i = 0; i < n; i++) open(meeting, "203.0.113." + (i % 8));
        Set<Integer> clientPorts = new HashSet<>();
        for (Socket k : sockets) clientPorts.add(k.getLocalPort());
        assertThat(live.streams()).isGreaterThanOrEqualTo((int) before + n);
        assertThat(ServerConnections.to(port, clientPorts)).as("the count sees the open streams").isEqualTo(n);

        for (Socket k : sockets) k.close();
        sockets.clear();
        await("every stream to be released", live::streams, before);
        await("every server connection of the streams to be closed", () -> ServerConnections.to(port, clientPorts), 0);
    }

    private void open(String meeting, String client) throws IOException {
        Socket k = new Socket(InetAddress.getLoopbackAddress(), port);
        sockets.add(k);
        k.setSoTimeout((int) PATIENCE.toMillis());
        OutputStream out = k.getOutputStream();
        out.write(("GET /api/commission/meetings/" + meeting + "/events HTTP/1.1\r\nHost: localhost\r\nAccept: text/event-stream\r\n"
                + "X-Forwarded-For: " + client + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        BufferedReader in = new BufferedReader(new InputStreamReader(k.getInputStream(), StandardCharsets.UTF_8));
        assertThat(in.readLine()).startsWith("HTTP/1.1 200");
        // The stream's first comment: it is open on the server.
        String line = in.readLine();
        while (line != null && !line.startsWith(":open")) line = in.readLine();
        assertThat(line).isNotNull();
    }

    private static void await(String what, LongSupplier count, long atMost) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        long now = count.getAsLong();
        while (now > atMost && System.nanoTime() < deadline) {
            Thread.sleep(100);
            now = count.getAsLong();
        }
        assertThat(now).as("waited up to %s for %s", PATIENCE, what).isLessThanOrEqualTo(atMost);
    }
}
