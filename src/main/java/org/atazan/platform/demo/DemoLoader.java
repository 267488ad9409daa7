package org.atazan.platform.demo;

import org.atazan.platform.DemoDataLoaded;
import org.atazan.platform.DemoDataSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * With --demo, loads every module's demo set that is not loaded yet, each all-or-nothing. With
 * {@code atazan.demo.background} (what {@code serve --demo} sets) the sets load on a thread of their
 * own after the start, so that the platform answers at once: until they are in, every page says so
 * ({@link DemoProgress}); a set is seen whole or not at all, never half. A stop meanwhile waits a few
 * seconds for the set being loaded, then leaves it out whole and says that the next start loads what is
 * missing (not a failure: a stop right after the start printed the closed pool's errors).
 */
@Component
@Order(10)
class DemoLoader implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);

    private final List<DemoDataSet> sets;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final DemoProgress progress;
    private final boolean enabled;
    private final boolean background;
    private final Path sharedData;
    /** How long a stop waits for the set being loaded before the pool closes under it. */
    static final long STOP_WAIT_MILLIS = 5_000;
    private volatile boolean stopping;
    private volatile Thread loading;

    DemoLoader(List<DemoDataSet> sets, JdbcClient jdbc, TransactionTemplate tx, ApplicationEventPublisher events,
               DemoProgress progress,
               @Value("${atazan.demo:false}") boolean enabled,
               @Value("${atazan.demo.background:false}") boolean background,
               @Value("${atazan.demo-data:}") String sharedData,
               @Value("${atazan.home:.}") String home) {
        this.sets = sets.stream().sorted(Comparator.comparing(DemoDataSet::name)).toList();
        this.jdbc = jdbc;
        this.tx = tx;
        this.events = events;
        this.progress = progress;
        this.enabled = enabled;
        this.background = background;
        this.sharedData = sharedData.isBlank() ? Path.of(home).resolve("../shared/data").toAbsolutePath().normalize() : Path.of(sharedData);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) return;
        if (!Files.isDirectory(sharedData)) {
            log.warn("Demo data not loaded: {} does not exist (give the shared data directory with --demo-data DIR)", sharedData);
            return;
        }
        List<String> already = new ArrayList<>();
        List<DemoDataSet> missing = new ArrayList<>();
        for (DemoDataSet set : sets) {
            boolean loaded = jdbc.sql("SELECT count(*) FROM platform_demo_load WHERE name = ?")
                    .param(set.name()).query(Integer.class).single() > 0;
            if (loaded) already.add(set.name());
            else missing.add(set);
        }
        if (!already.isEmpty()) {
            log.info("Demo data already in the database, kept as it is: {}", String.join(", ", already));
        }
        if (missing.isEmpty()) return;
        if (!background) {
            load(missing);
            return;
        }
        progress.pending(missing.stream().map(DemoDataSet::name).toList());
        log.info("Demo data loading in the background: {} (pages say so until it is in)",
                String.join(", ", progress.pending()));
        Thread t = new Thread(() -> load(missing), "demo-data");
        t.setDaemon(true);
        loading = t;
        t.start();
    }

    /** Before the web server and the pool stop: no set is begun any more, and the one being loaded may end. */
    @EventListener(ContextClosedEvent.class)
    void stop() {
        stopping = true;
        Thread t = loading;
        if (t == null) return;
        try {
            t.join(STOP_WAIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void load(List<DemoDataSet> missing) {
        long all = System.nanoTime();
        List<String> loaded = new ArrayList<>();
        List<String> pending = new ArrayList<>(missing.stream().map(DemoDataSet::name).toList());
        for (DemoDataSet set : missing) {
            if (stopping) break;
            long start = System.nanoTime();
            try {
                tx.executeWithoutResult(status -> {
                    set.load(sharedData);
                    jdbc.sql("INSERT INTO platform_demo_load (name) VALUES (?)").param(set.name()).update();
                });
                loaded.add(set.name());
                pending.remove(set.name());
                log.info("Demo data '{}' loaded in {} ms", set.name(), (System.nanoTime() - start) / 1_000_000);
            } catch (RuntimeException e) {
                if (!background) throw e;
                if (stopping) break; // the pool closed under it: left out whole, loaded at the next start
                pending.remove(set.name());
                // On its own thread nobody else would hear of it; the set is not there at all (one transaction).
                log.error("Demo data '{}' not loaded: {}", set.name(), e.toString());
            } finally {
                if (background) progress.pending(pending);
            }
        }
        loading = null;
        if (stopping) {
            log.info("Demo data loading stopped with the platform; loaded: {}; the next start with --demo loads {}",
                    loaded.isEmpty() ? "none" : String.join(", ", loaded), String.join(", ", pending));
            return;
        }
        if (background) {
            log.info("Demo data in: {} in {} ms", String.join(", ", loaded), (System.nanoTime() - all) / 1_000_000);
        }
        events.publishEvent(new DemoDataLoaded(loaded));
    }

    boolean stopping() {
        return stopping;
    }

    /** Names of the sets this platform knows, for tests and the log. */
    List<String> names() {
        return sets.stream().map(DemoDataSet::name).toList();
    }
}
