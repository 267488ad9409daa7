package org.atazan.voting.web;

import org.atazan.HttpTestClient;
import org.atazan.PlatformTest;
import org.atazan.platform.live.PgClusterSignals;
import org.atazan.voting.LiveTotals;
import org.atazan.voting.Referendums;
import org.atazan.voting.Results;
import org.atazan.voting.VoteRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.SseTap;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes on one database: node A is the running platform, where protocols are accepted through the API;
 * node B is a second {@link LiveEvents} built by hand, with totals of its own in memory and signals of its own
 * over the same database, and a viewer whose stream a {@link SseTap} reads. What A accepts reaches B's viewer.
 */
class LiveEventsAcrossNodesTest extends PlatformTest {
    static final Duration PATIENCE = Duration.ofSeconds(30);

    @LocalServerPort
    int port;
    @Autowired
    DataSource db;
    @Autowired
    Referendums store;
    @Autowired
    VoteRegistry votes;
    @Autowired
    Results results;

    @Test
    void aProtocolAcceptedOnOneNodeReachesTheViewersOfAnotherThroughTheDatabase() throws InterruptedException {
        HttpTestClient client = new HttpTestClient(port);
        String id = "nodes-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(client.postJson("/api/referendums", "{\"id\":\"" + id + "\",\"title\":\"Nodes\",\"date\":\"2026-03-15\"}",
                ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(201);
        assertThat(client.postJson("/api/referendums/" + id + "/territories",
                "[{\"code\":\"N\",\"kind\":\"country\"},{\"code\":\"N/1\",\"kind\":\"station\",\"parent\":\"N\",\"registered\":100}]",
                ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(201);

        try (PgClusterSignals signalsB = new PgClusterSignals(db, 100)) {
            LiveTotals totalsB = new LiveTotals(store, votes);
            ResultPageCache.Decisions decisionsB = new ResultPageCache.Decisions();
            LiveEvents b = new LiveEvents(votes, totalsB, results, decisionsB, signalsB, Duration.ofSeconds(5), 20);
            try {
                for (int i = 0; i < 100 && !signalsB.listening(LiveEvents.CHANNEL); i++) Thread.sleep(50);
                assertThat(signalsB.listening(LiveEvents.CHANNEL)).isTrue();
                SseTap viewer = SseTap.on(b.subscribe(id, "192.0.2.1"));
                assertThat(yes(viewer)).as("B's first totals, before any protocol").containsExactly(0L);
                long versionBefore = totalsB.version(id);

                assertThat(client.postJson("/api/referendums/" + id + "/protocols",
                        "{\"station\":\"N/1\",\"registered\":100,\"issued\":60,\"inBoxes\":60,\"invalid\":0,\"yes\":40,\"no\":20}",
                        ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(201);
                awaitYes(viewer, 40L);
                assertThat(totalsB.version(id)).as("B's result pages are keyed anew").isGreaterThan(versionBefore);
                assertThat(decisionsB.of(id)).isPositive();

                // A correction too: B reads the vote's totals again, it does not add them twice.
                assertThat(client.postJson("/api/referendums/" + id + "/corrections",
                        "{\"station\":\"N/1\",\"registered\":100,\"issued\":60,\"inBoxes\":60,\"invalid\":0,\"yes\":45,\"no\":15,"
                                + "\"reason\":\"recount\"}", ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(201);
                awaitYes(viewer, 45L);
                assertThat(b.totals(id).national().yes()).isEqualTo(45);
            } finally {
                b.stop();
            }
        }
    }

    /** The national "yes" of each totals event the viewer got, in order. */
    private static List<Long> yes(SseTap viewer) {
        return viewer.events().stream().flatMap(List::stream).filter(LiveEvents.Totals.class::isInstance)
                .map(t -> ((LiveEvents.Totals) t).national().yes()).filter(Objects::nonNull).toList();
    }

    private static void awaitYes(SseTap viewer, long expected) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!yes(viewer).contains(expected) && System.nanoTime() < deadline) Thread.sleep(50);
        assertThat(yes(viewer)).as("B's viewer got the totals decided on A").contains(expected);
    }
}
