package org.atazan.record.cli;

import org.atazan.record.ProofCheck;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code record check-inclusion}: an inclusion proof file, checked offline. */
@Command(name = "check-inclusion", mixinStandardHelpOptions = true,
        description = {"Check an inclusion proof: {\"leafIndex\", \"treeSize\", \"leafHash\", \"proof\": [...], \"rootHash\"}, hashes in hex.",
                "Exit 0: valid; 1: not valid (the reason is printed); 2: the file cannot be used."})
final class CheckInclusionCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROOF.json")
    Path file;

    @Override
    public Integer call() {
        ProofFile p = ProofFile.read(file);
        long index = p.number("leafIndex");
        long size = p.number("treeSize");
        byte[] leaf = p.hash("leafHash");
        List<byte[]> proof = p.hashes("proof");
        byte[] root = p.hash("rootHash");
        Optional<String> why = ProofCheck.inclusion(index, size, leaf, proof, root);
        var out = spec.commandLine().getOut();
        if (why.isEmpty()) {
            out.println("valid: leaf " + index + " is in the tree of " + size + " leaves with root " + HexFormat.of().formatHex(root));
        } else {
            out.println("INVALID: " + why.get());
        }
        out.flush();
        return why.isEmpty() ? 0 : 1;
    }
}
