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

    @Test
    void aRefusedAdminPasswordIsSaidBeforeAnythingStarts() {
        CommandLine cmd = Atazan.serveCommandLine();
        ServeCommand serve = cmd.getSubcommands().get("serve").getCommand();
        serve.environment = name -> name.equals("ATAZAN_ADMIN_PASSWORD") ? "password1234" : null;
        String[] answer = run(cmd, "serve", "--port", "0", "--data", "target/never-made");
        assertThat(answer[0]).isEqualTo("2");
        assertThat(answer[2].strip()).isEqualTo("atazan: ATAZAN_ADMIN_PASSWORD is refused; a password needs to be "
                + "not one of the most common passwords, which are tried first; nothing was started");
        assertThat(new java.io.File("target/never-made")).doesNotExist();
    }
}
