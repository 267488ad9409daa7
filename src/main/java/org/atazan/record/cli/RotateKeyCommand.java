package org.atazan.record.cli;

import org.atazan.record.NoteKey;
import org.atazan.record.persistence.KeyFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code record rotate-key}: a new signing key for the log, the old one kept as the rule says. */
@Command(name = "rotate-key", mixinStandardHelpOptions = true,
        description = {"Make a new signing key for the public record (with the platform stopped; it signs with it from its next start).",
                "The old key keeps co-signing new checkpoints, so that a verifier holding it can follow, until its file"
                        + " retired/<keyhash>.pk8 is deleted; with --compromised it is deleted at once and signs nothing more.",
                "Every key stays published at /record/keys: checkpoints signed before stay verifiable with the key that signed them."})
final class RotateKeyCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", defaultValue = "data", description = "The platform's data directory (default: ./${DEFAULT-VALUE}); keys in <data>/record.")
    Path data;

    @Option(names = "--key-dir", description = "The key directory, when the platform is configured with atazan.record.key-dir.")
    Path keyDir;

    @Option(names = "--origin", defaultValue = "atazan.local/record",
            description = "The log's origin, as atazan.record.origin sets it (default: ${DEFAULT-VALUE}).")
    String origin;

    @Option(names = "--compromised", description = "The old key may be known to others: delete it now, it co-signs nothing.")
    boolean compromised;

    @Override
    public Integer call() {
        Path dir = keyDir != null ? keyDir : data.resolve("record");
        if (!Files.isDirectory(dir)) throw new IllegalArgumentException("no key directory " + dir + ": give --data or --key-dir");
        NoteKey fresh = KeyFiles.rotate(dir, origin, compromised);
        var out = spec.commandLine().getOut();
        out.println("new key of '" + origin + "': " + fresh.text());
        out.println(compromised
                ? "the old key was deleted: it signs nothing more; checkpoints it signed before stay verifiable with it"
                : "the old key co-signs new checkpoints until you delete " + dir.resolve("retired") + "/<keyhash>.pk8");
        out.println("publish the new key where readers get keys (it is served at /record/key from the next start)");
        return 0;
    }
}
