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
}
