package org.atazan.consultation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Function;

/**
 * Group commit for submissions. A reference number is allocated under a row lock held to the commit
 * (so that numbers have no gaps), which made every submission wait for the one before it to reach the
 * disk: one flush per proposal, about 190 a second here. Here the submissions that arrive while one
 * batch commits go together into the next: one unit of work, one flush for all of them, numbers still
 * consecutive, and each answered only once its batch is durable. Alone, a submission waits for
 * nothing. The queue needs no bound of its own: each entry holds a request thread, and the web
 * server's pool bounds those.
 */
final class SubmissionBatches {
    /** The most submissions one commit carries: enough to amortise the flush, few enough to answer soon. */
    static final int MAX_BATCH = 64;

    record Waiting<I, O>(I item, CompletableFuture<O> answer) {
    }

    private final BlockingQueue<Waiting<ProposalDesk.Prepared, Proposal>> queue = new LinkedBlockingQueue<>();
    /** Writes a batch; returns, per item and in order, its proposal or the exception it failed with. */
    private final Function<List<ProposalDesk.Prepared>, List<Object>> writer;
    private Thread thread;

    SubmissionBatches(Function<List<ProposalDesk.Prepared>, List<Object>> writer) {
        this.writer = writer;
    }

    Proposal submit(ProposalDesk.Prepared item) {
        start();
        Waiting<ProposalDesk.Prepared, Proposal> w = new Waiting<>(item, new CompletableFuture<>());
        queue.add(w);
        try {
            return w.answer().get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the proposal was being stored", e);
        }
    }

    private synchronized void start() {
        if (thread != null) return;
        thread = new Thread(this::run, "proposal-submissions");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        List<Waiting<ProposalDesk.Prepared, Proposal>> batch = new ArrayList<>(MAX_BATCH);
        while (true) {
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                return;
            }
            queue.drainTo(batch, MAX_BATCH - 1);
            try {
                List<Object> out = writer.apply(batch.stream().map(Waiting::item).toList());
                for (int i = 0; i < batch.size(); i++) {
                    Object o = out.get(i);
                    if (o instanceof Proposal p) batch.get(i).answer().complete(p);
                    else batch.get(i).answer().completeExceptionally((Throwable) o);
                }
            } catch (Throwable t) {
                for (Waiting<ProposalDesk.Prepared, Proposal> w : batch) w.answer().completeExceptionally(t);
            }
            batch.clear();
        }
    }
}
