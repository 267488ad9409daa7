package org.atazan.voting.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.annotation.PreDestroy;
import org.atazan.platform.AfterCommit;
import org.atazan.voting.LiveTotals;
import org.atazan.voting.ProtocolAccepted;
import org.atazan.voting.ProtocolCorrected;
import org.atazan.voting.ProtocolsImported;
import org.atazan.voting.TallyFigures;
import org.atazan.voting.TallyTree;
import org.atazan.voting.TurnoutReported;
import org.atazan.voting.VoteRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Server-sent events: every subscriber of a referendum gets its national totals after each change.
 * Changes come as the voting module's events, after their decision has committed (Spring Modulith
 * keeps each until it is handled here). Sending happens on its own thread, so a slow subscriber never
 * slows the official who submitted a protocol, and a burst of submissions is coalesced into one event
 * per {@value #COALESCE_MS} ms.
 * <p>
 * Streams are bounded: a heartbeat comment goes to every open stream every
 * {@code atazan.live.heartbeat} (5 s), so a client that has gone is noticed at the next write or the one
 * after, and its stream and connection released, rather than at the next totals or after 30 minutes;
 * and one client address holds at most {@code atazan.live.max-streams-per-client} (20) streams at a
 * time, beyond which it is answered 429.
 */
@Component
class LiveEvents {
    static final long COALESCE_MS = 100;
    /** Decimals of the shares sent; the page shows two. */
    static final int DECIMALS = 2;
    private static final Logger log = LoggerFactory.getLogger(LiveEvents.class);

    private final VoteRegistry votes;
    private final LiveTotals totals;
    private final int maxPerClient;
    private final Map<String, List<Stream>> subscribers = new ConcurrentHashMap<>();
    private final Map<String, Integer> perClient = new ConcurrentHashMap<>();
    private final Set<String> pending = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "live-events");
        t.setDaemon(true);
        return t;
    });

    LiveEvents(VoteRegistry votes, LiveTotals totals, @Value("${atazan.live.heartbeat:5s}") Duration heartbeat,
               @Value("${atazan.live.max-streams-per-client:20}") int maxPerClient) {
        if (heartbeat.isNegative() || heartbeat.isZero()) throw new IllegalArgumentException("atazan.live.heartbeat must be positive");
        if (maxPerClient < 1) throw new IllegalArgumentException("atazan.live.max-streams-per-client must be at least 1");
        this.votes = votes;
        this.totals = totals;
        this.maxPerClient = maxPerClient;
        long ms = heartbeat.toMillis();
        sender.scheduleWithFixedDelay(this::heartbeat, ms, ms, TimeUnit.MILLISECONDS);
    }

    /** One open stream: its emitter and the client address it counts against, released once. */
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

    /** The national totals and those of the units of the national table, as sent. */
    record Totals(@JsonUnwrapped TallyFigures national, Map<String, TallyFigures> units) {
    }

    // Each reaction runs once its decision committed, on the committing thread: it only schedules a push of
    // totals kept in memory (lost in a crash with nothing to repair), so it writes no event publication.
    @EventListener
    public void on(ProtocolAccepted e) {
        AfterCommit.run(() -> schedule(e.referendum()));
    }

    @EventListener
    public void on(ProtocolCorrected e) {
        AfterCommit.run(() -> schedule(e.referendum()));
    }

    @EventListener
    public void on(ProtocolsImported e) {
        AfterCommit.run(() -> schedule(e.referendum()));
    }

    @EventListener
    public void on(TurnoutReported e) {
        AfterCommit.run(() -> turnoutReported(e.referendum()));
    }

    private void schedule(String id) {
        if (!pending.add(id)) return;
        sender.schedule(() -> {
            pending.remove(id);
            publish(id);
        }, COALESCE_MS, TimeUnit.MILLISECONDS);
    }

    /** Tells the turnout pages open on this referendum that new reports came in. */
    private void turnoutReported(String id) {
        sender.execute(() -> {
            List<Stream> list = subscribers.get(id);
            if (list == null) return;
            for (Stream s : list) write(s, list, SseEmitter.event().name("turnout").data("{}", MediaType.APPLICATION_JSON));
        });
    }

    /** A comment line on every stream: clients ignore it; a client that has gone makes the write fail. */
    private void heartbeat() {
        try {
            subscribers.values().forEach(list -> list.forEach(s -> write(s, list, SseEmitter.event().comment(""))));
        } catch (RuntimeException e) {
            log.warn("Live heartbeat failed", e);
        }
    }

    // Open event streams are requests in progress: they are ended when the platform starts closing, so
    // that its graceful shutdown does not wait for them (Ctrl-C stops at once, tests end at once).
    @org.springframework.context.event.EventListener(org.springframework.context.event.ContextClosedEvent.class)
    public void closing() {
        subscribers.values().forEach(list -> list.forEach(s -> s.emitter.complete()));
        subscribers.clear();
        perClient.clear();
    }

    @PreDestroy
    public void stop() {
        sender.shutdownNow();
        subscribers.values().forEach(list -> list.forEach(s -> s.emitter.complete()));
    }

    /**
     * Opens a stream of a referendum's totals for a client address.
     *
     * @throws TooManyStreams when that address holds {@code atazan.live.max-streams-per-client} already
     */
    public SseEmitter subscribe(String id, String client) {
        votes.vote(id);
        if (!reserve(client)) throw new TooManyStreams(client, maxPerClient);
        SseEmitter e = new SseEmitter(30 * 60 * 1000L);
        Stream s = new Stream(e, client);
        List<Stream> list = subscribers.computeIfAbsent(id, k -> new CopyOnWriteArrayList<>());
        list.add(s);
        e.onCompletion(() -> release(s, list));
        e.onTimeout(() -> release(s, list));
        e.onError(x -> release(s, list));
        send(s, id, list);
        return e;
    }

    /** Open streams, all referendums and clients together (for tests and monitoring). */
    int streams() {
        return subscribers.values().stream().mapToInt(List::size).sum();
    }

    private boolean reserve(String client) {
        boolean[] ok = {false};
        perClient.compute(client, (k, n) -> {
            int held = n == null ? 0 : n;
            if (held >= maxPerClient) return n;
            ok[0] = true;
            return held + 1;
        });
        return ok[0];
    }

    private void release(Stream s, List<Stream> list) {
        if (!s.open.compareAndSet(true, false)) return;
        list.remove(s);
        perClient.computeIfPresent(s.client, (k, n) -> n <= 1 ? null : n - 1);
    }

    private void publish(String id) {
        List<Stream> list = subscribers.get(id);
        if (list == null || list.isEmpty()) return;
        try {
            for (Stream s : list) send(s, id, list);
        } catch (RuntimeException e) {
            // The sender thread must survive whatever one referendum's totals do.
            log.warn("Live totals of {} not sent", id, e);
        }
    }

    private void send(Stream s, String id, List<Stream> list) {
        write(s, list, SseEmitter.event().name("totals").data(totals(id), MediaType.APPLICATION_JSON));
    }

    /** Writes to one stream; a failed write (the client has gone) releases the stream at once. */
    private void write(Stream s, List<Stream> list, SseEmitter.SseEventBuilder event) {
        try {
            s.emitter.send(event);
        } catch (IOException | IllegalStateException x) {
            release(s, list);
            // After an I/O error the container ends the request itself; this only covers any other case.
            try {
                s.emitter.completeWithError(x);
            } catch (RuntimeException ignored) {
                // already completed
            }
        }
    }

    public Totals totals(String id) {
        TallyTree tree = totals.tree(id);
        String root = Views.root(tree);
        // The units of the national table (regions), so that its rows change too.
        Map<String, TallyFigures> units = new LinkedHashMap<>();
        for (String child : tree.children(root)) units.put(child, TallyFigures.of(tree.total(child), DECIMALS).withStations(null));
        return new Totals(TallyFigures.of(tree.total(root), DECIMALS).withStations(Views.stations(tree)), units);
    }
}
