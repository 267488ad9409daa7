package org.atazan.record.cli;

import org.atazan.Atazan;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs {@code atazan record ...} in the test's JVM, as the launcher would. */
final class RecordCli {
    record Run(int status, String out, String err) {
        String all() {
            return out + err;
        }

        /** Said plainly: never a stack trace, never "verified" unless everything held. */
        Run clear() {
            assertThat(all()).as("no stack trace").doesNotContain("\tat ").doesNotContain("Exception");
            if (status != 0) assertThat(all()).doesNotContain("verified: every check holds");
            return this;
        }
    }

    private RecordCli() {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cl = Atazan.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        String[] all = new String[args.length + 1];
        all[0] = "record";
        System.arraycopy(args, 0, all, 1, args.length);
        int status = cl.execute(all);
        return new Run(status, out.toString(), err.toString()).clear();
    }
}
