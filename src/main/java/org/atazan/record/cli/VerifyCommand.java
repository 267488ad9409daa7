package org.atazan.record.cli;

import org.atazan.record.Checkpoint;
import org.atazan.record.CosignerKey;
import org.atazan.record.LogVerifier;
import org.atazan.record.NoteKey;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code record verify}: the whole log, from a directory or a web address. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Verify the whole public record: the checkpoint's signature, every entry against the root,"
                + " every hash tile, and (--since) that a checkpoint you kept is a prefix of it.",
                "Exit 0: every check holds; 1: something does not (named); 2: the input cannot be used."})
final class VerifyCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR|URL", description = "A directory with checkpoint and tile/, or the log's address (https://…/record).")
    String log;

    @Option(names = "--key", required = true, paramLabel = "PUBLIC_KEY_FILE",
            description = "The log's verifier key (as /record/key serves it); give it again for each earlier key after a rotation (/record/keys).")
    List<Path> keyFiles;

    @Option(names = "--witness", paramLabel = "WITNESS_KEY_FILE",
            description = "A witness you trust (its vkey, type 0x04); give it once per witness. The checkpoint must carry their cosignatures.")
    List<Path> witnessFiles = List.of();

    @Option(names = "--witnesses", paramLabel = "N", description = "How many of the --witness cosignatures are required (default: all given).")
    Integer required;

    @Option(names = "--since", paramLabel = "CHECKPOINT_FILE", description = "A checkpoint you kept from before: the log must extend it.")
    Path since;

    @Override
    public Integer call() {
        List<NoteKey> keys = keyFiles.stream().map(Inputs::key).toList();
        List<CosignerKey> witnesses = witnessFiles.stream().map(Inputs::witness).toList();
        var policy = new LogVerifier.WitnessPolicy(witnesses, required == null ? witnesses.size() : required);
        Checkpoint kept = null;
        if (since != null) {
            String text = Inputs.text(since, 64 * 1024, "checkpoint file");
            try {
                kept = LogVerifier.keptCheckpoint(text, keys);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("checkpoint file " + since + ": " + e.getMessage());
            }
        }
        var out = spec.commandLine().getOut();
        LogVerifier.Report report = LogVerifier.verify(Inputs.log(log), keys, policy, kept, line -> {
            out.println(line);
            out.flush();
        });
        return report.outcome().exitCode;
    }
}
