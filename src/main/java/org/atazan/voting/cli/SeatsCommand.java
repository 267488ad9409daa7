package org.atazan.voting.cli;

import org.atazan.kernel.BadInputException;
import org.atazan.kernel.TopLevelCommand;
import org.atazan.voting.apportionment.Allocation;
import org.atazan.voting.apportionment.Apportionment;
import org.atazan.voting.apportionment.Method;
import org.atazan.voting.apportionment.PartyVotes;
import org.atazan.voting.apportionment.ThresholdBase;
import org.atazan.voting.apportionment.Tie;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code atazan seats}: allocates seats among party lists from a party,votes CSV. */
@TopLevelCommand
@Command(name = "seats", mixinStandardHelpOptions = true,
        description = {"Allocate seats among party lists from a CSV with columns party,votes (header case-insensitive,",
                "other columns ignored). A row named \"Against all\" (\"Против всех\", \"Барлығына қарсы\") counts",
                "toward the votes cast but wins no seat. Exact ties: more votes first, then the earlier row; ties are",
                "reported. Huntington-Hill gives every party that passed one seat first when seats >= parties."})
public final class SeatsCommand implements Runnable {
    /** The largest house the command allocates: far above any parliament, small enough to answer at once. */
    static final int MAX_SEATS = 100_000;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.csv", description = "party,votes CSV")
    Path file;

    @Option(names = "--seats", required = true, description = "seats to allocate")
    int seats;

    @Option(names = "--threshold", defaultValue = "0", description = "threshold in percent (default ${DEFAULT-VALUE})")
    BigDecimal threshold;

    @Option(names = "--method", required = true,
            description = "hare, droop, dhondt, sainte-lague, modified-sainte-lague, huntington-hill")
    String method;

    @Option(names = "--threshold-base", defaultValue = "cast",
            description = "cast: all votes incl. Against all and --invalid (Kazakhstan); valid: votes for parties only")
    ThresholdBase base;

    @Option(names = "--invalid", defaultValue = "0", description = "invalid ballots, part of the 'cast' base")
    long invalid;

    @Option(names = "--format", defaultValue = "text", description = "json or text (default ${DEFAULT-VALUE})")
    OutputFormat format;

    @Override
    public void run() {
        if (seats < 1 || seats > MAX_SEATS) {
            throw new BadInputException("option --seats: at least 1 seat and at most " + MAX_SEATS + ", was " + seats);
        }
        Method m = Method.parse(method);
        List<PartyVotes> rows = PartyCsv.read(file);
        Allocation a = Apportionment.allocate(rows, seats, m, threshold, base, invalid);
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.json) {
            Map<String, Object> j = new LinkedHashMap<>();
            j.put("method", m.cliName());
            j.put("seats", a.seats());
            j.put("quota", a.quota());
            j.put("passedThreshold", a.passedThreshold());
            j.put("ties", a.ties());
            j.put("tieRule", Tie.RULE);
            out.println(org.atazan.kernel.PrettyJson.write(j));
        } else {
            out.printf("%s, %d seats, threshold %s%% of %s votes%n", m.cliName(), seats, threshold.toPlainString(),
                    base.name().toLowerCase());
            if (a.quota() != null) out.printf("quota %.4f%n", a.quota());
            for (PartyVotes r : rows) {
                if (!a.seats().containsKey(r.party())) continue;
                out.printf("%-40s %12d %4d%s%n", r.party(), r.votes(), a.seats().get(r.party()),
                        a.passedThreshold().contains(r.party()) ? "" : "  (below threshold)");
            }
            for (Tie t : a.ties()) out.printf("tie at %s among %s: won by %s (%s)%n", t.at(), t.parties(), t.winners(), t.rule());
        }
        out.flush();
    }
}
