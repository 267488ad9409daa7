package org.atazan.record.cli;

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
        String[] all = new String[args.length + 1];
        all[0] = "record";
        System.arraycopy(args, 0, all, 1, args.length);
        org.atazan.Cli run = org.atazan.Cli.run(all);
        return new Run(run.exit(), run.out(), run.err()).clear();
    }
}
