package org.atazan;

import org.atazan.charter.cli.CharterCommand;
import org.atazan.platform.ServeCommand;
import org.atazan.platform.cli.BadInputHandler;
import org.atazan.voting.cli.ForensicsCommand;
import org.atazan.voting.cli.SeatsCommand;
import org.atazan.voting.cli.TallyCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code atazan} command. Only {@code serve} starts Spring; every other command is plain Java so
 * that it answers in about a second.
 */
@Command(name = "atazan",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Atazan: a constitutional reform run in the open.",
        subcommands = {
                ServeCommand.class,
                CharterCommand.class,
                SeatsCommand.class,
                TallyCommand.class,
                ForensicsCommand.class,
                CommandLine.HelpCommand.class
        })
public final class Atazan implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        int status = commandLine().execute(args);
        // serve keeps running on its own non-daemon threads; every other command ends here.
        if (status != ServeCommand.KEEP_RUNNING) System.exit(status);
    }

    /** The command line with Atazan's error handling, also used by the CLI tests. */
    public static CommandLine commandLine() {
        return new CommandLine(new Atazan())
                .setExecutionExceptionHandler(new BadInputHandler())
                .setCaseInsensitiveEnumValuesAllowed(true);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
