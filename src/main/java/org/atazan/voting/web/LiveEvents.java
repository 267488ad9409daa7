package org.atazan.voting.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.annotation.PreDestroy;
import org.atazan.platform.AfterCommit;
import org.atazan.platform.ClusterSignals;
import org.atazan.platform.LiveStreams;
import org.atazan.voting.LiveTotals;
import org.atazan.voting.ProtocolAccepted;
import org.atazan.voting.ProtocolCorrected;
import org.atazan.voting.ProtocolsImported;
import org.atazan.voting.ResultPublished;
import org.atazan.voting.Results;
import org.atazan.voting.TallyFigures;
import org.atazan.voting.TallyTree;
import org.atazan.voting.TerritoriesAdded;
import org.atazan.voting.TurnoutReported;
import org.atazan.voting.VoteRegistry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Server-sent events: every subscriber of a referendum gets its national totals after each change, on
 * every node of the platform. Changes come as the voting module's events, inside their decision's unit of
 * work; once it has committed, the deciding node pushes to its own viewers and tells the other nodes
 * through {@link ClusterSignals} (channel {@value #CHANNEL}), which read the vote's totals again from the
 * database (their trees in memory do not hold the change; a publication: its latest), forget their rendered
 * result pages of it, and push to their own viewers. A burst of submissions is coalesced into one push, and one signal, per
 * {@value #COALESCE_MS} ms; pushing happens on the streams' own thread, so a slow subscriber never slows the
 * official who submitted a protocol.
 * <p>
 * The streams' bookkeeping (the per-client cap, heartbeats, release) is the platform's {@link LiveStreams}.
 */
@Component
class LiveEvents {
    static final long COALESCE_MS = 100;
    /** Decimals of the shares sent; the page shows two. */
    static final int DECIMALS = 2;
    /** The channel on which every node hears that a vote changed (payload: the sending run, the kind of change, the vote's id). */
    static final String CHANNEL = "atazan_voting_vote";
    private static final Duration COALESCE = Duration.ofMillis(COALESCE_MS);
    /** Kinds of change told to the other nodes. */
    private static final String TOTALS = "totals", TURNOUT = "turnout", OTHER = "other";

    private final VoteRegistry votes;
    private final LiveTotals totals;
    private final Results results;
    private final ResultPageCache.Decisions decisions;
    private final ClusterSignals signals;
    private final LiveStreams streams;
    /** This node's run: its own signals come back to it, and are ignored (it has acted already). */
    private final String run = Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36);

    LiveEvents(VoteRegistry votes, LiveTotals totals, Results results, ResultPageCache.Decisions decisions, ClusterSignals signals,
               @Value("${atazan.live.heartbeat:5s}") Duration heartbeat,
               @Value("${atazan.live.max-streams-per-client:20}") int maxPerClient) {
        this.streams = new LiveStreams("live-events", heartbeat, maxPerClient);
        this.votes = votes;
        this.totals = totals;
        this.results = results;
        this.decisions = decisions;
        this.signals = signals;
        signals.receive(CHANNEL, this::signalled);
    }

    /** The national totals and those of the units of the national table, as sent. */
    record Totals(@JsonUnwrapped TallyFigures national, Map<String, TallyFigures> units) {
    }

    // Each reaction runs once its decision committed, on the committing thread: it only schedules a push of
    // totals kept in memory (lost in a crash with nothing to repair), so it writes no event publication;
    // the signal goes from the streams' thread, as the committing thread still holds its connection.
    @EventListener
    public void on(ProtocolAccepted e) {
        AfterCommit.run(() -> totalsChanged(e.referendum()));
    }

    @EventListener
    public void on(ProtocolCorrected e) {
        AfterCommit.run(() -> totalsChanged(e.referendum()));
    }

    @EventListener
    public void on(ProtocolsImported e) {
        AfterCommit.run(() -> totalsChanged(e.referendum()));
    }

    @EventListener
    public void on(TurnoutReported e) {
        AfterCommit.run(() -> {
            turnoutReported(e.referendum());
            tellOthers(TURNOUT, e.referendum());
        });
    }

    // No push here (as before), but the other nodes' trees and pages must learn of it.
    @EventListener
    public void on(TerritoriesAdded e) {
        AfterCommit.run(() -> tellOthers(TOTALS, e.referendum()));
    }

    @EventListener
    public void on(ResultPublished e) {
        AfterCommit.run(() -> tellOthers(OTHER, e.referendum()));
    }

    private void totalsChanged(String id) {
        streams.coalesce("push " + id, COALESCE, () -> publish(id));
        tellOthers(TOTALS, id);
    }

    private void tellOthers(String kind, String id) {
        streams.coalesce("signal " + kind + " " + id, COALESCE, () -> signals.send(CHANNEL, run + ":" + kind + ":" + id));
    }

    /** A change on some node; one of another node is applied here (this node's own are done already). */
    private void signalled(String payload) {
        String[] p = payload.split(":", 3);
        if (p.length < 3 || p[0].equals(run)) return;
        String kind = p[1], id = p[2];
        // The result page's key holds the totals' version and this count: both move, so no stale page is served.
        decisions.changedElsewhere(id);
        switch (kind) {
            case TOTALS -> {
                totals.refresh(id);
                streams.coalesce("push " + id, COALESCE, () -> publish(id));
            }
            case TURNOUT -> turnoutReported(id);
            default -> results.refresh(id); // a publication: nothing live to push
        }
    }

    /** Tells the turnout pages open on this referendum that new reports came in. */
    private void turnoutReported(String id) {
        streams.broadcast(id, () -> SseEmitter.event().name("turnout").data("{}", MediaType.APPLICATION_JSON));
    }

    // Open event streams are requests in progress: ended when the platform starts closing (see LiveStreams).
    @EventListener(ContextClosedEvent.class)
    public void closing() {
        streams.closing();
    }

    @PreDestroy
    public void stop() {
        streams.stop();
    }

    /**
     * Opens a stream of a referendum's totals for a client address (404 for an unknown vote).
     *
     * @throws LiveStreams.TooManyStreams when that address holds {@code atazan.live.max-streams-per-client} already
     */
    public SseEmitter subscribe(String id, String client) {
        votes.vote(id);
        return streams.open(id, client, () -> List.of(totalsEvent(totals(id))));
    }

    /** Open streams, all referendums and clients together (for tests and monitoring). */
    int streams() {
        return streams.streams();
    }

    private void publish(String id) {
        if (!streams.watched(id)) return;
        Totals now = totals(id);
        streams.broadcast(id, () -> totalsEvent(now));
    }

    private static SseEmitter.SseEventBuilder totalsEvent(Totals t) {
        return SseEmitter.event().name("totals").data(t, MediaType.APPLICATION_JSON);
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
