package org.atazan.platform.demo;

import org.atazan.HttpTestClient;
import org.atazan.PlatformTest;
import org.atazan.platform.DemoDataLoaded;
import org.atazan.platform.DemoDataSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A second start with --demo says the demo data is already there, and loads nothing twice; with
 * {@code atazan.demo.background} the sets load after the start while every page says so, a failing
 * set is left out whole, and the end is announced.
 */
@ExtendWith(OutputCaptureExtension.class)
class DemoLoaderTest extends PlatformTest {
    @Autowired
    DemoLoader loader;
    @Autowired
    DemoProgress progress;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate tx;
    @LocalServerPort
    int port;

    @Test
    void runningAgainSaysTheDemoDataIsAlreadyThere(CapturedOutput output) {
        int before = output.getOut().length();
        loader.run(null);
        assertThat(output.getOut().substring(before))
                .contains("Demo data already in the database, kept as it is: " + String.join(", ", loader.names()))
                .doesNotContain("loaded in");
    }

    /** A set that waits for the test before it writes its row; or one that fails half-way. */
    record Probe(String name, CountDownLatch go, JdbcClient jdbc, boolean fails) implements DemoDataSet {
        @Override
        public void load(Path sharedData) {
            try {
                assertThat(go.await(60, TimeUnit.SECONDS)).isTrue();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            jdbc.sql("INSERT INTO platform_demo_load (name) VALUES (?)").param(name + "-written").update();
            if (fails) throw new IllegalStateException("the probe's file is damaged");
        }
    }

    @Test
    void inTheBackgroundThePlatformAnswersAtOnceAndEveryPageSaysTheDemoIsStillLoading() throws Exception {
        String id = UUID.randomUUID().toString().substring(0, 8);
        CountDownLatch go = new CountDownLatch(1);
        List<Object> told = new CopyOnWriteArrayList<>();
        DemoLoader background = new DemoLoader(List.of(new Probe("probe-a-" + id, go, jdbc, false), new Probe("probe-b-" + id, go, jdbc, true)),
                jdbc, tx, told::add, progress, true, true, "target", ".");
        background.run(null); // returns at once: the sets wait on their own thread
        assertThat(progress.loading()).isTrue();
        assertThat(progress.pending()).containsExactly("probe-a-" + id, "probe-b-" + id);
        HttpTestClient http = new HttpTestClient(port);
        assertThat(http.get("/?lang=en").body()).contains("The demo data is still loading");
        assertThat(http.get("/consultations?lang=ru").body()).contains("Демонстрационные данные ещё загружаются");
        assertThat(http.get("/commission?lang=kk").body()).contains("Демонстрациялық деректер әлі жүктеліп жатыр");

        go.countDown();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (told.isEmpty() && System.nanoTime() < deadline) Thread.sleep(20);
        assertThat(told).containsExactly(new DemoDataLoaded(List.of("probe-a-" + id)));
        assertThat(progress.loading()).isFalse();
        assertThat(http.get("/?lang=en").body()).doesNotContain("The demo data is still loading");
        // The set that failed left nothing behind: neither its rows nor the mark that it was loaded.
        assertThat(jdbc.sql("SELECT name FROM platform_demo_load WHERE name LIKE ? ORDER BY name").param("probe-%-" + id + "%")
                .query(String.class).list()).containsExactly("probe-a-" + id, "probe-a-" + id + "-written");
    }

    @Test
    void aStopWhileASetLoadsLeavesItOutWholeAndSaysTheNextStartLoadsIt(CapturedOutput output) throws Exception {
        String id = UUID.randomUUID().toString().substring(0, 8);
        CountDownLatch go = new CountDownLatch(1);
        List<Object> told = new CopyOnWriteArrayList<>();
        // The first set fails once released, as a set does when the pool closes under it; the second is never begun.
        DemoLoader stopped = new DemoLoader(List.of(new Probe("probe-c-" + id, go, jdbc, true), new Probe("probe-d-" + id, go, jdbc, false)),
                jdbc, tx, told::add, new DemoProgress(), true, true, "target", ".");
        int before = output.getOut().length();
        stopped.run(null);
        Thread stop = new Thread(stopped::stop);
        stop.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!stopped.stopping() && System.nanoTime() < deadline) Thread.sleep(5);
        go.countDown();
        stop.join(60_000);

        assertThat(stop.isAlive()).as("the stop waited for the set, not longer").isFalse();
        String log = output.getOut().substring(before);
        assertThat(log).contains("Demo data loading stopped with the platform; loaded: none; the next start with --demo loads probe-c-"
                        + id + ", probe-d-" + id)
                .doesNotContain("not loaded:").doesNotContain("Demo data in:");
        assertThat(told).as("no news of demo data to a platform that stops").isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM platform_demo_load WHERE name LIKE ?").param("probe-_-" + id + "%")
                .query(Long.class).single()).isZero();
    }
}
