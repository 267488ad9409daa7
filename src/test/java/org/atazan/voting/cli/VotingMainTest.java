package org.atazan.voting.cli;

import org.atazan.Atazan;
import org.atazan.SharedData;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The launcher's fast path for {@code atazan tally|forensics|seats …} answers exactly as the full command line does. */
class VotingMainTest {
    record Run(int status, String out, String err) {
    }

    static Run run(CommandLine cl, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return new Run(cl.execute(args), out.toString(), err.toString());
    }

    @TempDir
    static Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {
            "tally RU --mapping ru-2020", "tally RU --mapping ru-2020 --format json", "tally --help", "tally RU",
            "tally MISSING --mapping ru-2020", "tally RU --mapping nowhere", "tally RU --mapping ru-2020 --format yaml",
            "forensics --help", "forensics RU --mapping ru-2020 --reps 2 --top 3", "forensics RU --mapping ru-2020 --reps 0",
            "forensics RU --mapping ru-2020 --reps 2 --selection VOTED --format json --top 1",
            "seats --help", "seats KZ --seats 145 --threshold 5 --method hare", "seats KZ --seats 98 --method dhondt --format json",
    })
    void sameOutputAndStatusAsTheFullCommandLine(String line) {
        String[] args = line.replace("RU", SharedData.file("ru-2020-constitutional-vote.csv.zip").toString())
                .replace("KZ", SharedData.file("kz-mazhilis-2023-party-list.csv").toString())
                .replace("MISSING", tmp.resolve("missing.zip").toString()).split(" ");
        Run full = run(Atazan.commandLine(), args);
        Run fast = run(VotingMain.commandLine(), args);
        assertThat(fast).isEqualTo(full);
        assertThat(full.out() + full.err()).isNotBlank();
    }
}
