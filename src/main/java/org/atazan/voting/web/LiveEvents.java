package org.atazan.voting.web;

import jakarta.annotation.PreDestroy;
import org.atazan.voting.ReferendumDesk;
import org.atazan.voting.Tally;
import org.atazan.voting.TallyTree;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
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
 * Sending happens on its own thread, so a slow subscriber never slows the official who submitted a
 * protocol, and a burst of submissions is coalesced into one event per {@value #COALESCE_MS} ms.
 */
@Component
class LiveEvents {
    static final long COALESCE_MS = 100;

    private final ReferendumDesk desk;
    private final Map<String, List<SseEmitter>> subscribers = new ConcurrentHashMap<>();
    private final Set<String> pending = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "live-events");
        t.setDaemon(true);
        return t;
    });

    LiveEvents(ReferendumDesk desk) {
        this.desk = desk;
        desk.onChange(c -> schedule(c.referendum()));
    }

    private void schedule(String id) {
        if (!pending.add(id)) return;
        sender.schedule(() -> {
            pending.remove(id);
            publish(id);
        }, COALESCE_MS, TimeUnit.MILLISECONDS);
    }

    /** Tells the turnout pages open on this referendum that new reports came in. */
    void turnoutReported(String id) {
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
    void closing() {
        subscribers.values().forEach(list -> list.forEach(SseEmitter::complete));
        subscribers.clear();
    }

    @PreDestroy
    void stop() {
        sender.shutdownNow();
        subscribers.values().forEach(list -> list.forEach(SseEmitter::complete));
    }

    SseEmitter subscribe(String id) {
        desk.referendum(id);
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

    Map<String, Object> totals(String id) {
        TallyTree tree = desk.tree(id);
        String root = Views.root(tree);
        Map<String, Object> m = new java.util.LinkedHashMap<>(figures(tree.total(root)));
        m.put("stations", Views.stations(tree));
        // The units of the national table (regions), so that its rows change too.
        Map<String, Object> units = new java.util.LinkedHashMap<>();
        for (String child : tree.children(root)) units.put(child, figures(tree.total(child)));
        m.put("units", units);
        return m;
    }

    private static Map<String, Object> figures(Tally t) {
        return Map.of("registered", t.registered(), "issued", t.issued(), "inBoxes", t.inBoxes(), "invalid", t.invalid(),
                "yes", t.yes(), "no", t.no(),
                "turnoutPercent", Math.round(t.turnoutPercent() * 100) / 100.0,
                "yesPercent", Math.round(t.yesPercent() * 100) / 100.0);
    }
}
