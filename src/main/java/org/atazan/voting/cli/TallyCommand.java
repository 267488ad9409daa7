package org.atazan.voting.cli;

import org.atazan.kernel.TopLevelCommand;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.atazan.voting.Tally;
import org.atazan.voting.TallyFigures;
import org.atazan.voting.TallyTree;
import org.atazan.voting.protocols.ImportResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** {@code atazan tally}: national and regional totals of a protocol file. */
@TopLevelCommand
@Command(name = "tally", mixinStandardHelpOptions = true,
        description = {"Total a polling-station protocol file (CSV or zipped CSV) by region and nationally.",
                Analysis.TOLERANT_NOTE})
public final class TallyCommand implements Runnable {
    static final int WARNINGS_SHOWN = 50;
    /** Decimals of the shares in JSON. */
    static final int DECIMALS = 4;

    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Mixin
    ProtocolFile input;

    @Option(names = "--format", defaultValue = "text", description = "json or text (default ${DEFAULT-VALUE})")
    OutputFormat format;

    @Override
    public void run() {
        ImportResult r = Analysis.read(input.file, input.mapping);
        TallyTree tree = new TallyTree(r.territories());
        r.protocols().forEach(tree::put);
        String root = tree.roots().get(0);
        List<Region> regions = new ArrayList<>();
        for (String code : tree.children(root)) {
            // A file without a region column has stations right under the country: no regional lines.
            if (!"region".equals(tree.territory(code).kind())) continue;
            // any language: a file has one
            regions.add(new Region(tree.territory(code).name(""), TallyFigures.of(tree.total(code), DECIMALS)));
        }
        List<String> issues = new ArrayList<>();
        r.warnings().first().stream().limit(WARNINGS_SHOWN).forEach(w -> issues.add("warning: " + w.message()));
        r.skipped().first().stream().limit(WARNINGS_SHOWN).forEach(w -> issues.add("skipped: " + w.message()));
        Report j = new Report(TallyFigures.of(tree.total(root), DECIMALS), regions, r.warnings().total(), r.skipped().total(), issues);
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.json) {
            out.println(org.atazan.kernel.PrettyJson.write(j));
        } else {
            Tally t = tree.total(root);
            out.printf("%s%n", r.title() == null ? input.file.getFileName() : r.title());
            out.printf("stations %d, registered %d, issued %d, in boxes %d, invalid %d, yes %d, no %d%n",
                    t.stations(), t.registered(), t.issued(), t.inBoxes(), t.invalid(), t.yes(), t.no());
            out.printf("turnout %.2f %%, yes %.2f %% of ballots in the boxes%n", t.turnoutPercent(), t.yesPercent());
            for (Region reg : regions) {
                out.printf("  %-50s %10d %10d %6.2f %% %6.2f %%%n", reg.name(), reg.figures().registered(),
                        reg.figures().issued(), reg.figures().turnoutPercent(), reg.figures().yesPercent());
            }
            out.printf("%d warnings (rows kept although they break a control relation), %d rows skipped%n",
                    r.warnings().total(), r.skipped().total());
            r.warnings().first().stream().limit(10).forEach(w -> out.println("  " + w.message()));
        }
        out.flush();
    }

    /** The JSON output: national figures, then each region's, then what was wrong with the file. */
    record Report(@JsonUnwrapped TallyFigures national, List<Region> regions, long warnings, long skipped, List<String> issues) {
    }

    /** One region's line. */
    record Region(String name, @JsonUnwrapped TallyFigures figures) {
    }
}
