package org.atazan.record;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The tlog-tiles arithmetic: paths as the spec writes them, which tiles a tree has, bundles and tiles read back. */
class TilesTest {

    @Test
    void indexesAreWrittenInGroupsOfThreeAsTheSpecSays() {
        assertThat(Tiles.encodeIndex(0)).isEqualTo("000");
        assertThat(Tiles.encodeIndex(67)).isEqualTo("067");
        assertThat(Tiles.encodeIndex(1000)).isEqualTo("x001/000");
        assertThat(Tiles.encodeIndex(1234067)).isEqualTo("x001/x234/067");
        assertThat(new Tiles.Tile(0, 1234067, 256).path()).isEqualTo("tile/0/x001/x234/067");
        assertThat(new Tiles.Tile(1, 1, 17).path()).isEqualTo("tile/1/001.p/17");
        assertThat(new Tiles.Tile(Tiles.ENTRIES, 1234067, 8).path()).isEqualTo("tile/entries/x001/x234/067.p/8");
        for (long n : new long[]{0, 1, 999, 1000, 123456789, Long.MAX_VALUE / 256}) {
            for (int level : new int[]{Tiles.ENTRIES, 0, 5}) {
                for (int w : new int[]{1, 255, 256}) {
                    Tiles.Tile t = new Tiles.Tile(level, n, w);
                    assertThat(Tiles.parse(t.path())).as(t.path()).isEqualTo(t);
                }
            }
        }
    }

    @Test
    void badPathsAreRefusedWithTheReason() {
        assertThatThrownBy(() -> Tiles.parse("tile/0/1")).hasMessageContaining("groups of three");
        assertThatThrownBy(() -> Tiles.parse("tile/0/001/002")).hasMessageContaining("groups of three");
        assertThatThrownBy(() -> Tiles.parse("tile/0/x000/001")).hasMessageContaining("leading group");
        assertThatThrownBy(() -> Tiles.parse("tile/64/000")).hasMessageContaining("0 to 63");
        assertThatThrownBy(() -> Tiles.parse("tile/01/000")).hasMessageContaining("level");
        assertThatThrownBy(() -> Tiles.parse("tile/x/000")).hasMessageContaining("level 'x'");
        assertThatThrownBy(() -> Tiles.parse("tile/0/000.p/256")).hasMessageContaining("1 to 255");
        assertThatThrownBy(() -> Tiles.parse("tile/0/000.p/0")).hasMessageContaining("1 to 255");
        assertThatThrownBy(() -> Tiles.parse("tile/0/000.p/")).hasMessageContaining("partial width");
        assertThatThrownBy(() -> Tiles.parse("tile/0/x999/x999/x999/x999/x999/x999/999")).hasMessageContaining("too large");
        assertThatThrownBy(() -> Tiles.parse("checkpoint")).hasMessageContaining("tile/");
        assertThatThrownBy(() -> Tiles.parse("tile/entries")).hasMessageContaining("tile/<level>/<index>");
    }

    @Test
    void aTreeHasTheTilesOfItsCompleteSubtreesAndItsRightEdge() {
        assertThat(Tiles.hashTiles(0)).isEmpty();
        assertThat(Tiles.hashTiles(1)).extracting(Tiles.Tile::path).containsExactly("tile/0/000.p/1");
        assertThat(Tiles.hashTiles(256)).extracting(Tiles.Tile::path).containsExactly("tile/0/000", "tile/1/000.p/1");
        assertThat(Tiles.hashTiles(70_000)).extracting(Tiles.Tile::path).endsWith(
                "tile/0/273.p/112", "tile/1/000", "tile/1/001.p/17", "tile/2/000.p/1");
        assertThat(Tiles.bundles(256)).isEqualTo(1);
        assertThat(Tiles.bundles(257)).isEqualTo(2);
        assertThat(Tiles.tileAt(0, 1, 300)).isEqualTo(new Tiles.Tile(0, 1, 44));
        assertThat(Tiles.tileAt(0, 2, 300)).isNull();
        assertThat(Tiles.tileAt(Tiles.ENTRIES, 0, 300).full()).isTrue();
    }

