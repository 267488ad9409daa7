package org.atazan.consultation.cli;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.atazan.consultation.demo.SampleProposals;
import org.atazan.consultation.demo.SampleProposals.Sample;
import org.atazan.consultation.demo.SampleProposals.Step;
import org.atazan.kernel.CsvCells;
import org.atazan.kernel.TopLevelCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * {@code atazan consultation-sample}: writes generated sample proposals as CSV (the import's columns,
 * one row per proposal, keyed by external_id) for benchmarks and demos. See docs/consultation-demo.md.
 */
@TopLevelCommand
@Command(name = "consultation-sample", mixinStandardHelpOptions = true,
        description = {"Write generated SAMPLE proposals (not real ones) as CSV, one row per proposal, keyed by external_id.",
                "The same --seed, --now and charter text give the same file, byte for byte. Articles are spread by the",
                "text's section headings: parliament, rights and president sections most. See docs/consultation-demo.md."})
public final class SampleCommand implements Runnable {
    static final List<String> COLUMNS = List.of("external_id", "channel", "received_at", "article", "kind", "language", "region",
            "display_name", "wording", "reasons", "status", "outcome", "merged_into", "answer", "answered_at", "supports",
            "hidden_reason");

    @Spec
    CommandSpec spec;

    @Option(names = "--charter", required = true, paramLabel = "FILE",
            description = "the charter's plain text (e.g. data/kz-constitution-2026.ru.txt): sections and articles by their headings")
    Path charter;

    @Option(names = "--count", defaultValue = "2000", description = "how many proposals (default ${DEFAULT-VALUE})")
    int count;

    @Option(names = "--seed", defaultValue = "7", description = "random seed (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--now", description = "the instant the six months end at, e.g. 2026-03-01T00:00:00Z (default: the clock)")
    String now;

    @Option(names = "--out", paramLabel = "FILE", description = "where to write the CSV (default: standard output)")
    Path out;

    @Override
    public void run() {
        if (count < 0 || count > 10_000_000) throw new ParameterException(spec.commandLine(), "--count: between 0 and 10000000");
        Instant end;
        try {
            end = now == null ? Instant.now() : Instant.parse(now);
        } catch (DateTimeParseException e) {
            throw new ParameterException(spec.commandLine(), "--now: '" + now + "' is not an instant such as 2026-03-01T00:00:00Z");
        }
        String text;
        try {
            text = Files.readString(charter, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "--charter: cannot read " + charter + ": " + e.getMessage());
        }
        List<SampleProposals.Topic> topics = SampleProposals.topicsFromText(text);
        if (topics.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--charter: no section ('Раздел I. …') with articles ('Статья 1.') in " + charter);
        }
        List<Sample> samples = new SampleProposals(seed, end, topics).generate(count);
        try (Writer w = out == null ? spec.commandLine().getOut() : Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            write(samples, w);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(List<Sample> samples, Writer w) throws IOException {
        CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get());
        csv.printRecord(COLUMNS);
        for (Sample s : samples) {
            Step last = s.steps().isEmpty() ? null : s.steps().get(s.steps().size() - 1);
            boolean answered = last != null && last.outcome() != null;
            csv.printRecord(s.externalId(), s.channel().code(), s.receivedAt(), s.article() == null ? "" : s.article(),
                    s.kind().code(), s.language().code(), s.region(), CsvCells.text(s.displayName()), CsvCells.text(s.wording()),
                    CsvCells.text(s.reasons()), s.status().code(), answered ? last.outcome().code() : "",
                    answered && last.mergedInto() >= 0 ? samples.get(last.mergedInto()).externalId() : "",
                    answered ? CsvCells.text(last.reason()) : "", answered ? last.at() : "", s.supports(),
                    s.hiddenReason() == null ? "" : CsvCells.text(s.hiddenReason()));
        }
        csv.flush();
    }
}
