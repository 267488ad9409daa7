package org.atazan.platform.events;

import org.atazan.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A decision's event is kept in PostgreSQL with the decision and survives a crash between commit and
 * delivery: the platform runs as its own process, makes a decision, starts delivering its event and
 * is killed (SIGKILL) half-way; the next start delivers the event, once.
 */
class EventDeliverySurvivesACrashTest {

    static final Duration PATIENCE = Duration.ofMinutes(3);

    @TempDir
    Path dir;
    String database;
    JdbcClient jdbc;
    final List<Process> processes = new ArrayList<>();

    @BeforeEach
    void freshDatabase() {
        database = "probe_" + UUID.randomUUID().toString().replace("-", "");
        JdbcClient admin = JdbcClient.create(TestDatabases.embeddedDataSource());
        admin.sql("CREATE DATABASE " + database + " TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'").update();
        jdbc = JdbcClient.create(TestDatabases.dataSource(url(), TestDatabases.embedded().user(), null));
        // Its own schema: Flyway migrates an empty "public" as on any first start.
        jdbc.sql("CREATE SCHEMA probe").update();
        jdbc.sql("CREATE TABLE probe.decision (id text PRIMARY KEY)").update();
        jdbc.sql("CREATE TABLE probe.handled (id text)").update();
    }

    @AfterEach
    void stop() {
        processes.forEach(Process::destroyForcibly);
    }

    @Test
    void anEventWhoseDeliveryWasKilledIsDeliveredAfterTheRestart() throws Exception {
        Process first = start("first", "--probe.publish=true", "--probe.hang=true");
        await(() -> Files.exists(dir.resolve("handling-p-1")), first, "the listener to start");

        first.destroyForcibly().waitFor(); // SIGKILL: no shutdown hook, no graceful anything

        assertThat(count("SELECT count(*) FROM probe.decision")).as("the decision committed").isEqualTo(1);
        assertThat(count("SELECT count(*) FROM probe.handled")).as("the listener never finished").isZero();
        assertThat(count("SELECT count(*) FROM event_publication WHERE completion_date IS NULL"
                + " AND event_type LIKE '%ProbeDecided'")).as("the event is kept, not yet handled").isEqualTo(1);

        Process second = start("second", "--probe.hang=false");
        await(() -> count("SELECT count(*) FROM probe.handled") == 1, second, "the event to be delivered again");
        await(() -> count("SELECT count(*) FROM event_publication WHERE completion_date IS NULL") == 0, second,
                "the publication to be completed");
        second.destroy();
        second.waitFor();

        Process third = start("third", "--probe.hang=false");
        await(() -> Files.exists(dir.resolve("third.log")) && Files.readString(dir.resolve("third.log")).contains("Started"),
                third, "the third start");
        assertThat(count("SELECT count(*) FROM probe.handled")).as("delivered once, not again").isEqualTo(1);
    }

    private String url() {
        return TestDatabases.embedded().jdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1");
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private Process start(String name, String... probeArgs) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), DeliveryProbe.class.getName(),
                "--server.port=0", "--atazan.demo=false",
                "--atazan.data-dir=" + dir.resolve("data-" + name),
                "--atazan.db.url=" + url(), "--atazan.db.user=" + TestDatabases.embedded().user(),
                "--probe.dir=" + dir));
        cmd.addAll(List.of(probeArgs));
        File log = dir.resolve(name + ".log").toFile();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log).start();
        processes.add(p);
        return p;
    }

    private void await(Check check, Process p, String what) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            if (check.holds()) return;
            if (!p.isAlive()) break;
            Thread.sleep(100);
        }
        String log = Files.readString(dir.resolve(Files.list(dir).filter(f -> f.toString().endsWith(".log"))
                .max(java.util.Comparator.comparingLong(f -> f.toFile().lastModified())).orElseThrow().getFileName()));
        throw new AssertionError("waited in vain for " + what + "; the probe's log ends:\n"
                + log.substring(Math.max(0, log.length() - 4000)));
    }

    interface Check {
        boolean holds() throws Exception;
    }
}
