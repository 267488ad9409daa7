package org.atazan.record.bench;

import org.atazan.record.Merkle;
import org.atazan.record.MerkleTree;
import org.atazan.record.ProofCheck;
import org.atazan.record.TestLogs;
import org.atazan.record.Tiles;
import org.atazan.record.TreeLevels;
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

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * One proof checked as a holder of a proof checks it (bench/run jmh): the inclusion proof of an entry
 * of a log of 1,000,000 entries (20 hashes), and a consistency proof from 400,000 to 1,000,000 entries.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RecordBenchmarks {
    static final int SIZE = 1_000_000;
    byte[] leaf;
    List<byte[]> inclusion;
    List<byte[]> consistency;
    byte[] root;
    byte[] earlierRoot;

    @Setup
    public void setUp() {
        List<byte[]> leaves = new ArrayList<>(SIZE);
        for (int i = 0; i < SIZE; i++) leaves.add(Merkle.leafHash(TestLogs.entry(i)));
        TreeLevels levels = new TreeLevels();
        for (int b = 0; b + Tiles.WIDTH <= SIZE; b += Tiles.WIDTH) levels.addBlock(leaves.subList(b, b + Tiles.WIDTH));
        MerkleTree tree = new MerkleTree(i -> leaves.get((int) i), levels);
        leaf = leaves.get(123_456);
        inclusion = tree.inclusionProof(123_456, SIZE);
        root = tree.root(SIZE);
        earlierRoot = tree.root(400_000);
        consistency = tree.consistencyProof(400_000, SIZE);
    }

    @Benchmark
    public Optional<String> checkInclusion() {
        return ProofCheck.inclusion(123_456, SIZE, leaf, inclusion, root);
    }

    @Benchmark
    public Optional<String> checkConsistency() {
        return ProofCheck.consistency(400_000, SIZE, earlierRoot, root, consistency);
    }
}
