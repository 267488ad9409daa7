package org.atazan.record;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The tree against the published vectors of Certificate Transparency (RFC 6962's reference
 * implementation; the same in Go's transparency-dev/merkle), and every proof of every small tree
 * checked by the RFC's verification algorithms.
 */
class MerkleTreeTest {
    static final HexFormat HEX = HexFormat.of();
    static final byte[][] LEAVES = {
            {}, {0x00}, {0x10}, {0x20, 0x21}, {0x30, 0x31}, {0x40, 0x41, 0x42, 0x43},
            {0x50, 0x51, 0x52, 0x53, 0x54, 0x55, 0x56, 0x57},
            HEX.parseHex("606162636465666768696a6b6c6d6e6f")};
    static final String[] ROOTS = {
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
            "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
            "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
            "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
            "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328"};

    static MerkleTree tree(List<byte[]> leafHashes) {
        return new MerkleTree(i -> leafHashes.get((int) i));
    }

    static List<byte[]> leafHashes(int n) {
        List<byte[]> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(Merkle.leafHash(i < LEAVES.length ? LEAVES[i] : ("entry " + i).getBytes()));
        return out;
    }

    @Test
    void rootsAreTheReferenceImplementationsRoots() {
        MerkleTree t = tree(leafHashes(8));
        for (int n = 1; n <= 8; n++) assertThat(HEX.formatHex(t.root(n))).as("size %d", n).isEqualTo(ROOTS[n - 1]);
        assertThat(HEX.formatHex(t.root(0))).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void anInclusionProofIsTheReferenceImplementationsPath() {
        List<byte[]> path = tree(leafHashes(8)).inclusionProof(0, 8);
        assertThat(path).extracting(HEX::formatHex).containsExactly(
                "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4");
    }

    @Test
    void everyInclusionProofOfEverySmallTreeVerifiesAndNoneForAnotherLeaf() {
        List<byte[]> hashes = leafHashes(40);
        MerkleTree t = tree(hashes);
        for (int n = 1; n <= 40; n++) {
            byte[] root = t.root(n);
            for (int m = 0; m < n; m++) {
                List<byte[]> path = t.inclusionProof(m, n);
                assertThat(Proofs.verifyInclusion(hashes.get(m), m, n, path, root)).as("leaf %d of %d", m, n).isTrue();
                if (n > 1) {
                    int other = (m + 1) % n;
                    assertThat(Proofs.verifyInclusion(hashes.get(other), m, n, path, root)).as("another leaf at %d of %d", m, n).isFalse();
                }
            }
        }
    }

    @Test
    void everyConsistencyProofVerifiesAndATamperedOneDoesNot() {
        List<byte[]> hashes = leafHashes(40);
        MerkleTree t = tree(hashes);
        for (int n = 1; n <= 40; n++) {
            for (int m = 1; m <= n; m++) {
                List<byte[]> proof = t.consistencyProof(m, n);
                assertThat(Proofs.verifyConsistency(m, n, t.root(m), t.root(n), proof)).as("%d to %d", m, n).isTrue();
                if (m < n) {
                    // Another history with the same size: leaf 0 changed.
                    List<byte[]> forged = new ArrayList<>(hashes);
                    forged.set(0, Merkle.leafHash("changed".getBytes()));
                    assertThat(Proofs.verifyConsistency(m, n, tree(forged).root(m), t.root(n), proof)).as("rewritten %d to %d", m, n).isFalse();
                }
            }
        }
    }

    @Test
    void aLeafCannotPassForANode() {
        byte[] a = Merkle.leafHash("a".getBytes());
        byte[] b = Merkle.leafHash("b".getBytes());
        byte[] concatenated = new byte[64];
        System.arraycopy(a, 0, concatenated, 0, 32);
        System.arraycopy(b, 0, concatenated, 32, 32);
        assertThat(Merkle.leafHash(concatenated)).isNotEqualTo(Merkle.nodeHash(a, b));
    }

    @Test
    void keptSubtreeHashesGiveTheSameRootsWithoutReadingTheirLeaves() {
        List<byte[]> hashes = leafHashes(1000);
        MerkleTree plain = tree(hashes);
        List<Long> read = new ArrayList<>();
        MerkleTree cached = new MerkleTree(i -> {
            read.add(i);
            return hashes.get((int) i);
        }, (start, size) -> size == 256 ? plain.root(start + size) == null ? null : rootOf(plain, hashes, start, size) : null);
        assertThat(cached.root(1000)).isEqualTo(plain.root(1000));
        assertThat(read).as("leaves outside the kept 256-leaf subtrees").allMatch(i -> i >= 768);
    }

    private static byte[] rootOf(MerkleTree plain, List<byte[]> hashes, long start, long size) {
        return tree(hashes.subList((int) start, (int) (start + size))).root(size);
    }

    @Test
    void proofsOutsideTheTreeAreRefused() {
        MerkleTree t = tree(leafHashes(4));
        assertThatThrownBy(() -> t.inclusionProof(4, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> t.consistencyProof(0, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> t.consistencyProof(5, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Proofs.verifyConsistency(3, 4, t.root(3), t.root(4), List.of())).isFalse();
    }
}
