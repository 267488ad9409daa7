package org.atazan.voting.bench;

import com.zaxxer.hikari.HikariDataSource;
import org.atazan.TestDatabases;
import org.atazan.kernel.DomainEvents;
import org.atazan.kernel.UnitOfWork;
import org.atazan.voting.LiveTotals;
import org.atazan.voting.Protocol;
import org.atazan.voting.ProtocolDesk;
import org.atazan.voting.ProtocolImport;
import org.atazan.voting.Referendum;
import org.atazan.voting.ReferendumRule;
import org.atazan.voting.Referendums;
import org.atazan.voting.Revision;
import org.atazan.voting.TallyTree;
import org.atazan.voting.VoteKind;
import org.atazan.voting.VoteRegistry;
import org.atazan.voting.persistence.JdbcStores;
import org.atazan.voting.forensics.IntegerPercentages;
import org.atazan.voting.forensics.IntegerReport;
import org.atazan.voting.forensics.StationData;
import org.atazan.voting.ColumnMapping;
import org.atazan.voting.ImportMode;
import org.atazan.voting.protocols.ImportResult;
import org.atazan.voting.protocols.ProtocolReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Benchmarks of the voting core on the real Russian 2020 file. Run with
 * {@code java -cp <test classpath> org.openjdk.jmh.Main VotingBenchmarks} (or {@code bench/run jmh});
 * the file is found as in the tests (system property atazan.shared-data, else ../shared/data). The
 * correction in the store runs on the embedded PostgreSQL of the tests (target/test-postgres).
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class VotingBenchmarks {
    ImportResult data;
    TallyTree tree;
    StationData stations;
    Protocol a;
    Protocol b;
    boolean flip;

    static Path file() {
        String dir = System.getProperty("atazan.shared-data", "../shared/data");
        return Path.of(dir, "ru-2020-constitutional-vote.csv.zip");
    }

    @Setup
    public void setUp() {
        data = ProtocolReader.read(file(), ColumnMapping.load("ru-2020"), ImportMode.TOLERANT);
        tree = new TallyTree(data.territories());
        data.protocols().forEach(tree::put);
        stations = StationData.of(data.protocols());
        a = data.protocols().get(12_345);
        b = Protocol.single(a.stationCode(), a.registered(), a.issued(), a.inBoxes(), a.invalid(), a.yes() - 1, a.no() + 1);
    }

    /** Reads and checks all 96,765 protocols from the zipped CSV. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public ImportResult readRealFile() {
        return ProtocolReader.read(file(), ColumnMapping.load("ru-2020"), ImportMode.TOLERANT);
    }

    /** Replaces one station's protocol (a correction) and updates district, region and country. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public Protocol updateOneProtocol() {
        flip = !flip;
        return tree.put(flip ? b : a);
    }

    /** The integer-percentage test with 10 repetitions. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public IntegerReport forensicsTenReps() {
        return IntegerPercentages.analyse(stations, 10, 42);
    }

    /**
     * A correction as an official enters it: checks, the next revision stored in a transaction of the
     * embedded PostgreSQL, then the totals of every level. Each call corrects another station (moving
     * one vote between yes and no), so that no station's history grows long.
     */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Revision correctOneProtocolInTheStore(Desk desk) {
        String station = desk.stations.get(desk.next++ % desk.stations.size());
        Protocol p = desk.totals.tree(desk.id).protocol(station);
        int move = p.no() > 0 ? 1 : -1;
        Protocol corrected = Protocol.single(station, p.registered(), p.issued(), p.inBoxes(), p.invalid(),
                p.yes() + move, p.no() - move);
        return desk.protocols.correct(desk.id, corrected, "benchmark", "benchmark");
    }

    /** The Russian vote imported into its own vote of the embedded PostgreSQL, and the desk on it. */
    @State(Scope.Benchmark)
    public static class Desk {
        String id;
        LiveTotals totals;
        ProtocolDesk protocols;
        List<String> stations;
        int next;

        @Setup
        public void setUp() {
            // Pooled, as in the platform: a connection per correction would measure connecting.
            HikariDataSource ds = new HikariDataSource();
            ds.setJdbcUrl(TestDatabases.embedded().jdbcUrl());
            ds.setUsername(TestDatabases.embedded().user());
            ds.setMaximumPoolSize(2);
            Referendums store = JdbcStores.on(ds);
            TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(ds));
            UnitOfWork transaction = new UnitOfWork() {
                @Override
                public <T> T call(Supplier<T> decision) {
                    return tx.execute(s -> decision.get());
                }
            };
            id = "bench-" + UUID.randomUUID().toString().substring(0, 8);
            store.create(new Referendum(id, VoteKind.REFERENDUM, "Benchmark", LocalDate.of(2020, 7, 1),
                    ReferendumRule.nationalMajority(0), "RU", true, "benchmark"));
            VoteRegistry votes = new VoteRegistry(store);
            totals = new LiveTotals(store, votes);
            Clock clock = Clock.systemUTC();
            new ProtocolImport(store, votes, totals, transaction, DomainEvents.NONE, clock)
                    .run(id, file(), ColumnMapping.load("ru-2020"), ImportMode.STRICT, "benchmark");
            protocols = new ProtocolDesk(store, votes, totals, transaction, DomainEvents.NONE, clock);
            totals.tree(id); // loaded before the measurement, as the platform does at start
            stations = store.latest(id).stream().map(Revision::protocol).filter(p -> p.yes() + p.no() > 0)
                    .map(Protocol::stationCode).toList();
        }
    }
}
