package org.atazan.charter.bench;

import org.atazan.charter.CharterText;
import org.atazan.charter.akn.AknMetadata;
import org.atazan.charter.akn.AknWriter;
import org.atazan.charter.compare.CharterComparator;
import org.atazan.charter.Comparison;
import org.atazan.charter.text.CharterReader;
import org.atazan.charter.text.HeadingPatterns;
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

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Parsing and comparison on the real charters (GG: 195 articles; KZ: 102 and 96). Run from the project
 * root: {@code java -cp target/test-classes:target/classes:<test classpath> org.atazan.charter.bench.CharterBenchmarks}
 * (any JMH options, e.g. {@code -wi 2 -i 3 -f 1}, are passed on).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CharterBenchmarks {
    private byte[] ggOld;
    private CharterText ggOldText;
    private CharterText ggNewText;
    private CharterText kz1995;
    private CharterText kz2026;
    private final CharterReader autoDetect = new CharterReader();
    private final CharterReader germanOnly = new CharterReader(HeadingPatterns.shipped("de-md"));

    @Setup
    public void load() throws IOException {
        Path dir = Path.of(System.getProperty("atazan.shared-data", "../shared/data"));
        ggOld = Files.readAllBytes(dir.resolve("grundgesetz-2012-07-02.md"));
        ggOldText = autoDetect.read("gg-old", ggOld);
        ggNewText = autoDetect.read("gg-new", Files.readAllBytes(dir.resolve("grundgesetz-2012-07-11.md")));
        kz1995 = autoDetect.read("kz-1995", Files.readAllBytes(dir.resolve("kz-constitution-1995.ru.txt")));
        kz2026 = autoDetect.read("kz-2026", Files.readAllBytes(dir.resolve("kz-constitution-2026.ru.txt")));
    }

    /** Parse GG with auto-detection: every shipped pattern set is tried. */
    @Benchmark
    public CharterText parseGrundgesetz() {
        return autoDetect.read("gg", ggOld);
    }

    /** Parse GG with its pattern set named. */
    @Benchmark
    public CharterText parseGrundgesetzKnownPatterns() {
        return germanOnly.read("gg", ggOld);
    }

    /** GG 2012-07-02 vs 2012-07-11: one amended article among 195. */
    @Benchmark
    public Comparison compareGrundgesetz() {
        return CharterComparator.compare(ggOldText, ggNewText);
    }

    /** KZ 1995 vs 2026: almost every article renumbered and rewritten. */
    @Benchmark
    public Comparison compareKazakhstan() {
        return CharterComparator.compare(kz1995, kz2026);
    }

    /**
     * What adding a version costs besides parsing and storing: its Akoma Ntoso written once more and
     * hashed for {@code CharterVersionPublished} (GG, 195 articles).
     */
    @Benchmark
    public String publishedHashGrundgesetz() throws Exception {
        String xml = AknWriter.write(ggNewText, new AknMetadata("de", "de-gg", "2012-07-11", "de", ""));
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(xml.getBytes(StandardCharsets.UTF_8)));
    }

    public static void main(String[] args) throws Exception {
        String[] withFilter = new String[args.length + 1];
        System.arraycopy(args, 0, withFilter, 0, args.length);
        withFilter[args.length] = CharterBenchmarks.class.getName();
        org.openjdk.jmh.Main.main(withFilter);
    }
}
