package org.atazan.record.persistence;

import org.atazan.AtazanApplication;
import org.atazan.kernel.DomainEvents;
import org.atazan.kernel.UnitOfWork;
import org.atazan.record.ProtocolCheck;
import org.atazan.record.PublicRecord;
import org.atazan.voting.ProtocolAccepted;
import org.atazan.voting.TallyFigures;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Decisions reaching the public record along the platform's own path (bench/run record-path): the whole
 * application started on a fresh data directory (the embedded PostgreSQL as the platform runs it: fsync,
 * synchronous_commit and full_page_writes on), N writers each taking decisions in the platform's
 * {@link UnitOfWork}: one row of the decision's own ({@code bench_decision}) and its event, a
 * {@link ProtocolAccepted} published through {@link DomainEvents}, which Spring Modulith and the record's
 * listeners carry to the inbox, and {@link RecordSequencer} into {@code record_entry}.
 *
 * <p>For each mode of {@code atazan.record.append} (-Dmodes, default {@code after-commit,in-transaction}: the
 * former path and the new one, one application each, on the same data directory, in one run; {@code no-record}: the
 * same decisions without their event, the baseline of what the record adds to a decision) and each writer
 * count (-Dwriters, default 8,16,32,64), -Dsecs seconds (default 10): decisions committed per second, entries
 * that reached the log per second while the writers ran, how long the rest took to arrive, and the delay from a
 * decision's commit to the first signed checkpoint that includes it (p50/p95/max over every 50th decision), a
 * reader asking for a checkpoint every 10 ms as a client would (and nothing else: the sampled decisions' entries
 * are looked up after the run). -Dpool sets the connection pool (the platform's
 * default 10); -Ddelays (default 0) lists values of PostgreSQL's commit_delay (µs) to run each writer count with, in turn;
 * -Dgroup (default 1) is the number of decisions in each transaction, as a desk's batch of protocols sent in one
 * request ({@code ProtocolDesk} publishes one event per protocol): the log's sustained rate when decisions come
 * several to a commit (then every 50th transaction's first decision is timed); -Drate asks the writers together for
 * that many decisions a second, evenly spaced (default 0: as fast as they go), the load the log is to sustain.
 */
public final class RecordPathBench {
    private static final String KIND = "voting.protocol-accepted";
    private static final String VOTE = "bench-vote";
    private static final int SAMPLE = 50;
    private static final String NO_RECORD = "no-record";

    public static void main(String[] args) throws Exception {
        int secs = Integer.parseInt(System.getProperty("secs", "10"));
        int[] writers = Arrays.stream(System.getProperty("writers", "8,16,32,64").split(",")).mapToInt(Integer::parseInt).toArray();
        String[] modes = System.getProperty("modes", "after-commit,in-transaction").split(",");
        String[] delays = System.getProperty("delays", "0").split(",");
        // decisions per transaction: 1 as a protocol entered alone; more as a desk's batch of protocols in one request
        int group = Integer.parseInt(System.getProperty("group", "1"));
        // decisions a second asked of all writers together (0: as fast as they go): a load the log must sustain,
        // instead of one that saturates the two cores and measures the queue it makes
        double rate = Double.parseDouble(System.getProperty("rate", "0"));
        Path dir = Files.createTempDirectory("record-path-bench");
        AtomicLong n = new AtomicLong();
        List<String> summary = new ArrayList<>();
        try {
            for (String mode : modes) {
                // no-record: the same decisions without their event, the baseline of what the record adds to each
                try (ConfigurableApplicationContext app = start(dir, mode.equals(NO_RECORD) ? "in-transaction" : mode)) {
                    UnitOfWork work = app.getBean(UnitOfWork.class);
                    DomainEvents events = app.getBean(DomainEvents.class);
                    PublicRecord record = app.getBean(PublicRecord.class);
                    JdbcClient sql = app.getBean(JdbcClient.class);
                    sql.sql("CREATE TABLE IF NOT EXISTS bench_decision (id bigint PRIMARY KEY, at timestamptz NOT NULL)").update();
                    // warm-up: JIT, the pool, the listeners
                    run(mode + " (warm-up)", Math.min(3, secs), 4, group, 0, work, events, record, sql, n);
                    for (int w : writers) {
                        for (String d : delays) {
                            sql.sql("ALTER SYSTEM SET commit_delay = " + Integer.parseInt(d)).update();
                            sql.sql("SELECT pg_reload_conf()").query((rs, i) -> 1).list();
                            Thread.sleep(200);
                            String shown = sql.sql("SHOW commit_delay").query(String.class).single(); // as the server has it
                            String name = mode + (group == 1 ? "" : ", " + group + " per transaction")
                                    + (rate > 0 ? String.format(", asked %,.0f/s", rate) : "") + ", commit_delay " + shown;
                            summary.add(run(name, secs, w, group, rate, work, events, record, sql, n));
                        }
                    }
                    sql.sql("ALTER SYSTEM RESET commit_delay").update();
                    sql.sql("SELECT pg_reload_conf()").query((rs, i) -> 1).list();
                }
            }
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        System.out.println("\n== summary");
        summary.forEach(System.out::println);
        System.exit(0);
    }

    static ConfigurableApplicationContext start(Path dir, String mode) {
        // as arguments of the command line: they outrank application.properties (atazan.data-dir=data there)
        return new SpringApplicationBuilder(AtazanApplication.class)
                .initializers(c -> c.getBeanFactory().registerSingleton("benchLeavesOutTestClasses", new TestClassesLeftOut()))
                .run(
                "--atazan.data-dir=" + dir.resolve("data"),
                "--atazan.record.key-dir=" + dir.resolve("key"),
                "--atazan.record.append=" + mode,
                "--atazan.db.pool-size=" + System.getProperty("pool", "10"),
                "--atazan.demo=false",
                "--server.port=0",
                "--logging.level.root=WARN");
    }

    /**
     * The tests' own components (probes that listen to every decision through Spring Modulith, each costing a
     * publication row and a completion commit) are on this class path but never on the platform's: left out
     * of the scan, so that the bench measures the platform's own listeners.
     */
    static final class TestClassesLeftOut extends TypeExcludeFilter {
        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws java.io.IOException {
            return reader.getResource().getURL().toString().contains("/test-classes/");
        }
    }

    record Sample(String key, long committedAt) {
    }

    /** A checkpoint the reader was served: when, and the size of its tree. */
    record Seen(long at, long size) {
    }

    static String run(String name, int secs, int threads, int group, double rate, UnitOfWork work, DomainEvents events, PublicRecord record, JdbcClient sql,
                      AtomicLong n) throws InterruptedException {
        long before = size(record);
        boolean recorded = !name.startsWith(NO_RECORD);
        AtomicLong committed = new AtomicLong();
        ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
        AtomicBoolean reading = new AtomicBoolean(true);
        AtomicLong latest = new AtomicLong(before);
        List<Seen> seen = java.util.Collections.synchronizedList(new ArrayList<>());
        // A client asking for the checkpoint every 10 ms, and only that (as a client would): it notes when it was served
        // which size. Which entry each sampled decision got is looked up after the run, so that the reader takes no
        // connection of its own; each is timed from its commit to the first checkpoint served after it that holds it.
        Thread reader = new Thread(() -> {
            while (reading.get()) {
                long size = size(record);
                seen.add(new Seen(System.nanoTime(), size));
                latest.set(size);
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "checkpoint-reader");
        reader.start();
        long t0 = System.nanoTime();
        long end = t0 + secs * 1_000_000_000L;
        List<Thread> all = new ArrayList<>();
        // each writer's transactions spaced evenly, the writers' starts staggered; a writer behind its time goes on at once
        long every = rate > 0 ? (long) (1e9 * group * threads / rate) : 0;
        for (int t = 0; t < threads; t++) {
            long offset = every * t / threads;
            Thread w = new Thread(() -> {
                long next = t0 + offset;
                while (System.nanoTime() < end) {
                    if (every > 0) {
                        long wait = next - System.nanoTime();
                        if (wait > 0) java.util.concurrent.locks.LockSupport.parkNanos(wait);
                        next += every;
                    }
                    long first = n.getAndAdd(group);
                    work.call(() -> {
                        for (long i = first; i < first + group; i++) {
                            sql.sql("INSERT INTO bench_decision (id, at) VALUES (?, now())").param(i).update();
                            if (recorded) events.publish(new ProtocolAccepted(VOTE, "S-" + i, 1, "bench", Instant.now(),
                                    new TallyFigures(null, 1000, 700, 690, 10, 600, 80, null, null, null)));
                        }
                        return null;
                    });
                    committed.addAndGet(group);
                    // the transaction's first decision, every 50th transaction
                    if (recorded && (first / group) % SAMPLE == 0) samples.add(new Sample(ProtocolCheck.entryKey(VOTE, "S-" + first, 1), System.nanoTime()));
                }
            });
            w.start();
            all.add(w);
        }
        for (Thread w : all) w.join();
        double s = (System.nanoTime() - t0) / 1e9;
        long t1 = System.nanoTime();
        long inLog = sql.sql("SELECT coalesce(max(seq) + 1, 0) FROM record_entry").query(Long.class).single() - before;
        // every committed decision reaches the log, as the reader is served it (at most two minutes more)
        long expected = before + (recorded ? committed.get() : 0);
        while (latest.get() < expected && System.nanoTime() - t1 < 120_000_000_000L) Thread.sleep(10);
        long after = latest.get();
        double rest = (System.nanoTime() - t1) / 1e9;
        reading.set(false);
        reader.join(10_000);
        long[] d = delays(record, List.copyOf(samples), List.copyOf(seen));
        String line = String.format("%-40s %2d writers: %,7.0f decisions/s committed, %,7.0f entries/s in the log by the writers' end;"
                        + " all %,d in the log %.2f s later (%,.0f/s overall)%s; commit → signed checkpoint p50 %s, p95 %s, max %s ms (%d samples)",
                name, threads, committed.get() / s, inLog / s, committed.get(), rest, committed.get() / (s + rest),
                after == expected ? "" : String.format(" (MISSING %,d, %s)", expected - after, after > expected ? "more than committed" : "not arrived"),
                pct(d, 0.50), pct(d, 0.95), d.length == 0 ? "-" : String.format("%.0f", d[d.length - 1] / 1e6), d.length);
        System.out.println(line);
        return line;
    }

    /** The size of the tree of a newly signed checkpoint (signed when the log grew, as a request to /record/checkpoint does). */
    private static long size(PublicRecord record) {
        return org.atazan.record.Checkpoint.parse(record.checkpoint().text()).size();
    }

    /**
     * Each sample's delay from its commit to the first checkpoint served at or after it whose tree holds its entry,
     * sorted; a sample whose entry is not in the log, or in no checkpoint served, is left out (fewer samples).
     */
    private static long[] delays(PublicRecord record, List<Sample> samples, List<Seen> seen) {
        List<Long> out = new ArrayList<>(samples.size());
        for (Sample sample : samples) {
            var seq = record.entryFor(KIND, sample.key());
            if (seq.isEmpty()) continue;
            int i = firstAtOrAfter(seen, sample.committedAt());
            while (i < seen.size() && seen.get(i).size() <= seq.getAsLong()) i++;
            if (i < seen.size()) out.add(seen.get(i).at() - sample.committedAt());
        }
        return out.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    /** The index of the first checkpoint served at or after {@code at} (they are in the order they were served). */
    private static int firstAtOrAfter(List<Seen> seen, long at) {
        int lo = 0, hi = seen.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (seen.get(mid).at() < at) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    private static String pct(long[] sorted, double p) {
        if (sorted.length == 0) return "-";
        return String.format("%.0f", sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6);
    }
}
