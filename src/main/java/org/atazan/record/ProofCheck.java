package org.atazan.record;

import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Inclusion and consistency proofs checked as a person who holds one would: valid, or the reason it is
 * not (a leaf outside the tree, a proof of the wrong length, a root that is not the one computed).
 * The verdict is always {@link Proofs}'s; this class only says why, in words.
 */
public final class ProofCheck {
    private static final HexFormat HEX = HexFormat.of();

    private ProofCheck() {
    }

    /** How many hashes PATH(m, D_n) has: the inclusion proof of leaf {@code index} in a tree of {@code size}. */
    public static int inclusionLength(long index, long size) {
        int inner = 64 - Long.numberOfLeadingZeros(index ^ (size - 1));
        return inner + Long.bitCount(index >>> inner);
    }

    /** How many hashes PROOF(m, D_n) has, for 1 &lt;= first &lt;= second. */
    public static int consistencyLength(long first, long second) {
        if (first == second) return 0;
        int inner = 64 - Long.numberOfLeadingZeros((first - 1) ^ (second - 1));
        int border = Long.bitCount((first - 1) >>> inner);
        int shift = Long.numberOfTrailingZeros(first);
        return (first == 1L << shift ? 0 : 1) + inner - shift + border;
    }

    /** Empty when the proof holds; else why not. */
    public static Optional<String> inclusion(long index, long size, byte[] leafHash, List<byte[]> proof, byte[] root) {
        if (size < 1) return Optional.of("a tree of " + size + " leaves holds no leaf");
        if (index < 0 || index >= size) return Optional.of("leaf index " + index + " is not in a tree of " + size + " leaves (0 to " + (size - 1) + ")");
        int want = inclusionLength(index, size);
        if (proof.size() != want) {
            return Optional.of("the proof has " + proof.size() + " hashes; the proof of leaf " + index + " in a tree of " + size + " has " + want);
        }
        if (Proofs.verifyInclusion(leafHash, index, size, proof, root)) return Optional.empty();
        return Optional.of("leaf " + HEX.formatHex(leafHash) + " with this proof gives another root than " + HEX.formatHex(root)
                + ": the leaf is not at index " + index + " of that tree, or a hash was changed");
    }

    /** Empty when the proof holds; else why not. */
    public static Optional<String> consistency(long first, long second, byte[] firstRoot, byte[] secondRoot, List<byte[]> proof) {
        if (first < 1) return Optional.of("size1 is " + first + ": a consistency proof starts from a tree of at least one leaf");
        if (first > second) return Optional.of("size1 " + first + " is larger than size2 " + second + ": a tree cannot shrink");
        int want = consistencyLength(first, second);
        if (proof.size() != want) {
            return Optional.of("the proof has " + proof.size() + " hashes; the proof from size " + first + " to " + second + " has " + want);
        }
        if (Proofs.verifyConsistency(first, second, firstRoot, secondRoot, proof)) return Optional.empty();
        if (first == second) return Optional.of("two roots for the same size " + first + ": a fork");
        return Optional.of("the proof does not lead from root1 to root2: the tree of size " + first
                + " is not a prefix of the tree of size " + second + " with these roots, or a hash was changed");
    }
}
