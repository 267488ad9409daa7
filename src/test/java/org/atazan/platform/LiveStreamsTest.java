package org.atazan.platform;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.method.annotation.SseTap;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The streams' bookkeeping on its own, without a server: each emitter is attached to a {@link SseTap}, which
 * records what is sent and fails the writes once its client has left, as a closed connection does. (The
 * sockets themselves are counted through each live page: LiveStreamsReleasedTest, CommissionStreamsReleasedTest.)
 */
class LiveStreamsTest {
    static final Duration HEARTBEAT = Duration.ofMillis(50);
    final LiveStreams streams = new LiveStreams("live-test", HEARTBEAT, 2);

    @AfterEach
    void stop() {
        streams.stop();
    }

    @Test
    void aStreamWhoseClientHasLeftIsReleasedAtTheNextHeartbeatAndItsSlotFreed() throws InterruptedException {
        SseTap first = SseTap.on(streams.open("t", "10.0.0.1", List::of));
        SseTap second = SseTap.on(streams.open("t", "10.0.0.1", List::of));
        assertThat(streams.streams()).isEqualTo(2);
        assertThatThrownBy(() -> streams.open("t", "10.0.0.1", List::of)).isInstanceOf(LiveStreams.TooManyStreams.class)
                .hasMessageContaining("already has 2 live streams open");

        first.leave();
        awaitStreams(1);
        // The heartbeat is a comment line, written to the stream that stayed.
        awaitEvents(second, 1);
        assertThat(second.events().get(0)).singleElement().asString().startsWith(":");
        // The address may open another in place of the one that left.
        streams.open("t", "10.0.0.1", List::of);
        assertThat(streams.streams()).isEqualTo(2);
    }

    @Test
    void aStreamCompletedOrFailedIsReleasedOnce() {
        SseEmitter a = streams.open("t", "10.0.0.2", List::of);
        SseTap.on(a);
        SseEmitter b = streams.open("u", "10.0.0.2", List::of);
        SseTap.on(b);
        a.complete();
        a.complete();
        b.completeWithError(new IllegalStateException("gone"));
        assertThat(streams.streams()).isZero();
        streams.open("t", "10.0.0.2", List::of);
        streams.open("t", "10.0.0.2", List::of);
        assertThat(streams.streams()).as("both slots free again, and no more").isEqualTo(2);
    }

    @Test
    void aBroadcastReachesTheStreamsOfItsTopicOnlyAfterTheirFirstEvents() throws InterruptedException {
        SseTap t = SseTap.on(streams.open("t", "10.0.0.3", () -> List.of(SseEmitter.event().comment("open"))));
        SseTap u = SseTap.on(streams.open("u", "10.0.0.4", List::of));
        streams.broadcast("t", () -> SseEmitter.event().name("changed").data("{}"));
        awaitEvents(t, 2);
        assertThat(t.events().get(0)).singleElement().asString().startsWith(":open");
        assertThat(t.events().stream().map(Object::toString)).anyMatch(e -> e.contains("event:changed"));
        assertThat(u.events().stream().map(Object::toString)).noneMatch(e -> e.contains("event:changed"));
    }

    @Test
    void aFailureOfTheFirstEventsLeavesNoStreamHeld() {
        assertThatThrownBy(() -> streams.open("t", "10.0.0.5", () -> {
            throw new IllegalStateException("no such topic");
        })).hasMessage("no such topic");
        assertThat(streams.streams()).isZero();
        streams.open("t", "10.0.0.5", List::of);
        streams.open("t", "10.0.0.5", List::of);
    }

    @Test
    void closingEndsEveryStreamAndForgetsTheCounts() {
        streams.open("t", "10.0.0.6", List::of);
        streams.open("u", "10.0.0.6", List::of);
        streams.closing();
        assertThat(streams.streams()).isZero();
        streams.open("t", "10.0.0.6", List::of);
        assertThatThrownBy(() -> new LiveStreams("x", Duration.ZERO, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LiveStreams("x", HEARTBEAT, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void lateEventsAfterStoppingAreDroppedNotThrown() {
        // A decision committing while the platform closes still reacts: it must not fail for the closed streams.
        streams.stop();
        streams.broadcast("t", () -> SseEmitter.event().comment("late"));
        streams.coalesce("push t", Duration.ofMillis(1), () -> {
        });
        streams.coalesce("push t", Duration.ofMillis(1), () -> {
        });
    }

    private void awaitStreams(int n) throws InterruptedException {
        for (int i = 0; i < 3000 && streams.streams() != n; i++) Thread.sleep(10); // at most 30 s: a slow machine, never a fixed time
        assertThat(streams.streams()).isEqualTo(n);
    }

    private static void awaitEvents(SseTap tap, int n) throws InterruptedException {
        for (int i = 0; i < 3000 && tap.events().size() < n; i++) Thread.sleep(10);
        assertThat(tap.events().size()).isGreaterThanOrEqualTo(n);
    }
}
