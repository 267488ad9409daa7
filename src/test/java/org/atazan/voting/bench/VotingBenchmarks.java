package org.atazan.voting.bench;

import org.atazan.voting.Protocol;
import org.atazan.voting.TallyTree;
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

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Benchmarks of the voting core on the real Russian 2020 file. Run with
 * {@code java -cp <test classpath> org.openjdk.jmh.Main VotingBenchmarks}; the file is found as in the
 * tests (system property atazan.shared-data, else ../shared/data).
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
}
