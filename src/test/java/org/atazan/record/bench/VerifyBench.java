package org.atazan.record.bench;

import org.atazan.record.LogVerifier;
import org.atazan.record.NoteKey;
import org.atazan.record.PublicRecord;
import org.atazan.record.TestLogs;
import org.atazan.record.TileSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;

/**
 * Writes a log of ENTRIES entries (default 1,000,000, shaped like the platform's) to DIR as the
 * platform serves it (checkpoint, tile/...), with its verifier key in DIR.vkey, then verifies it
 * RUNS times in this JVM (bench/run record also times the whole command, JVM start included).
 * Usage: VerifyBench DIR [ENTRIES] [RUNS]; an existing DIR is kept and only verified.
 */
public final class VerifyBench {

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        long entries = args.length > 1 ? Long.parseLong(args[1]) : 1_000_000;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Path keyFile = Path.of(dir + ".vkey");
        if (!Files.exists(dir.resolve("checkpoint"))) {
            long t0 = System.nanoTime();
            KeyPair keys = TestLogs.keys();
            PublicRecord r = TestLogs.record(keys, entries);
            TestLogs.write(r, dir);
            Files.writeString(keyFile, TestLogs.keyText(keys));
            System.out.printf("wrote a log of %,d entries to %s in %.1f s%n", entries, dir, (System.nanoTime() - t0) / 1e9);
        }
        NoteKey key = NoteKey.parse(Files.readString(keyFile));
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            LogVerifier.Report report = LogVerifier.verify(TileSource.directory(dir), key, null);
            System.out.printf("run %d: %s in %.2f s (%s)%n", i + 1, report.outcome(), (System.nanoTime() - t0) / 1e9,
                    report.lines().get(report.lines().size() - 1));
        }
    }
}
