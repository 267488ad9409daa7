package org.atazan.record.persistence;

import org.atazan.record.LeafHashes;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LeafListTest {

    private static byte[] leaf(long i) {
        return ByteBuffer.allocate(8).putLong(i).array();
    }

    @Test
    void everyLeafIsFoundAtItsIndexAcrossChunksAndTheChunkTableGrowing() {
        LeafList leaves = new LeafList();
        long n = 16L * LeafList.CHUNK * 2 + 7; // past the first table of chunks, into a partial chunk
        for (long i = 0; i < n; i++) leaves.add(leaf(i));
        LeafHashes all = leaves.snapshot();
        assertThat(leaves.size()).isEqualTo(n);
        for (long i : new long[]{0, 1, LeafList.CHUNK - 1, LeafList.CHUNK, 16L * LeafList.CHUNK, n - 1}) {
            assertThat(all.at(i)).as("leaf %d", i).isEqualTo(leaf(i));
        }
    }

    @Test
    void aSnapshotKeepsItsSizeWhileTheListGrows() {
        LeafList leaves = new LeafList();
        for (long i = 0; i < LeafList.CHUNK + 3; i++) leaves.add(leaf(i));
        LeafHashes before = leaves.snapshot();
        for (long i = LeafList.CHUNK + 3; i < 3L * LeafList.CHUNK; i++) leaves.add(leaf(i));

        assertThat(before.at(LeafList.CHUNK + 2)).isEqualTo(leaf(LeafList.CHUNK + 2));
        assertThatThrownBy(() -> before.at(LeafList.CHUNK + 3)).isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessageContaining("of " + (LeafList.CHUNK + 3));
        assertThat(leaves.snapshot().at(3L * LeafList.CHUNK - 1)).isEqualTo(leaf(3L * LeafList.CHUNK - 1));
    }

    @Test
    void anEmptyListHasNoLeaf() {
        LeafHashes none = new LeafList().snapshot();
        assertThatThrownBy(() -> none.at(0)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
