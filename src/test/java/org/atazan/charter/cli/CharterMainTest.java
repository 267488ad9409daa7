package org.atazan.charter.cli;

import org.atazan.Atazan;
import org.atazan.SharedData;
import org.atazan.charter.text.RealCharters;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The launcher's fast path for {@code atazan charter …} answers exactly as the full command line does. */
class CharterMainTest {
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
            "charter", "charter --help", "charter diff --help", "charter parse --help",
            "charter diff OLD NEW", "charter diff OLD NEW --format text", "charter diff OLD NEW --format html",
            "charter diff OLD OLD", "charter diff OLD EMPTY", "charter parse NEW", "charter parse NEW --format akn --country de",
            "charter parse NEW --format akn", "charter parse MISSING", "charter diff OLD NEW --format yaml", "charter nonsense",
    })
    void sameOutputAndStatusAsTheFullCommandLine(String line) throws IOException {
        Path empty = Files.write(tmp.resolve("empty.txt"), new byte[0]);
        String[] args = line.replace("OLD", SharedData.file(RealCharters.GG_OLD).toString())
                .replace("NEW", SharedData.file(RealCharters.GG_NEW).toString())
                .replace("EMPTY", empty.toString()).replace("MISSING", tmp.resolve("missing.txt").toString()).split(" ");
        Run full = run(Atazan.commandLine(), args);
        Run fast = run(CharterMain.commandLine(), args);
        assertThat(fast).isEqualTo(full);
    }
}
