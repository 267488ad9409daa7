package org.atazan.commission.web;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One client address holds a bounded number of meeting streams; others are not affected. */
class CommissionLiveTest {

    @Test
    void aClientBeyondItsStreamsIsRefusedAndOthersAreNot() {
        CommissionLive live = new CommissionLive(Duration.ofSeconds(5), 2, new org.atazan.platform.LoopbackSignals());
        try {
            live.subscribe("m1", "10.0.0.1");
            live.subscribe("m2", "10.0.0.1");
            assertThatThrownBy(() -> live.subscribe("m1", "10.0.0.1")).isInstanceOf(org.atazan.platform.LiveStreams.TooManyStreams.class)
                    .hasMessageContaining("already has 2 live streams open");
            live.subscribe("m1", "10.0.0.2");
            assertThat(live.streams()).isEqualTo(3);
            live.closing();
            assertThat(live.streams()).isZero();
            live.subscribe("m1", "10.0.0.1");
        } finally {
            live.stop();
        }
        assertThatThrownBy(() -> new CommissionLive(Duration.ZERO, 2, new org.atazan.platform.LoopbackSignals())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aClientReconnectingAfterAnOlderChangeOrFromAnotherRunHasMissedOne() {
        CommissionLive live = new CommissionLive(Duration.ofSeconds(5), 2, new org.atazan.platform.LoopbackSignals());
        try {
            assertThat(live.missed("m1", null)).as("a first connection").isFalse();
            assertThat(live.missed("m1", "otherrun-3")).as("an id of another run: the node restarted").isTrue();
            live.on(new org.atazan.commission.MeetingClosed("m1", "b", 0, "sec"));
            live.on(new org.atazan.commission.MeetingClosed("m1", "b", 0, "sec"));
            String latest = live.latestId("m1");
            assertThat(latest).endsWith("-2");
            assertThat(live.missed("m1", latest)).isFalse();
            assertThat(live.missed("m1", latest.substring(0, latest.length() - 1) + "1")).isTrue();
            assertThat(live.missed("m2", latest.substring(0, latest.length() - 1) + "0")).as("no change of m2 on this node").isFalse();
        } finally {
            live.stop();
        }
    }

    @Test
    void aDecisionOnOneNodeReachesTheViewersOfEveryNodeThroughTheDatabase() throws InterruptedException {
        javax.sql.DataSource db = org.atazan.TestDatabases.embeddedDataSource();
        try (var signalsA = new org.atazan.platform.live.PgClusterSignals(db, 100);
             var signalsB = new org.atazan.platform.live.PgClusterSignals(db, 100)) {
            CommissionLive a = new CommissionLive(Duration.ofSeconds(5), 2, signalsA);
            CommissionLive b = new CommissionLive(Duration.ofSeconds(5), 2, signalsB);
            try {
                for (int i = 0; i < 100 && !(signalsA.listening(CommissionLive.CHANNEL) && signalsB.listening(CommissionLive.CHANNEL)); i++) {
                    Thread.sleep(50);
                }
                a.on(new org.atazan.commission.MeetingClosed("m-cluster", "b", 0, "sec"));
                for (int i = 0; i < 200 && !(b.latestId("m-cluster").endsWith("-1") && a.latestId("m-cluster").endsWith("-1")); i++) {
                    Thread.sleep(50);
                }
                assertThat(b.latestId("m-cluster")).as("the other node heard of it").endsWith("-1");
                assertThat(a.latestId("m-cluster")).as("the deciding node too, once").endsWith("-1");
            } finally {
                a.stop();
                b.stop();
            }
        }
    }
}
