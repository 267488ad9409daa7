package org.atazan.commission.web;

import jakarta.annotation.PreDestroy;
import org.atazan.commission.AttendanceRecorded;
import org.atazan.commission.ItemTaken;
import org.atazan.commission.MeetingClosed;
import org.atazan.commission.MeetingOpened;
import org.atazan.commission.PollClosed;
import org.atazan.commission.PollOpened;
import org.atazan.platform.ClusterSignals;
import org.atazan.platform.LiveStreams;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Server-sent events of a meeting: an event {@code changed} to every open meeting page, on every node
 * of the platform (told through {@link ClusterSignals}), after each decision has committed (the page reloads itself through {@code /js/live.js}; it works without). The
 * streams' bookkeeping is the platform's {@link LiveStreams}, with the same settings as voting's live totals:
 * a heartbeat comment every {@code atazan.live.heartbeat} finds a client that has gone and releases its stream,
 * and one client address holds at most {@code atazan.live.max-streams-per-client} streams (429 beyond). Each
 * {@code changed} has an id, this node's run and the
 * meeting's change count ({@code r1x2-7}); a client that reconnects with an older Last-Event-ID, or one from another run,
 * missed a change and is sent one {@code changed} at once: the page then reloads the whole state, which is all it missed.
 */
@Component
class CommissionLive {
    /** Each meeting's changes seen by this node since it started; ids of another run are told apart by {@link #run}. */
    private final Map<String, AtomicLong> changes = new ConcurrentHashMap<>();
    private final String run = Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36);
    private final LiveStreams streams;

    /** The channel on which every node hears that a meeting changed (payload: the meeting's id). */
    static final String CHANNEL = "atazan_commission_meeting";
    private final ClusterSignals signals;

    CommissionLive(@Value("${atazan.live.heartbeat:5s}") Duration heartbeat,
                   @Value("${atazan.live.max-streams-per-client:20}") int maxPerClient, ClusterSignals signals) {
        this.streams = new LiveStreams("commission-live", heartbeat, maxPerClient);
        this.signals = signals;
        // Each node pushes to its own viewers what any node decided: the decision's event reaches only the
        // node that made it, the signal every node (this one too).
        signals.receive(CHANNEL, this::changed);
    }

    // After commit, on another thread; only a push is scheduled, so no transaction is needed.
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    public void on(MeetingOpened e) {
        decided(e.meetingId());
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    public void on(AttendanceRecorded e) {
        decided(e.meetingId());
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    public void on(ItemTaken e) {
        decided(e.meetingId());
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    public void on(PollOpened e) {
        decided(e.meetingId());
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    public void on(PollClosed e) {
        decided(e.meetingId());
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    public void on(MeetingClosed e) {
        decided(e.meetingId());
    }

    private void decided(String meetingId) {
        signals.send(CHANNEL, meetingId);
    }

    private void changed(String meetingId) {
        long n = changes.computeIfAbsent(meetingId, k -> new AtomicLong()).incrementAndGet();
        streams.broadcast(meetingId, () -> changedEvent(n));
    }

    private SseEmitter.SseEventBuilder changedEvent(long n) {
        return SseEmitter.event().id(run + "-" + n).name("changed").data("{}", MediaType.APPLICATION_JSON);
    }

    /** The last change a client saw (its Last-Event-ID) is not this meeting's latest on this node: it missed one. */
    boolean missed(String meetingId, String lastEventId) {
        return lastEventId != null && !lastEventId.isBlank() && !lastEventId.strip().equals(latestId(meetingId));
    }

    /** The id of the meeting's latest change on this node ({@code <run>-0} before any). */
    String latestId(String meetingId) {
        var n = changes.get(meetingId);
        return run + "-" + (n == null ? 0 : n.get());
    }

    // Open streams are requests in progress: ended when the platform starts closing (see LiveStreams).
    @EventListener(ContextClosedEvent.class)
    public void closing() {
        streams.closing();
    }

    @PreDestroy
    public void stop() {
        streams.stop();
    }

    /** Opens a stream of a meeting's changes for a client address (the caller has checked the meeting exists). */
    SseEmitter subscribe(String meetingId, String client) {
        return subscribe(meetingId, client, null);
    }

    /** The same for a client reconnecting after {@code lastEventId} (null on a first connection). */
    SseEmitter subscribe(String meetingId, String client, String lastEventId) {
        return streams.open(meetingId, client, () -> {
            List<SseEmitter.SseEventBuilder> first = new ArrayList<>();
            // A first comment opens the stream for the client at once.
            first.add(SseEmitter.event().comment("open"));
            if (missed(meetingId, lastEventId)) {
                var n = changes.get(meetingId);
                first.add(changedEvent(n == null ? 0 : n.get()));
            }
            return first;
        });
    }

    /** Open streams, all meetings together (for tests and monitoring). */
    int streams() {
        return streams.streams();
    }
}
