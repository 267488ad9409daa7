package org.atazan.record.persistence;

import com.zaxxer.hikari.HikariDataSource;
import org.atazan.platform.db.EmbeddedDatabase;
import org.atazan.record.NoteKey;
import org.atazan.record.PublicRecord;
import org.atazan.record.TestLogs;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sustained appends to the public record in PostgreSQL (bench/run record): the embedded server as the
 * platform runs it (fsync, synchronous_commit and full_page_writes on, a fresh data directory), the
 * store's own SQL, entries shaped like the platform's (canonical JSON of a decision, about 200 bytes).
 * Each mode runs for -Dsecs seconds (default 10) after a warm-up and prints entries per second:
 * one entry per transaction under the lock (as DecisionsToRecord appended before the inbox) with 1 and 4
 * threads, batches of 100 and 1,000 entries per transaction (PublicRecord.appendAll), and the platform's own
 * path: writers enqueue one decision per transaction while one sequencer moves batches into the log
 * (-Donly=inbox runs only that).
 */
public final class RecordAppendBench {

    public static void main(String[] args) throws Exception {
        int secs = Integer.parseInt(System.getProperty("secs", "10"));
        Path dir = Files.createTempDirectory("record-bench-pg");
        EmbeddedDatabase db = EmbeddedDatabase.start(dir, false);
        try (HikariDataSource ds = new HikariDataSource()) {
            ds.setJdbcUrl(db.jdbcUrl());
            ds.setUsername(db.user());
            ds.setMaximumPoolSize(45); // the embedded server takes 50 connections
            Flyway.configure().dataSource(ds).locations("classpath:db/migration/record").load().migrate();
            KeyPair keys = TestLogs.keys();
            JdbcRecordStore store = new JdbcRecordStore(JdbcClient.create(ds), new JdbcTemplate(ds), Clock.systemUTC());
            PublicRecord record = new PublicRecord(store, TestLogs.ORIGIN, keys.getPrivate(), NoteKey.of(TestLogs.ORIGIN, keys.getPublic()));
            TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(ds));
            AtomicLong n = new AtomicLong();

            if ("group-commit".equals(System.getProperty("only"))) {
                groupCommit(record, store, tx, n, secs, JdbcClient.create(ds));
                return;
            }
            boolean all = !"inbox".equals(System.getProperty("only"));
            if (all) {
                run("warm-up, one per transaction, 1 thread", 3, 1, () -> one(record, tx, n));
                run("one entry per transaction, 1 thread", secs, 1, () -> one(record, tx, n));
                run("one entry per transaction, 4 threads", secs, 4, () -> one(record, tx, n));
                run("batches of 100 per transaction, 1 thread", secs, 1, () -> batch(record, tx, n, 100));
                run("batches of 1,000 per transaction, 1 thread", secs, 1, () -> batch(record, tx, n, 1000));
            }

            // As the platform appends now: each decision in its own transaction into the inbox (no lock),
            // one sequencer moving batches of up to 1,000 into the log at the same time. The rate is what
            // reached the log while the writers ran; the backlog is what was still in the inbox then.
            for (int threads : new int[]{1, 4, 8, 16}) inbox(record, store, tx, n, secs, threads);
            long size = store.size();
            long t0 = System.nanoTime();
            record.checkpoint();
            long t1 = System.nanoTime();
            record.checkpoint();
            long t2 = System.nanoTime();
            System.out.printf("checkpoint of %,d entries: first %.0f ms (leaf hashes read, 256-leaf blocks hashed), next %.1f ms%n",
                    size, (t1 - t0) / 1e6, (t2 - t1) / 1e6);
        } finally {
            db.close();
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /**
     * PostgreSQL's group commit: the inbox mode with {@code commit_delay} (microseconds a committing
     * transaction waits, when {@code commit_siblings} others are active, so that one flush takes them all)
     * set to each of -Ddelays (default 0,200,1000,3000) for each of -Dwriters (default 8,16,32,64), in
     * one run, delays interleaved per writer count so that a change of load on the machine hits them alike.
     */
    static void groupCommit(PublicRecord record, JdbcRecordStore store, TransactionTemplate tx, AtomicLong n, int secs, JdbcClient sql)
            throws InterruptedException {
        String siblings = System.getProperty("siblings", "5");
        sql.sql("ALTER SYSTEM SET commit_siblings = " + Integer.parseInt(siblings)).update();
        for (String w : System.getProperty("writers", "8,16,32,64").split(",")) {
            for (String d : System.getProperty("delays", "0,200,1000,3000").split(",")) {
                sql.sql("ALTER SYSTEM SET commit_delay = " + Integer.parseInt(d)).update();
                sql.sql("SELECT pg_reload_conf()").query((rs, i) -> 1).list();
                Thread.sleep(200);
                System.out.printf("commit_delay %s µs, commit_siblings %s: ", d, siblings);
                inbox(record, store, tx, n, secs, Integer.parseInt(w));
            }
        }
    }

    static void inbox(PublicRecord record, JdbcRecordStore store, TransactionTemplate tx, AtomicLong n, int secs, int threads)
            throws InterruptedException {
        long before = store.size();
        java.util.concurrent.atomic.AtomicBoolean writing = new java.util.concurrent.atomic.AtomicBoolean(true);
        long[] logged = new long[1];
        Thread sequencer = new Thread(() -> {
            while (writing.get()) {
                Integer m = tx.execute(st -> record.sequence(1000));
                if (m == null || m == 0) {
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
            logged[0] = store.size();
        });
        sequencer.start();
        AtomicLong enqueued = new AtomicLong();
        long t0 = System.nanoTime();
        long end = t0 + secs * 1_000_000_000L;
        List<Thread> writers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread w = new Thread(() -> {
                while (System.nanoTime() < end) {
                    long i = n.getAndIncrement();
                    tx.executeWithoutResult(st -> record.enqueue("bench.decision", "b-" + i, entry(i)));
                    enqueued.incrementAndGet();
                }
            });
            w.start();
            writers.add(w);
        }
        for (Thread w : writers) w.join();
        writing.set(false);
        sequencer.join();
        double s = (System.nanoTime() - t0) / 1e9;
        long inLog = logged[0] - before;
        long t1 = System.nanoTime();
        long rest = 0;
        int m;
        do {
            Integer k = tx.execute(st -> record.sequence(1000));
            m = k == null ? 0 : k;
            rest += m;
        } while (m > 0);
        System.out.printf("%-45s %,10d entries in %5.1f s: %,8.0f entries/s into the log (%,.0f/s enqueued; backlog %,d moved in %.2f s)%n",
                "inbox + sequencer, " + threads + " writer threads", inLog, s, inLog / s, enqueued.get() / s, rest,
                (System.nanoTime() - t1) / 1e9);
    }

    interface Step {
        int run();
    }

    static int one(PublicRecord record, TransactionTemplate tx, AtomicLong n) {
        long i = n.getAndIncrement();
        tx.executeWithoutResult(s -> record.append("bench.decision", "b-" + i, entry(i)));
        return 1;
    }

    static int batch(PublicRecord record, TransactionTemplate tx, AtomicLong n, int size) {
        List<PublicRecord.Decision> all = new ArrayList<>(size);
        for (int k = 0; k < size; k++) {
            long i = n.getAndIncrement();
            all.add(new PublicRecord.Decision("bench.decision", "b-" + i, entry(i)));
        }
        tx.executeWithoutResult(s -> record.appendAll(all));
        return size;
    }

    static byte[] entry(long i) {
        return ("{\"decision\":{\"accepted\":true,\"number\":" + i + ",\"protocol\":\"PR-" + i + "\",\"station\":\"KZ-ALA-"
                + (i % 9973) + "\",\"votes\":{\"no\":" + (i % 517) + ",\"yes\":" + (i % 1031) + "}},\"kind\":\"voting.protocol-accepted\","
                + "\"object\":\"ref-2026\"}").getBytes(StandardCharsets.UTF_8);
    }

    static void run(String name, int secs, int threads, Step step) throws InterruptedException {
        AtomicLong done = new AtomicLong();
        long end = System.nanoTime() + secs * 1_000_000_000L;
        long start = System.nanoTime();
        List<Thread> all = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread th = new Thread(() -> {
                while (System.nanoTime() < end) done.addAndGet(step.run());
            });
            th.start();
            all.add(th);
        }
        for (Thread th : all) th.join();
        double s = (System.nanoTime() - start) / 1e9;
        System.out.printf("%-45s %,10d entries in %5.1f s: %,8.0f entries/s%n", name, done.get(), s, done.get() / s);
    }
}
