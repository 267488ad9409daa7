package org.atazan.commission.web;

import org.atazan.HttpTestClient;
import org.atazan.PlatformTest;
import org.atazan.ServerConnections;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
        ServerConnections.await("every stream to be released", live::streams, before, PATIENCE);
        ServerConnections.await("every server connection of the streams to be closed", () -> ServerConnections.to(port, clientPorts), 0, PATIENCE);
    }

    private void open(String meeting, String client) throws IOException {
        ServerConnections.Stream k = ServerConnections.openStream(port, "/api/commission/meetings/" + meeting + "/events", client, PATIENCE);
        sockets.add(k.socket());
        assertThat(k.status()).isEqualTo(200);
        // The stream's first comment: it is open on the server.
        assertThat(ServerConnections.lineStartingWith(k.reader(), ":open")).isTrue();
    }
}
