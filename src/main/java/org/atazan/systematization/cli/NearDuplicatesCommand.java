package org.atazan.systematization.cli;

import org.atazan.kernel.BadInputException;
import org.atazan.kernel.TopLevelCommand;
import org.atazan.systematization.IdText;
import org.atazan.systematization.NearDuplicates;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** {@code atazan near-duplicates}: groups of near-identical texts in an id,text CSV file. */
@TopLevelCommand
@Command(name = "near-duplicates", mixinStandardHelpOptions = true,
        description = {"Find groups of near-identical texts (form letters with a name changed, a sentence moved, a word swapped)",
                "in a CSV file of id,text rows (an id,text header is recognised and skipped).",
                "Prints {\"groups\": [[id, id, ...], ...]}: groups of two or more, largest first, ids in input order."})
public final class NearDuplicatesCommand implements Runnable {
    /** Texts sketched together, in parallel. */
    static final int BATCH = 20_000;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.csv")
    Path file;

    @Option(names = "--threshold", defaultValue = "0.5",
            description = "the estimated Jaccard similarity of word shingles that joins two texts (default ${DEFAULT-VALUE})")
    double threshold;

    @Option(names = "--shingle", defaultValue = "3", description = "words per shingle, within a sentence (default ${DEFAULT-VALUE})")
    int shingle;

    @Option(names = "--hashes", defaultValue = "128", description = "MinHash functions per text (default ${DEFAULT-VALUE})")
    int hashes;

    @Option(names = "--bands", defaultValue = "32", description = "LSH bands; must divide --hashes (default ${DEFAULT-VALUE})")
    int bands;

    @Option(names = "--max-bytes", defaultValue = "4294967296", description = "the largest file accepted (default ${DEFAULT-VALUE} bytes)")
    long maxBytes;

    @Option(names = "--max-line", defaultValue = "100000", description = "the longest line accepted (default ${DEFAULT-VALUE} characters)")
    int maxLine;

    @Override
    public void run() {
        NearDuplicates finder = new NearDuplicates(new NearDuplicates.Settings(shingle, hashes, bands, threshold));
        List<IdText> batch = new ArrayList<>(BATCH);
        boolean[] first = {true};
        CsvInput.read(file, maxBytes, maxLine, row -> {
            boolean header = first[0] && row.size() >= 2 && row.get(0).trim().toLowerCase(Locale.ROOT).equals("id")
                    && row.get(1).trim().toLowerCase(Locale.ROOT).equals("text");
            first[0] = false;
            if (header) return;
            if (row.size() < 2) throw new BadInputException(file + " line " + row.line() + ": one column; expected id,text");
            String id = row.get(0).trim();
            if (id.isEmpty()) throw new BadInputException(file + " line " + row.line() + ": the id is empty");
            batch.add(new IdText(id, row.get(1)));
            if (batch.size() == BATCH) {
                finder.add(batch);
                batch.clear();
            }
        });
        finder.add(batch);
        write(finder.groups(), spec.commandLine().getOut());
    }

    /** Streamed, one group per line: a million ids never become one string in memory. */
    static void write(List<List<String>> groups, PrintWriter out) {
        JsonMapper json = JsonMapper.builder().build();
        out.println("{\"groups\": [");
        for (int i = 0; i < groups.size(); i++) {
            out.print("  ");
            out.print(json.writeValueAsString(groups.get(i)));
            out.println(i + 1 < groups.size() ? "," : "");
        }
        out.println("]}");
        out.flush();
    }
}
