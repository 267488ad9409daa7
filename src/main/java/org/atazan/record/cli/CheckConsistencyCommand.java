package org.atazan.record.cli;

import org.atazan.record.ProofCheck;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code record check-consistency}: a consistency proof file, checked offline. */
@Command(name = "check-consistency", mixinStandardHelpOptions = true,
        description = {"Check a consistency proof: {\"size1\", \"size2\", \"root1\", \"root2\", \"proof\": [...]}, hashes in hex.",
                "Exit 0: valid; 1: not valid (the reason is printed); 2: the file cannot be used."})
final class CheckConsistencyCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROOF.json")
    Path file;

    @Override
    public Integer call() {
        ProofFile p = ProofFile.read(file);
        long size1 = p.number("size1");
        long size2 = p.number("size2");
        byte[] root1 = p.hash("root1");
        byte[] root2 = p.hash("root2");
        List<byte[]> proof = p.hashes("proof");
        Optional<String> why = ProofCheck.consistency(size1, size2, root1, root2, proof);
        var out = spec.commandLine().getOut();
        if (why.isEmpty()) {
            out.println("valid: the tree of " + size1 + " leaves is a prefix of the tree of " + size2 + " leaves");
        } else {
            out.println("INVALID: " + why.get());
        }
        out.flush();
        return why.isEmpty() ? 0 : 1;
    }
}
