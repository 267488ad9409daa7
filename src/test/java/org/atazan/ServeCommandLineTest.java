package org.atazan;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

/** `serve` parsed by the command line built for it alone (Atazan.main) answers as the full command line does. */
class ServeCommandLineTest {

    static String[] run(CommandLine cmd, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        int exit = cmd.execute(args);
        return new String[]{String.valueOf(exit), out.toString(), err.toString()};
    }

    @Test
    void helpAndErrorsOfServeAreTheSame() {
        for (String[] args : new String[][]{{"serve", "--help"}, {"serve", "--port", "x"}, {"serve", "--bogus"}}) {
            assertThat(run(Atazan.serveCommandLine(), args)).as(String.join(" ", args))
                    .isEqualTo(run(Atazan.commandLine(), args));
        }
        assertThat(run(Atazan.serveCommandLine(), "serve", "--help")[1]).contains("Start the web platform.");
    }
}
