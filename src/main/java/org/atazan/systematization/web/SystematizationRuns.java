package org.atazan.systematization.web;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Runs over a whole consultation (near-duplicates, topical clusters) off the web request, one at a time
 * on one thread: at campaign scale they take seconds to minutes, and the secretariat's page answers at
 * once and says that one is under way. Asking again for a run already waiting or running adds nothing.
 */
@Component
class SystematizationRuns implements DisposableBean {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SystematizationRuns.class);
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "systematization-run");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Boolean> pending = new ConcurrentHashMap<>();
    private final Map<String, String> failures = new ConcurrentHashMap<>();

    /** Queues a run of {@code kind} over a consultation; {@code false} when one is already waiting or running. */
    boolean submit(String kind, String consultationId, Runnable run) {
        String key = kind + ":" + consultationId;
        if (pending.putIfAbsent(key, true) != null) return false;
        runner.execute(() -> {
            long start = System.nanoTime();
            try {
                run.run();
                failures.remove(key);
                log.info("systematization: {} of '{}' found in {} ms", kind, consultationId, (System.nanoTime() - start) / 1_000_000);
            } catch (RuntimeException e) {
                failures.put(key, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
                log.warn("systematization: {} of '{}' failed: {}", kind, consultationId, e.toString());
            } finally {
                pending.remove(key);
            }
        });
        return true;
    }

    boolean running(String kind, String consultationId) {
        return pending.containsKey(kind + ":" + consultationId);
    }

    /** Why the last run of {@code kind} failed, until one succeeds. */
    Optional<String> failure(String kind, String consultationId) {
        return Optional.ofNullable(failures.get(kind + ":" + consultationId));
    }

    @Override
    public void destroy() {
        runner.shutdownNow();
    }
}
