package org.atazan.voting.cli;

import org.atazan.BadInputHandler;
import picocli.CommandLine;

/**
 * {@code atazan tally|forensics|seats …} for the launcher's fast path: the same commands, options,
 * output and exit status as through {@code org.atazan.Atazan}, without first finding every module's
 * commands (a class-path scan through Spring's resource resolver, and the whole command tree), which a
 * voting command never uses. The arguments are the whole command line, the command's name first.
 */
public final class VotingMain {
    private VotingMain() {
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** A command line named {@code atazan} that knows only the voting commands, with Atazan's error handling. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(CommandLine.Model.CommandSpec.create().name("atazan"));
        cl.addSubcommand(new TallyCommand());
        cl.addSubcommand(new ForensicsCommand());
        cl.addSubcommand(new SeatsCommand());
        return cl.setExecutionExceptionHandler(new BadInputHandler()).setCaseInsensitiveEnumValuesAllowed(true);
    }
}
