package org.atazan.charter.cli;

import org.atazan.kernel.TopLevelCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code charter} command: read, export and compare versions of a charter. */
@TopLevelCommand
@Command(name = "charter", mixinStandardHelpOptions = true,
        description = "Read a charter (plain text, Markdown or Akoma Ntoso), export it, compare two versions.",
        subcommands = {ParseCommand.class, DiffCommand.class, AmendCommand.class})
public final class CharterCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
