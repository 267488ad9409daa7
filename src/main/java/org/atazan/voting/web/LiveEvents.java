package org.atazan.voting.web;

import org.atazan.voting.ReferendumDesk;
import org.atazan.voting.Tally;
import org.atazan.voting.TallyTree;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** Server-sent events: every subscriber of a referendum gets its national totals after each change. */
@Component
class LiveEvents {
    private final ReferendumDesk desk;
    private final Map<String, List<SseEmitter>> subscribers = new ConcurrentHashMap<>();

    LiveEvents(ReferendumDesk desk) {
        this.desk = desk;
        desk.onChange(c -> publish(c.referendum()));
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
        if (list == null) return;
        for (SseEmitter e : list) send(e, id, list);
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
        Tally t = tree.total(Views.root(tree));
        return Map.of("registered", t.registered(), "issued", t.issued(), "inBoxes", t.inBoxes(), "invalid", t.invalid(),
                "yes", t.yes(), "no", t.no(), "stations", Views.stations(tree),
                "turnoutPercent", Math.round(t.turnoutPercent() * 100) / 100.0,
                "yesPercent", Math.round(t.yesPercent() * 100) / 100.0);
    }
}
