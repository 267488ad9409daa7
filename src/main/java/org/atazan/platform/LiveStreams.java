package org.atazan.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * The bookkeeping of server-sent event streams, shared by every live page (a vote's totals, a meeting):
 * streams grouped by topic (a vote's id, a meeting's id), at most {@code maxPerClient} per client
 * address ({@link TooManyStreams} beyond, which the web edges answer 429), a comment line on every stream
 * every {@code heartbeat} so that a client that has gone is found by the failed write and its stream and
 * connection released within seconds rather than at the next event or after 30 minutes, and a release
 * on completion, timeout or error. What an event carries and when it is sent is its owner's business.
 * <p>
 * Writes to the streams happen on this object's own thread (the initial events of a new stream on the
 * opening request's), so a slow client never slows the decision that caused an event. One instance per
 * kind of page: each has its own cap, so the meeting page's viewers do not use up the results' share.
 * Used in the modules' web edges; the owner ends the streams as the platform closes ({@link #closing()})
 * and stops the thread ({@link #stop()}).
 */
public final class LiveStreams {
    /** How long a stream may stay open; the browser's EventSource opens another. */
    static final long TIMEOUT_MS = 30 * 60 * 1000L;
    private static final Logger log = LoggerFactory.getLogger(LiveStreams.class);

    private final String name;
    private final int maxPerClient;
    private final Map<String, List<Stream>> topics = new ConcurrentHashMap<>();
    private final Map<String, Integer> perClient = new ConcurrentHashMap<>();
    private final Set<String> pending = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService sender;

    /**
     * @param name         the thread's name, and the logs'
     * @param heartbeat    {@code atazan.live.heartbeat}: the pause between comment lines
     * @param maxPerClient {@code atazan.live.max-streams-per-client}
     */
    public LiveStreams(String name, Duration heartbeat, int maxPerClient) {
        if (heartbeat.isNegative() || heartbeat.isZero()) throw new IllegalArgumentException("atazan.live.heartbeat must be positive");
        if (maxPerClient < 1) throw new IllegalArgumentException("atazan.live.max-streams-per-client must be at least 1");
        this.name = name;
        this.maxPerClient = maxPerClient;
        this.sender = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
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
    public static final class TooManyStreams extends RuntimeException {
        TooManyStreams(String client, int max) {
            super("client " + client + " already has " + max + " live streams open (limit atazan.live.max-streams-per-client);"
                    + " close one, or reload the page later");
        }
    }

    /**
     * Opens a stream on a topic for a client address, and writes to it the events {@code first} gives, read
     * once the stream is registered, so that no broadcast between the two is missed.
     *
     * @throws TooManyStreams when that address holds {@code maxPerClient} streams already
     */
    public SseEmitter open(String topic, String client, Supplier<List<SseEmitter.SseEventBuilder>> first) {
        if (!reserve(client)) throw new TooManyStreams(client, maxPerClient);
        SseEmitter e = new SseEmitter(TIMEOUT_MS);
        Stream s = new Stream(e, client);
        List<Stream> list = topics.computeIfAbsent(topic, k -> new CopyOnWriteArrayList<>());
        list.add(s);
        e.onCompletion(() -> release(s, list));
        e.onTimeout(() -> release(s, list));
        e.onError(x -> release(s, list));
        try {
            for (SseEmitter.SseEventBuilder event : first.get()) write(s, list, event);
        } catch (RuntimeException x) {
            release(s, list);
            throw x;
        }
        return e;
    }

    /**
     * Sends an event to every stream of a topic, on this object's thread; {@code event} is called once per
     * stream (a built event cannot be sent twice), so it should only wrap data computed beforehand.
     */
    public void broadcast(String topic, Supplier<SseEmitter.SseEventBuilder> event) {
        submit(() -> {
            List<Stream> list = topics.get(topic);
            if (list == null) return;
            try {
                for (Stream s : list) write(s, list, event.get());
            } catch (RuntimeException x) {
                // The thread must survive whatever one topic's events do.
                log.warn("{}: event on {} not sent", name, topic, x);
            }
        });
    }

    /** Runs a task on this object's thread; once it has stopped (the platform closing) there is nobody to send to. */
    private void submit(Runnable task) {
        try {
            sender.execute(task);
        } catch (RejectedExecutionException stopped) {
            // the streams are ended already
        }
    }

    /**
     * Runs {@code task} on this object's thread after {@code delay}, once for a whole burst of calls with the
     * same key within it (a burst of protocols becomes one event).
     */
    public void coalesce(String key, Duration delay, Runnable task) {
        if (!pending.add(key)) return;
        try {
            sender.schedule(() -> {
                pending.remove(key);
                try {
                    task.run();
                } catch (RuntimeException x) {
                    // The thread must survive whatever one task does.
                    log.warn("{}: {} failed", name, key, x);
                }
            }, delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopped) {
            // Stopped as the platform closes: a reaction after commit must not fail its request for that.
            pending.remove(key);
        }
    }

    /** Whether any stream is open on the topic. */
    public boolean watched(String topic) {
        List<Stream> list = topics.get(topic);
        return list != null && !list.isEmpty();
    }

    /** Open streams, all topics and clients together (for tests and monitoring). */
    public int streams() {
        return topics.values().stream().mapToInt(List::size).sum();
    }

    /**
     * Ends every open stream: they are requests in progress, ended when the platform starts closing so that
     * its graceful shutdown does not wait for them (Ctrl-C stops at once, tests end at once).
     */
    public void closing() {
        topics.values().forEach(list -> list.forEach(s -> s.emitter.complete()));
        topics.clear();
        perClient.clear();
    }

    /** Stops the thread and ends what is still open. */
    public void stop() {
        sender.shutdownNow();
        topics.values().forEach(list -> list.forEach(s -> s.emitter.complete()));
    }

    /** A comment line on every stream: clients ignore it; a client that has gone makes the write fail. */
    private void heartbeat() {
        try {
            topics.values().forEach(list -> list.forEach(s -> write(s, list, SseEmitter.event().comment(""))));
        } catch (RuntimeException e) {
            log.warn("{}: heartbeat failed", name, e);
        }
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
}
