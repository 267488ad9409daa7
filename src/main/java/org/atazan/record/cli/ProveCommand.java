package org.atazan.record.cli;

import org.atazan.record.Checkpoint;
import org.atazan.record.MerkleTree;
import org.atazan.record.NoteKey;
import org.atazan.record.ProofCheck;
import org.atazan.record.SignedNote;
import org.atazan.record.TileSource;
import org.atazan.record.TileTree;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code record prove}: an inclusion proof computed from the log's hash tiles, as JSON for check-inclusion. */
@Command(name = "prove", mixinStandardHelpOptions = true,
        description = {"Print the inclusion proof of an entry, computed from the log's hash tiles, as JSON"
                + " (the input of check-inclusion).",
                "Exit 0: printed; 1: the tiles do not agree with the checkpoint; 2: the input cannot be used."})
final class ProveCommand implements Callable<Integer> {
    private static final HexFormat HEX = HexFormat.of();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ENTRY_INDEX", description = "The entry's index, from 0.")
    long index;

    @Option(names = "--url", required = true, paramLabel = "URL", description = "The log's address (or a directory with its tiles).")
    String url;

    @Option(names = "--size", paramLabel = "N", description = "The tree size of the proof (default: the checkpoint's).")
    Long size;

    @Option(names = "--key", paramLabel = "PUBLIC_KEY_FILE", description = "Check the checkpoint's signature with this verifier key first.")
    Path keyFile;

    @Override
    public Integer call() {
        NoteKey key = keyFile == null ? null : Inputs.key(keyFile);
        TileSource source = Inputs.log(url);
        SignedNote note;
        Checkpoint cp;
        try {
            note = SignedNote.parse(new String(source.read("checkpoint", TileSource.MAX_CHECKPOINT), StandardCharsets.UTF_8));
            cp = Checkpoint.parse(note.text());
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("no checkpoint at " + source.where());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the checkpoint at " + source.where() + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the checkpoint at " + source.where() + " is not a signed checkpoint: " + e.getMessage());
        }
        var err = spec.commandLine().getErr();
        if (key != null && !note.verifiedBy(key)) {
            err.println("atazan: the checkpoint at " + source.where() + " is not signed by " + key.name() + "; no proof made");
            err.flush();
            return 1;
        }
        long n = size == null ? cp.size() : size;
        if (n < 1 || n > cp.size()) {
            throw new IllegalArgumentException("--size " + n + ": the checkpoint has " + cp.size() + " entries; a size is 1 to " + cp.size());
        }
        if (index < 0 || index >= n) throw new IllegalArgumentException("ENTRY_INDEX " + index + " is not in a tree of " + n + " entries (0 to " + (n - 1) + ")");
        TileTree tiles = new TileTree(source, cp.size());
        MerkleTree tree = tiles.tree();
        byte[] leaf;
        List<byte[]> proof;
        byte[] root;
        try {
            leaf = tiles.at(index);
            proof = tree.inclusionProof(index, n);
            root = tree.root(n);
            if (n == cp.size() && !java.util.Arrays.equals(root, cp.rootHash())) {
                err.println("atazan: the hash tiles give another root than the checkpoint's: the tiles are not the signed tree; no proof made");
                err.flush();
                return 1;
            }
        } catch (TileTree.BadTile e) {
            err.println("atazan: " + e.getMessage() + "; no proof made");
            err.flush();
            return 1;
        }
        Optional<String> why = ProofCheck.inclusion(index, n, leaf, proof, root);
        if (why.isPresent()) throw new IllegalStateException("a proof just made does not verify: " + why.get());
        var out = spec.commandLine().getOut();
        out.println("{\n  \"leafIndex\": " + index + ",\n  \"treeSize\": " + n + ",\n  \"leafHash\": \"" + HEX.formatHex(leaf) + "\",\n"
                + "  \"proof\": [" + proof.stream().map(h -> "\n    \"" + HEX.formatHex(h) + "\"").collect(Collectors.joining(","))
                + (proof.isEmpty() ? "" : "\n  ") + "],\n  \"rootHash\": \"" + HEX.formatHex(root) + "\"\n}");
        out.flush();
        return 0;
    }
}
