package org.atazan.record.cli;

import org.atazan.kernel.TopLevelCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code record} command: verify the public record, prove and check proofs, offline or over HTTP. */
@TopLevelCommand
@Command(name = "record", mixinStandardHelpOptions = true,
        description = "Verify the public record (a directory or web address laid out as C2SP tlog-tiles), "
                + "make inclusion proofs and check inclusion and consistency proofs.",
        subcommands = {VerifyCommand.class, ProveCommand.class, CheckInclusionCommand.class, CheckConsistencyCommand.class,
                CheckProtocolCommand.class, RotateKeyCommand.class})
public final class RecordCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
