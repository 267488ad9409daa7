package org.atazan.voting.web;

import org.atazan.HttpTestClient;
import org.atazan.PlatformTest;
import org.atazan.ServerConnections;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.BufferedReader;
import java.io.IOException;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.atazan.ServerConnections.await;
import static org.atazan.ServerConnections.lineStartingWith;

/**
 * Event streams whose clients have gone are released within seconds, sockets included, and one client
 * address cannot hold more than its share. Streams are opened on the real port with raw sockets; the
 * server's connections are counted in /proc/net/tcp (ESTABLISHED or CLOSE_WAIT on the server's port:
 * a closed client leaves the server's side in CLOSE_WAIT until the server closes it), only those whose
 * client port is one of this test's sockets. Each client
 * address here is a made-up one sent as X-Forwarded-For (Tomcat believes it from loopback, as from a
 * reverse proxy), so that other tests' streams from 127.0.0.1 never count against these.
 */
class LiveStreamsReleasedTest extends PlatformTest {
    /** Far longer than two heartbeats; the test ends as soon as the count is back. */
    static final Duration PATIENCE = Duration.ofSeconds(90);

    @LocalServerPort
    int port;
    @Autowired
    LiveEvents live;
    @Value("${atazan.live.max-streams-per-client}")
    int cap;
    String id;
    final List<Socket> sockets = new ArrayList<>();

    @BeforeEach
    void referendum() {
        HttpTestClient client = new HttpTestClient(port);
        id = "live-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(client.postJson("/api/referendums", "{\"id\":\"" + id + "\",\"title\":\"Live\",\"date\":\"2026-03-15\"}",
                ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(201);
        assertThat(client.postJson("/api/referendums/" + id + "/territories",
                "[{\"code\":\"L\",\"kind\":\"country\"},{\"code\":\"L/1\",\"kind\":\"station\",\"parent\":\"L\",\"registered\":100}]",
                ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(201);
    }

    @AfterEach
    void closeAll() throws IOException {
        for (Socket s : sockets) s.close();
    }

    @Test
    void streamsAndTheirSocketsAreReleasedSoonAfterTheirClientsLeave() throws Exception {
        long emittersBefore = live.streams();
        int n = 60;
        for (int i = 0; i < n; i++) open(address(i % 6));
        // Only this test's connections are counted (by their client ports): other tests' keep-alive
        // connections come and go meanwhile.
        Set<Integer> clientPorts = new HashSet<>();
        for (Socket s : sockets) clientPorts.add(s.getLocalPort());
        assertThat(live.streams()).isGreaterThanOrEqualTo((int) emittersBefore + n);
        assertThat(ServerConnections.to(port, clientPorts)).as("the count sees the open streams").isEqualTo(n);

        for (Socket s : sockets) s.close();
        sockets.clear();
        await("every emitter to be released", live::streams, emittersBefore, PATIENCE);
        await("every server connection of the streams to be closed", () -> ServerConnections.to(port, clientPorts), 0, PATIENCE);
    }

    @Test
    void anOpenStreamGetsAHeartbeatCommentEveryFewSeconds() throws Exception {
        // Clients ignore comment lines; a write that fails is how a client that has gone is found.
        assertThat(lineStartingWith(open(address(250)).reader(), ":")).isTrue();
    }

    @Test
    void oneClientAddressHoldsAtMostItsShareOfStreams() throws Exception {
        String client = address(ThreadLocalRandom.current().nextInt(100, 200));
        for (int i = 0; i < cap; i++) assertThat(open(client).status()).isEqualTo(200);
        ServerConnections.Stream refused = open(client);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.headers()).contains("content-type: application/problem+json");
        String body = readAll(refused.reader());
        assertThat(body).contains("\"status\":429").contains("atazan.live.max-streams-per-client");
        assertThat(open(address(201)).status()).as("another address is not limited by this one").isEqualTo(200);

        // Once one of its streams has gone, the address may open another.
        sockets.get(0).close();
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            ServerConnections.Stream again = open(client);
            if (again.status() == 200) break;
            assertThat(again.status()).isEqualTo(429);
            assertThat(System.nanoTime()).as("a slot freed within %s", PATIENCE).isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    static String address(int i) {
        return "198.51.100." + i;
    }

    /** A stream of this test's referendum opened over a raw socket, its first totals read when it is open. */
    private ServerConnections.Stream open(String client) throws IOException {
        ServerConnections.Stream opened = ServerConnections.openStream(port, "/api/referendums/" + id + "/events", client, PATIENCE);
        sockets.add(opened.socket());
        if (opened.status() == 200) assertThat(lineStartingWith(opened.reader(), "event:totals")).as("the first totals").isTrue();
        return opened;
    }

    private static String readAll(BufferedReader in) throws IOException {
        StringBuilder b = new StringBuilder();
        char[] buf = new char[4096];
        // The problem is a short body, chunked or with a length: read what comes until the server closes or pauses.
        try {
            for (int n = in.read(buf); n > 0; n = in.read(buf)) {
                b.append(buf, 0, n);
                if (b.indexOf("}") >= 0) break;
            }
        } catch (java.net.SocketTimeoutException e) {
            // what came is enough
        }
        return b.toString();
    }
}
