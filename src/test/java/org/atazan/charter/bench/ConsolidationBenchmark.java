package org.atazan.charter.bench;

import org.atazan.charter.Amendment;
import org.atazan.charter.Article;
import org.atazan.charter.CharterLimits;
import org.atazan.charter.text.TextConsolidation;
import org.atazan.charter.text.TextLayout;
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

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Consolidating a draft: 100 adopted amendments (70 replacements, 15 insertions, 10 repeals, 5
 * renumberings) into the Grundgesetz (195 articles), read back and checked, as {@code charter amend}
 * does. Goal: under 1 second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ConsolidationBenchmark {
    private TextLayout base;
    private List<Amendment> amendments;

    @Setup
    public void load() throws IOException {
        Path dir = Path.of(System.getProperty("atazan.shared-data", "../shared/data"));
        byte[] bytes = Files.readAllBytes(dir.resolve("grundgesetz-2012-07-02.md"));
        base = TextLayout.read("gg", new ByteArrayInputStream(bytes), null, CharterLimits.DEFAULT);
        List<Article> inForce = base.text().articles().stream().filter(a -> !a.repealed()).toList();
        amendments = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            Article a = inForce.get(i * inForce.size() / 100);
            String id = "A-" + (i + 1);
            amendments.add(switch (i % 20) {
                case 0, 1, 2 -> Amendment.insert(id, a.number(), a.number().replaceAll("[a-z]$", "") + "z", "(1) Neu eingefügt.");
                case 3, 4 -> Amendment.repeal(id, a.number());
                case 5 -> Amendment.renumber(id, a.number(), a.number().replaceAll("[a-z]$", "") + "y");
                default -> Amendment.replace(id, a.number(), a.plainText() + " Dies gilt auch künftig.");
            });
        }
    }

    @Benchmark
    public TextLayout consolidate100AmendmentsInto195Articles() {
        return TextConsolidation.apply(base, amendments, "draft");
    }
}
