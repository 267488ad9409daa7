package org.atazan.commission.web;

import jakarta.annotation.PreDestroy;
import org.atazan.commission.AttendanceRecorded;
import org.atazan.commission.ItemTaken;
import org.atazan.commission.MeetingClosed;
import org.atazan.commission.MeetingOpened;
import org.atazan.commission.PollClosed;
import org.atazan.commission.PollOpened;
import org.atazan.platform.ClusterSignals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Server-sent events of a meeting: an event {@code changed} to every open meeting page, on every node
 * of the platform (told through {@link ClusterSignals}), after each decision has committed (the page reloads itself through {@code /js/live.js}; it works without). The
 * same bounds as voting's live totals: a heartbeat comment every {@code atazan.live.heartbeat} finds a
 * client that has gone and releases its stream, and one client address holds at most
 * {@code atazan.live.max-streams-per-client} streams (429 beyond). Each {@code changed} has an id, this node's run and the
 * meeting's change count ({@code r1x2-7}); a client that reconnects with an older Last-Event-ID, or one from another run,
 * missed a change and is sent one {@code changed} at once: the page then reloads the whole state, which is all it missed.
 */
@Component
class CommissionLive {
    private static final Logger log = LoggerFactory.getLogger(CommissionLive.class);
    private final int maxPerClient;
    private final Map<String, List<Stream>> subscribers = new ConcurrentHashMap<>();
    private final Map<String, Integer> perClient = new ConcurrentHashMap<>();
    /** Each meeting's changes seen by this node since it started; ids of another run are told apart by {@link #run}. */
    private final Map<String, java.util.concurrent.atomic.AtomicLong> changes = new ConcurrentHashMap<>();
    private final String run = Long.toString(java.util.concurrent.ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36);
    private final ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "commission-live");
        t.setDaemon(true);
        return t;
    });

    /** The channel on which every node hears that a meeting changed (payload: the meeting's id). */
    static final String CHANNEL = "atazan_commission_meeting";
    private final ClusterSignals signals;

    CommissionLive(@Value("${atazan.live.heartbeat:5s}") Duration heartbeat,
                   @Value("${atazan.live.max-streams-per-client:20}") int maxPerClient, ClusterSignals signals) {
        this.signals = signals;
        // Each node pushes to its own viewers what any node decided: the decision's event reaches only the
        // node that made it, the signal every node (this one too).
        signals.receive(CHANNEL, this::changed);
        if (heartbeat.isNegative() || heartbeat.isZero()) throw new IllegalArgumentException("atazan.live.heartbeat must be positive");
        if (maxPerClient < 1) throw new IllegalArgumentException("atazan.live.max-streams-per-client must be at least 1");
        this.maxPerClient = maxPerClient;
        long ms = heartbeat.toMillis();
        sender.scheduleWithFixedDelay(this::heartbeat, ms, ms, TimeUnit.MILLISECONDS);
    }

    private static final class Stream {
        final SseEmitter emitter;
        final String client;
        final AtomicBoolean open = new AtomicBoolean(true);

        Stream(SseEmitter emitter, String client) {
            this.emitter = emitter;
            this.client = client;
        }
    }

    /** A client address already holds as many streams as it may. */
    static final class TooManyStreams extends RuntimeException {
        TooManyStreams(String client, int max) {
            super("client " + client + " already has " + max + " live streams open (limit atazan.live.max-streams-per-client);"
                    + " close one, or reload the page later");
        }
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
        long n = changes.computeIfAbsent(meetingId, k -> new java.util.concurrent.atomic.AtomicLong()).incrementAndGet();
        sender.execute(() -> {
            List<Stream> list = subscribers.get(meetingId);
            if (list == null) return;
            for (Stream s : list) write(s, list, changedEvent(n));
        });
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

    private void heartbeat() {
        try {
            subscribers.values().forEach(list -> list.forEach(s -> write(s, list, SseEmitter.event().comment(""))));
        } catch (RuntimeException e) {
            log.warn("Commission heartbeat failed", e);
        }
    }

    // Open streams are requests in progress: ended when the platform starts closing, so that shutdown does not wait.
    @org.springframework.context.event.EventListener(org.springframework.context.event.ContextClosedEvent.class)
    public void closing() {
        subscribers.values().forEach(list -> list.forEach(s -> s.emitter.complete()));
        subscribers.clear();
        perClient.clear();
    }

    @PreDestroy
    public void stop() {
        sender.shutdownNow();
    }

    /** Opens a stream of a meeting's changes for a client address (the caller has checked the meeting exists). */
    SseEmitter subscribe(String meetingId, String client) {
        return subscribe(meetingId, client, null);
    }

    /** The same for a client reconnecting after {@code lastEventId} (null on a first connection). */
    SseEmitter subscribe(String meetingId, String client, String lastEventId) {
        boolean[] ok = {false};
        perClient.compute(client, (k, n) -> {
            int held = n == null ? 0 : n;
            if (held >= maxPerClient) return n;
            ok[0] = true;
            return held + 1;
        });
        if (!ok[0]) throw new TooManyStreams(client, maxPerClient);
        SseEmitter e = new SseEmitter(30 * 60 * 1000L);
        Stream s = new Stream(e, client);
        List<Stream> list = subscribers.computeIfAbsent(meetingId, k -> new CopyOnWriteArrayList<>());
        list.add(s);
        e.onCompletion(() -> release(s, list));
        e.onTimeout(() -> release(s, list));
        e.onError(x -> release(s, list));
        // A first comment opens the stream for the client at once.
        write(s, list, SseEmitter.event().comment("open"));
        if (missed(meetingId, lastEventId)) {
            var n = changes.get(meetingId);
            write(s, list, changedEvent(n == null ? 0 : n.get()));
        }
        return e;
    }

    /** Open streams, all meetings together (for tests and monitoring). */
    int streams() {
        return subscribers.values().stream().mapToInt(List::size).sum();
    }

    private void release(Stream s, List<Stream> list) {
        if (!s.open.compareAndSet(true, false)) return;
        list.remove(s);
        perClient.computeIfPresent(s.client, (k, n) -> n <= 1 ? null : n - 1);
    }

    private void write(Stream s, List<Stream> list, SseEmitter.SseEventBuilder event) {
        try {
            s.emitter.send(event);
        } catch (IOException | IllegalStateException x) {
            release(s, list);
            try {
                s.emitter.completeWithError(x);
            } catch (RuntimeException ignored) {
                // already completed
            }
        }
    }
}
