package org.atazan.platform.demo;

import org.atazan.platform.DemoDataSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/** With --demo, loads every module's demo set that is not loaded yet, each all-or-nothing. */
@Component
@Order(10)
class DemoLoader implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);

    private final List<DemoDataSet> sets;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final boolean enabled;
    private final Path sharedData;

    DemoLoader(List<DemoDataSet> sets, JdbcClient jdbc, TransactionTemplate tx,
               @Value("${atazan.demo:false}") boolean enabled,
               @Value("${atazan.demo-data:}") String sharedData,
               @Value("${atazan.home:.}") String home) {
        this.sets = sets.stream().sorted(Comparator.comparing(DemoDataSet::name)).toList();
        this.jdbc = jdbc;
        this.tx = tx;
        this.enabled = enabled;
        this.sharedData = sharedData.isBlank() ? Path.of(home).resolve("../shared/data").toAbsolutePath().normalize() : Path.of(sharedData);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) return;
        if (!Files.isDirectory(sharedData)) {
            log.warn("Demo data not loaded: {} does not exist (give the shared data directory with --demo-data DIR)", sharedData);
            return;
        }
        List<String> already = new java.util.ArrayList<>();
        for (DemoDataSet set : sets) {
            boolean loaded = jdbc.sql("SELECT count(*) FROM platform_demo_load WHERE name = ?")
                    .param(set.name()).query(Integer.class).single() > 0;
            if (loaded) {
                already.add(set.name());
                continue;
            }
            long start = System.nanoTime();
            tx.executeWithoutResult(status -> {
                set.load(sharedData);
                jdbc.sql("INSERT INTO platform_demo_load (name) VALUES (?)").param(set.name()).update();
            });
            log.info("Demo data '{}' loaded in {} ms", set.name(), (System.nanoTime() - start) / 1_000_000);
        }
        if (!already.isEmpty()) {
            log.info("Demo data already in the database, kept as it is: {}", String.join(", ", already));
        }
    }

    /** Names of the sets this platform knows, for tests and the log. */
    List<String> names() {
        return sets.stream().map(DemoDataSet::name).toList();
    }
}
