package org.atazan.charter.cli;

import org.atazan.BadInputHandler;
import picocli.CommandLine;

/**
 * {@code atazan charter …} for the launcher's fast path: the same command, options, output and exit
 * status as through {@code org.atazan.Atazan}, without first finding and building every module's
 * commands (a class-path scan and the whole command tree), which a charter command never uses.
 * The arguments are the whole command line, {@code charter} first.
 */
public final class CharterMain {
    private CharterMain() {
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** A command line named {@code atazan} that knows only {@code charter}, with Atazan's error handling. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(CommandLine.Model.CommandSpec.create().name("atazan"));
        cl.addSubcommand(new CharterCommand());
        return cl.setExecutionExceptionHandler(new BadInputHandler()).setCaseInsensitiveEnumValuesAllowed(true);
    }
}
