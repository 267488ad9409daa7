package org.atazan.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Function;

/**
 * Group commit: the items handed in while one batch is being written (and its commit flushed) go
 * together into the next batch, written by one thread; each caller waits for its own item's result.
 * Alone, an item waits for nothing; under load, one flush serves many. The queue needs no bound of its
 * own: each waiting item holds a caller's thread, and the caller's pool bounds those.
 *
 * @param <I> what is handed in
 * @param <O> what each item gives back
 */
public final class GroupCommit<I, O> {
    private record Waiting<I, O>(I item, CompletableFuture<O> answer) {
    }

    private final String name;
    private final int maxBatch;
    /** Writes a batch; returns, per item and in order, its result or the exception it failed with. */
    private final Function<List<I>, List<Object>> writer;
    private final BlockingQueue<Waiting<I, O>> queue = new LinkedBlockingQueue<>();
    private Thread thread;

    public GroupCommit(String name, int maxBatch, Function<List<I>, List<Object>> writer) {
        this.name = name;
        this.maxBatch = maxBatch;
        this.writer = writer;
    }

    /** Hands in one item and waits for its result. */
    public O submit(I item) {
        return submitAll(List.of(item)).get(0);
    }

    /** Hands in several items at once (they go into the same or consecutive batches) and waits for all. */
    public List<O> submitAll(List<I> items) {
        start();
        List<CompletableFuture<O>> answers = new ArrayList<>(items.size());
        for (I item : items) {
            CompletableFuture<O> answer = new CompletableFuture<>();
            answers.add(answer);
            queue.add(new Waiting<>(item, answer));
        }
        List<O> out = new ArrayList<>(items.size());
        for (CompletableFuture<O> answer : answers) out.add(await(answer));
        return out;
    }

    private O await(CompletableFuture<O> answer) {
        try {
            return answer.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + name, e);
        }
    }

    private synchronized void start() {
        if (thread != null) return;
        thread = new Thread(this::run, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Stops the writing thread (items still queued are not written). */
    public synchronized void stop() {
        if (thread != null) thread.interrupt();
    }

    @SuppressWarnings("unchecked")
    private void run() {
        List<Waiting<I, O>> batch = new ArrayList<>(maxBatch);
        while (!Thread.currentThread().isInterrupted()) {
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                return;
            }
            queue.drainTo(batch, maxBatch - 1);
            try {
                List<Object> out = writer.apply(batch.stream().map(Waiting::item).toList());
                for (int i = 0; i < batch.size(); i++) {
                    Object o = out.get(i);
                    if (o instanceof Throwable t) batch.get(i).answer().completeExceptionally(t);
                    else batch.get(i).answer().complete((O) o);
                }
            } catch (Throwable t) {
                for (Waiting<I, O> w : batch) w.answer().completeExceptionally(t);
            }
            batch.clear();
        }
    }
}
