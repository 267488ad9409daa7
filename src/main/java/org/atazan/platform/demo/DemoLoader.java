package org.atazan.platform.demo;

import org.atazan.platform.DemoDataLoaded;
import org.atazan.platform.DemoDataSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
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
 * ({@link DemoProgress}); a set is seen whole or not at all, never half.
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
        t.start();
    }

    private void load(List<DemoDataSet> missing) {
        long all = System.nanoTime();
        List<String> loaded = new ArrayList<>();
        List<String> pending = new ArrayList<>(missing.stream().map(DemoDataSet::name).toList());
        for (DemoDataSet set : missing) {
            long start = System.nanoTime();
            try {
                tx.executeWithoutResult(status -> {
                    set.load(sharedData);
                    jdbc.sql("INSERT INTO platform_demo_load (name) VALUES (?)").param(set.name()).update();
                });
                loaded.add(set.name());
                log.info("Demo data '{}' loaded in {} ms", set.name(), (System.nanoTime() - start) / 1_000_000);
            } catch (RuntimeException e) {
                if (!background) throw e;
                // On its own thread nobody else would hear of it; the set is not there at all (one transaction).
                log.error("Demo data '{}' not loaded: {}", set.name(), e.toString());
            } finally {
                pending.remove(set.name());
                if (background) progress.pending(pending);
            }
        }
        if (background) {
            log.info("Demo data in: {} in {} ms", String.join(", ", loaded), (System.nanoTime() - all) / 1_000_000);
        }
        events.publishEvent(new DemoDataLoaded(loaded));
    }

    /** Names of the sets this platform knows, for tests and the log. */
    List<String> names() {
        return sets.stream().map(DemoDataSet::name).toList();
    }
}
