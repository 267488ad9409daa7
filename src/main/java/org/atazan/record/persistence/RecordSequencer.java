package org.atazan.record.persistence;

import org.atazan.record.PublicRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The one writer of the log's indexes: every few milliseconds it moves what the listeners put in the
 * inbox into the log, up to {@code atazan.record.batch} entries per transaction, until the inbox is
 * empty. One lock and one commit per batch instead of per decision is what lets thousands of decisions
 * a second reach the log. Rows left at a stop stay in the inbox and are moved after the next start.
 * After each drain that moved entries it signs the new checkpoint ({@link PublicRecord#signSequenced}).
 */
@Component
class RecordSequencer implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(RecordSequencer.class);

    private final PublicRecord record;
    private final TransactionTemplate tx;
    private final long intervalMillis;
    private final int batch;
    private ScheduledExecutorService executor;
    private ScheduledFuture<?> rounds;
    static final long START_AT_LATEST_MILLIS = 10_000;

    RecordSequencer(PublicRecord record, TransactionTemplate tx,
                    @Value("${atazan.record.sequence-interval-ms:20}") long intervalMillis,
                    @Value("${atazan.record.batch:1000}") int batch) {
        this.record = record;
        this.tx = tx;
        this.intervalMillis = intervalMillis;
        this.batch = batch;
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
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "record-sequencer");
            t.setDaemon(true);
            return t;
        });
        rounds = rounds(START_AT_LATEST_MILLIS);
    }

    /** No request is served before the platform is ready: nothing waits for the log meanwhile. */
    @EventListener(ApplicationReadyEvent.class)
    synchronized void begin() {
        if (executor == null) return;
        rounds.cancel(false); // a round already running ends first: one thread
        rounds = rounds(0);
    }

    private ScheduledFuture<?> rounds(long delayMillis) {
        return executor.scheduleWithFixedDelay(() -> {
            try {
                drain();
            } catch (RuntimeException e) {
                // The rows stay in the inbox and the next round takes them again; say why without their content.
                log.warn("the public record's sequencer failed, retrying: {}", e.toString());
            }
        }, delayMillis, intervalMillis, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (executor == null) return;
        executor.shutdown();
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        executor = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