    @Test
    void bundlesAndHashTilesAreReadBackAndMalformedOnesRefused() {
        List<byte[]> entries = List.of(new byte[0], "a".getBytes(), new byte[300], new byte[Tiles.MAX_ENTRY_BYTES]);
        byte[] bundle = Tiles.bundle(entries);
        assertThat(bundle.length).isEqualTo(8 + 1 + 300 + Tiles.MAX_ENTRY_BYTES);
        assertThat(bundle[3]).isEqualTo((byte) 1);
        assertThat(Tiles.entries(bundle, 4)).usingRecursiveComparison().isEqualTo(entries);
        assertThatThrownBy(() -> Tiles.entries(bundle, 3)).hasMessageContaining("more than 3 entries");
        assertThatThrownBy(() -> Tiles.entries(bundle, 5)).hasMessageContaining("4 entries, not 5");
        assertThatThrownBy(() -> Tiles.entries(new byte[]{0, 5, 1}, 1)).hasMessageContaining("entry 0: 5 bytes announced, 1 left");
        assertThatThrownBy(() -> Tiles.entries(new byte[]{0, 0, 7}, 2)).hasMessageContaining("entry 1: its length is cut off");
        assertThatThrownBy(() -> Tiles.bundle(List.of(new byte[Tiles.MAX_ENTRY_BYTES + 1]))).hasMessageContaining("65,535");
        List<byte[]> hashes = new ArrayList<>();
        for (int i = 0; i < 3; i++) hashes.add(Merkle.leafHash(new byte[]{(byte) i}));
        assertThat(Tiles.hashes(Tiles.hashTile(hashes), 3)).usingRecursiveComparison().isEqualTo(hashes);
        assertThatThrownBy(() -> Tiles.hashes(new byte[95], 3)).hasMessageContaining("95 bytes, not 3 hashes");
    }

    @Test
    void keptLevelsGiveTheSameTreeAsTheLeavesAndTheServedTilesAreItsNodes() {
        List<byte[]> leaves = MerkleTreeTest.leafHashes(70_000);
        MerkleTree plain = MerkleTreeTest.tree(leaves);
        TreeLevels levels = new TreeLevels();
        for (int b = 0; b + 256 <= leaves.size(); b += 256) levels.addBlock(leaves.subList(b, b + 256));
        assertThat(levels.count(1)).isEqualTo(273);
        assertThat(levels.count(2)).isEqualTo(1);
        assertThat(levels.hash(2, 0)).isEqualTo(plain.root(65_536));
        assertThat(levels.hash(1, 3)).isEqualTo(MerkleTreeTest.tree(leaves.subList(768, 1024)).root(256));
        MerkleTree fast = new MerkleTree(i -> leaves.get((int) i), levels);
        for (long n : new long[]{1, 255, 256, 257, 1000, 65_536, 65_537, 70_000}) {
            assertThat(fast.root(n)).as("root of %d", n).isEqualTo(plain.root(n));
        }
        assertThat(fast.inclusionProof(69_999, 70_000)).usingRecursiveComparison().isEqualTo(plain.inclusionProof(69_999, 70_000));
        assertThat(fast.consistencyProof(1000, 70_000)).usingRecursiveComparison().isEqualTo(plain.consistencyProof(1000, 70_000));
    }

    @Test
    void theRecordServesTilesItHasAndNoOthers() {
        PublicRecord r = TestLogs.record(TestLogs.keys(), 300);
        assertThat(r.tile(new Tiles.Tile(0, 1, 44))).get().extracting(b -> b.length).isEqualTo(44 * 32);
        assertThat(r.tile(new Tiles.Tile(0, 1, 10))).as("a narrower partial tile, served before").isPresent();
        assertThat(r.tile(new Tiles.Tile(0, 1, 45))).isEmpty();
        assertThat(r.tile(new Tiles.Tile(0, 1, 256))).isEmpty();
        assertThat(r.tile(new Tiles.Tile(1, 0, 1))).get().isEqualTo(MerkleTreeTest.tree(testLeaves(256)).root(256));
        assertThat(r.tile(new Tiles.Tile(1, 0, 2))).isEmpty();
        assertThat(r.tile(new Tiles.Tile(Tiles.ENTRIES, 1, 44)).map(b -> Tiles.entries(b, 44).get(0))).get().isEqualTo(TestLogs.entry(256));
        assertThatThrownBy(() -> r.append("k", "o", new byte[Tiles.MAX_ENTRY_BYTES + 1])).hasMessageContaining("65,535");
    }

    static List<byte[]> testLeaves(int n) {
        List<byte[]> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(Merkle.leafHash(TestLogs.entry(i)));
        return out;
    }
}
