package org.atazan.record.persistence;

import org.atazan.record.PublicRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The one writer of the log's indexes: every few milliseconds while decisions come, it moves what the
 * listeners put in the inbox into the log, up to {@code atazan.record.batch} entries per transaction, until
 * the inbox is empty. One lock and one commit per batch instead of per decision is what lets thousands of
 * decisions a second reach the log. Rows left at a stop stay in the inbox and are moved after the next start.
 * After each drain that moved entries it signs the new checkpoint ({@link PublicRecord#signSequenced}).
 *
 * <p>When a round finds the inbox empty it rests ({@code atazan.record.rest-interval-ms}) and the next commit
 * that queues entries wakes it ({@link InboxSignal}): a quiet platform asks its database four times a second,
 * not fifty, and a decision after a quiet spell is in the log at once. Entries queued by another node
 * sharing the database wait at most the rest.
 */
@Component
class RecordSequencer implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(RecordSequencer.class);

    private final PublicRecord record;
    private final TransactionTemplate tx;
    private final InboxSignal inbox;
    private final long intervalMillis;
    private final long restMillis;
    private final int batch;
    private boolean woken; // guarded by this
    private ScheduledThreadPoolExecutor executor; // guarded by this
    private ScheduledFuture<?> next; // guarded by this
    static final long START_AT_LATEST_MILLIS = 10_000;

    @Autowired
    RecordSequencer(PublicRecord record, TransactionTemplate tx, InboxSignal inbox,
                    @Value("${atazan.record.sequence-interval-ms:20}") long intervalMillis,
                    @Value("${atazan.record.rest-interval-ms:250}") long restMillis,
                    @Value("${atazan.record.batch:1000}") int batch) {
        this.record = record;
        this.tx = tx;
        this.inbox = inbox;
        this.intervalMillis = intervalMillis;
        this.restMillis = Math.max(intervalMillis, restMillis);
        this.batch = batch;
        inbox.listen(this::wakeUp);
    }

    /** A sequencer that never rests longer than a round (tests that drain it themselves). */
    RecordSequencer(PublicRecord record, TransactionTemplate tx, long intervalMillis, int batch) {
        this(record, tx, new InboxSignal(), intervalMillis, intervalMillis, batch);
    }

    /**
     * Moves batches until one is not full (the inbox is empty for now); how many entries. Then, after the
     * commits, signs the checkpoint that holds them, ready for the next request without a connection of its own.
     */
    long drain() {
        long moved = 0;
        int n;
        try {
            do {
                Integer m = tx.execute(s -> record.sequence(batch));
                n = m == null ? 0 : m;
                moved += n;
            } while (n == batch);
        } finally {
            // In one unit of work, so on one connection: the size, the last checkpoint, the new leaves and the note
            // stored each took a connection of their own, and under load each waited its turn behind the writers.
            // Nothing when nothing moved; a batch rolled back is simply not in the log.
            if (record.unsigned()) tx.executeWithoutResult(s -> record.signSequenced());
        }
        return moved;
    }

    /**
     * The rounds begin once the platform is ready ({@link #begin}), or after {@link #START_AT_LATEST_MILLIS} in a
     * context that never says so: after a large import, what was left in the inbox (and the first checkpoint's
     * tree) took a third of a second of the processor while the platform was starting.
     */
    @Override
    public synchronized void start() {
        executor = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "record-sequencer");
            t.setDaemon(true);
            return t;
        });
        // A stop drops the round that is waiting (a rest would otherwise hold the stop).
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        schedule(START_AT_LATEST_MILLIS);
    }

    /** No request is served before the platform is ready: nothing waits for the log meanwhile. */
    @EventListener(ApplicationReadyEvent.class)
    void begin() {
        schedule(0);
    }

    /** Entries were committed while it rested: a round now. */
    synchronized void wakeUp() {
        woken = true;
        schedule(0);
    }

    /** Whether it rests until entries come (or the rest ends). */
    boolean resting() {
        return inbox.waiting();
    }

    private void round() {
        synchronized (this) {
            woken = false;
        }
        long moved = 0;
        boolean failed = false;
        try {
            moved = drain();
        } catch (RuntimeException e) {
            failed = true;
            // The rows stay in the inbox and the next round takes them again; say why without their content.
            log.warn("the public record's sequencer failed, retrying: {}", e.toString());
        }
        if (moved > 0 || failed) {
            inbox.stopWaiting();
            schedule(intervalMillis);
            return;
        }
        inbox.waitForEntries();
        // Under the lock that a wake-up takes: one that came during this round, or comes now, is never undone by the rest.
        synchronized (this) {
            schedule(woken ? intervalMillis : restMillis);
        }
    }

    /** The next round (one at a time: a round already running ends first, on the one thread). */
    private synchronized void schedule(long delayMillis) {
        if (executor == null) return;
        if (next != null) next.cancel(false);
        next = executor.schedule(this::round, delayMillis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        ScheduledThreadPoolExecutor stopping;
        synchronized (this) {
            if (executor == null) return;
            stopping = executor;
            executor = null;
            if (next != null) next.cancel(false);
        }
        // Outside the lock: the round running may want to schedule the next, and is then told there is none.
        stopping.shutdown();
        try {
            stopping.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
