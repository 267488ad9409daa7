package org.atazan.voting.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.annotation.PreDestroy;
import org.atazan.voting.LiveTotals;
import org.atazan.voting.ProtocolAccepted;
import org.atazan.voting.ProtocolCorrected;
import org.atazan.voting.ProtocolsImported;
import org.atazan.voting.TallyFigures;
import org.atazan.voting.TallyTree;
import org.atazan.voting.TurnoutReported;
import org.atazan.voting.VoteRegistry;
import org.springframework.http.MediaType;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Server-sent events: every subscriber of a referendum gets its national totals after each change.
 * Changes come as the voting module's events, after their decision has committed (Spring Modulith
 * keeps each until it is handled here). Sending happens on its own thread, so a slow subscriber never
 * slows the official who submitted a protocol, and a burst of submissions is coalesced into one event
 * per {@value #COALESCE_MS} ms.
 */
@Component
class LiveEvents {
    static final long COALESCE_MS = 100;
    /** Decimals of the shares sent; the page shows two. */
    static final int DECIMALS = 2;

    private final VoteRegistry votes;
    private final LiveTotals totals;
    private final Map<String, List<SseEmitter>> subscribers = new ConcurrentHashMap<>();
    private final Set<String> pending = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "live-events");
        t.setDaemon(true);
        return t;
    });

    LiveEvents(VoteRegistry votes, LiveTotals totals) {
        this.votes = votes;
        this.totals = totals;
    }

    /** The national totals and those of the units of the national table, as sent. */
    record Totals(@JsonUnwrapped TallyFigures national, Map<String, TallyFigures> units) {
    }

    // Each listener runs after its decision committed, on another thread; it only schedules a push of
    // totals kept in memory, so it needs no transaction of its own.
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    public void on(ProtocolAccepted e) {
        schedule(e.referendum());
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    public void on(ProtocolCorrected e) {
        schedule(e.referendum());
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    public void on(ProtocolsImported e) {
        schedule(e.referendum());
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    public void on(TurnoutReported e) {
        turnoutReported(e.referendum());
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
            List<SseEmitter> list = subscribers.get(id);
            if (list == null) return;
            for (SseEmitter e : list) {
                try {
                    e.send(SseEmitter.event().name("turnout").data("{}", MediaType.APPLICATION_JSON));
                } catch (IOException | IllegalStateException x) {
                    list.remove(e);
                }
            }
        });
    }

    // Open event streams are requests in progress: they are ended when the platform starts closing, so
    // that its graceful shutdown does not wait for them (Ctrl-C stops at once, tests end at once).
    @org.springframework.context.event.EventListener(org.springframework.context.event.ContextClosedEvent.class)
    public void closing() {
        subscribers.values().forEach(list -> list.forEach(SseEmitter::complete));
        subscribers.clear();
    }

    @PreDestroy
    public void stop() {
        sender.shutdownNow();
        subscribers.values().forEach(list -> list.forEach(SseEmitter::complete));
    }

    public SseEmitter subscribe(String id) {
        votes.vote(id);
        SseEmitter e = new SseEmitter(30 * 60 * 1000L);
        List<SseEmitter> list = subscribers.computeIfAbsent(id, k -> new CopyOnWriteArrayList<>());
        list.add(e);
        e.onCompletion(() -> list.remove(e));
        e.onTimeout(() -> list.remove(e));
        e.onError(x -> list.remove(e));
        send(e, id, list);
        return e;
    }

    private void publish(String id) {
        List<SseEmitter> list = subscribers.get(id);
        if (list == null || list.isEmpty()) return;
        try {
            for (SseEmitter e : list) send(e, id, list);
        } catch (RuntimeException e) {
            // The sender thread must survive whatever one referendum's totals do.
            org.slf4j.LoggerFactory.getLogger(LiveEvents.class).warn("Live totals of {} not sent", id, e);
        }
    }

    private void send(SseEmitter e, String id, List<SseEmitter> list) {
        try {
            e.send(SseEmitter.event().name("totals").data(totals(id), MediaType.APPLICATION_JSON));
        } catch (IOException | IllegalStateException x) {
            list.remove(e);
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
