package org.atazan.commission.web;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One client address holds a bounded number of meeting streams; others are not affected. */
class CommissionLiveTest {

    @Test
    void aClientBeyondItsStreamsIsRefusedAndOthersAreNot() {
        CommissionLive live = new CommissionLive(Duration.ofSeconds(5), 2);
        try {
            live.subscribe("m1", "10.0.0.1");
            live.subscribe("m2", "10.0.0.1");
            assertThatThrownBy(() -> live.subscribe("m1", "10.0.0.1")).isInstanceOf(CommissionLive.TooManyStreams.class)
                    .hasMessageContaining("already has 2 live streams open");
            live.subscribe("m1", "10.0.0.2");
            assertThat(live.streams()).isEqualTo(3);
            live.closing();
            assertThat(live.streams()).isZero();
            live.subscribe("m1", "10.0.0.1");
        } finally {
            live.stop();
        }
        assertThatThrownBy(() -> new CommissionLive(Duration.ZERO, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aClientReconnectingAfterAnOlderChangeOrFromAnotherRunHasMissedOne() {
        CommissionLive live = new CommissionLive(Duration.ofSeconds(5), 2);
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
}
