package org.atazan.record.persistence;

import org.atazan.platform.AfterCommit;
import org.springframework.stereotype.Component;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Tells a resting {@link RecordSequencer} that entries reached the inbox, once their transaction has
 * committed, so that a quiet platform polls its inbox a few times a second instead of fifty and a decision
 * after a quiet spell is still in the log at once. While the sequencer is busy nothing is registered: a
 * decision costs one read of a flag.
 */
@Component
class InboxSignal {
    private final AtomicBoolean waiting = new AtomicBoolean();
    private volatile Runnable listener = () -> { };

    /** Who to tell: the sequencer, once. */
    void listen(Runnable wakeUp) {
        this.listener = wakeUp;
    }

    /** The sequencer rests: the next entry's commit tells it. */
    void waitForEntries() {
        waiting.set(true);
    }

    boolean waiting() {
        return waiting.get();
    }

    /** The sequencer works again (told, or its own round found entries). */
    void stopWaiting() {
        waiting.set(false);
    }

    /** Entries were queued in the current transaction (or outside one: at once). */
    void enqueued() {
        if (waiting.get()) AfterCommit.run(this::fire);
    }

    private void fire() {
        if (waiting.compareAndSet(true, false)) listener.run();
    }
}
