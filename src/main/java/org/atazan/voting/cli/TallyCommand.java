package org.atazan.voting.cli;

import org.atazan.kernel.TopLevelCommand;
import org.atazan.voting.Tally;
import org.atazan.voting.TallyTree;
import org.atazan.voting.protocols.ImportResult;
import org.atazan.voting.RowIssue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code atazan tally}: national and regional totals of a protocol file. */
@TopLevelCommand
@Command(name = "tally", mixinStandardHelpOptions = true,
        description = {"Total a polling-station protocol file (CSV or zipped CSV) by region and nationally.",
                Analysis.TOLERANT_NOTE})
public final class TallyCommand implements Runnable {
    static final int WARNINGS_SHOWN = 50;

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
        Map<String, Object> j = figures(tree.total(root));
        List<Map<String, Object>> regions = new ArrayList<>();
        for (String code : tree.children(root)) {
            // A file without a region column has stations right under the country: no regional lines.
            if (!"region".equals(tree.territory(code).kind())) continue;
            Map<String, Object> reg = new LinkedHashMap<>();
            reg.put("name", tree.territory(code).name("")); // any language: a file has one
            reg.putAll(figures(tree.total(code)));
            regions.add(reg);
        }
        j.put("regions", regions);
        j.put("warnings", r.warnings().size());
        j.put("skipped", r.skipped().size());
        List<String> issues = new ArrayList<>();
        r.warnings().stream().limit(WARNINGS_SHOWN).forEach(w -> issues.add("warning: " + w.message()));
        r.skipped().stream().limit(WARNINGS_SHOWN).forEach(w -> issues.add("skipped: " + w.message()));
        j.put("issues", issues);
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.json) {
            out.println(org.atazan.kernel.PrettyJson.write(j));
        } else {
            Tally t = tree.total(root);
            out.printf("%s%n", r.title() == null ? input.file.getFileName() : r.title());
            out.printf("stations %d, registered %d, issued %d, in boxes %d, invalid %d, yes %d, no %d%n",
                    t.stations(), t.registered(), t.issued(), t.inBoxes(), t.invalid(), t.yes(), t.no());
            out.printf("turnout %.2f %%, yes %.2f %% of ballots in the boxes%n", t.turnoutPercent(), t.yesPercent());
            for (Map<String, Object> reg : regions) {
                out.printf("  %-50s %10d %10d %6.2f %% %6.2f %%%n", reg.get("name"), reg.get("registered"),
                        reg.get("issued"), reg.get("turnoutPercent"), reg.get("yesPercent"));
            }
            out.printf("%d warnings (rows kept although they break a control relation), %d rows skipped%n",
                    r.warnings().size(), r.skipped().size());
            for (RowIssue w : r.warnings().subList(0, Math.min(10, r.warnings().size()))) out.println("  " + w.message());
        }
        out.flush();
    }

    static Map<String, Object> figures(Tally t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("stations", t.stations());
        m.put("registered", t.registered());
        m.put("issued", t.issued());
        m.put("inBoxes", t.inBoxes());
        m.put("invalid", t.invalid());
        m.put("yes", t.yes());
        m.put("no", t.no());
        m.put("turnoutPercent", Math.round(t.turnoutPercent() * 10_000) / 10_000.0);
        m.put("yesPercent", Math.round(t.yesPercent() * 10_000) / 10_000.0);
        return m;
    }
}
