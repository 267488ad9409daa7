package org.atazan.voting.cli;

import org.atazan.kernel.TopLevelCommand;
import org.atazan.voting.forensics.Histogram2D;
import org.atazan.voting.forensics.HistogramRenderer;
import org.atazan.voting.forensics.IntegerReport;
import org.atazan.voting.forensics.IntegerPercentages;
import org.atazan.voting.forensics.IntegerStation;
import org.atazan.voting.forensics.Selection;
import org.atazan.voting.forensics.StationData;
import org.atazan.voting.protocols.ImportResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code atazan forensics}: integer-percentage anomalies and the turnout × yes histogram. */
@TopLevelCommand
@Command(name = "forensics", mixinStandardHelpOptions = true,
        description = {"Integer-percentage test after Kobak, Shpilkin & Pshenichnikov (2016), with the stations of their",
                "published method by default: >= 100 registered voters, turnout = ballots issued / registered, and turnout",
                "and yes share both <= 99 %; yes share = yes / ballots in boxes; integer = within +-0.05 points of a",
                "whole percent. --selection voted tests stations where >= 100 voted, turnout = ballots in boxes / registered.",
                "Expected counts come from seeded binomial resampling of each station (normal approximation when",
                "n*p*(1-p) > 50, exact inversion below), deterministic for a seed whatever the number of threads.",
                Analysis.TOLERANT_NOTE})
public final class ForensicsCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Mixin
    ProtocolFile input;

    @Option(names = "--reps", defaultValue = "1000", description = "Monte Carlo repetitions (default ${DEFAULT-VALUE})")
    int reps;

    @Option(names = "--seed", defaultValue = "42", description = "random seed (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--selection", defaultValue = "paper",
            description = "paper (>= 100 registered, turnout from ballots issued) or voted (>= 100 in the boxes,"
                    + " turnout from them); default ${DEFAULT-VALUE}")
    Selection selection;

    @Option(names = "--top", defaultValue = "20", description = "integer stations listed, most voters first")
    int top;

    @Option(names = "--format", defaultValue = "text", description = "json or text (default ${DEFAULT-VALUE})")
    OutputFormat format;

    @Option(names = "--png", description = "write the 100x100 turnout x yes histogram as PNG")
    Path png;

    @Option(names = "--svg", description = "write the histogram as SVG")
    Path svg;

    @Override
    public void run() {
        if (reps < 1) throw new IllegalArgumentException("--reps must be at least 1");
        ImportResult r = Analysis.read(input.file, input.mapping);
        StationData data = StationData.of(r.protocols());
        IntegerReport rep = IntegerPercentages.analyse(data, selection, reps, seed);
        writeImages(data);
        List<IntegerStation> shown = rep.stations().subList(0, Math.min(Math.max(top, 0), rep.stations().size()));
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.json) {
            Map<String, Object> j = new LinkedHashMap<>();
            j.put("selection", selection.cliName());
            j.put("eligibleStations", rep.eligibleStations());
            j.put("integerStations", rep.integerStations());
            j.put("expectedIntegerStations", rep.expectedIntegerStations());
            j.put("excess", rep.excess());
            j.put("percentile999", rep.percentile999());
            j.put("stddev", rep.stddev());
            j.put("reps", rep.reps());
            j.put("seed", rep.seed());
            j.put("warnings", r.warnings().total());
            j.put("topStations", shown);
            out.println(org.atazan.kernel.PrettyJson.write(j));
        } else {
            out.printf("selection %s: %s%n", selection.cliName(), selection == Selection.PAPER
                    ? ">= 100 registered, turnout = ballots issued / registered, both shares <= 99 %"
                    : ">= 100 in the boxes, turnout = ballots in the boxes / registered, both shares <= 99 %");
            out.printf("stations tested %d; integer turnout or yes share: %d; expected %.1f (sd %.1f, 99.9th pct %.0f)"
                            + " over %d reps, seed %d%nexcess %.1f%n", rep.eligibleStations(), rep.integerStations(),
                    rep.expectedIntegerStations(), rep.stddev(), rep.percentile999(), reps, seed, rep.excess());
            for (IntegerStation s : shown) {
                out.printf("  %-70s voters %5d turnout %6.2f%%%s yes %6.2f%%%s%n", s.station(), s.voters(),
                        s.turnoutPercent(), s.integerTurnout() ? "*" : " ", s.yesPercent(), s.integerYes() ? "*" : " ");
            }
            out.printf("%d warnings (rows kept although they break a control relation)%n", r.warnings().total());
        }
        out.flush();
    }

    private void writeImages(StationData data) {
        if (png == null && svg == null) return;
        Histogram2D h = Histogram2D.of(data, 100);
        try {
            if (png != null) HistogramRenderer.writePng(h, 4, png);
            if (svg != null) HistogramRenderer.writeSvg(h, 4, svg);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write image: " + e.getMessage(), e);
        }
    }
}
