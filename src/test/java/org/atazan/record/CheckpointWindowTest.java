package org.atazan.record;

import org.junit.jupiter.api.Test;

import java.security.KeyPair;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checkpoint served from memory for a short window after it was signed or confirmed (no connection per request),
 * the log's growth by another node seen once the window has passed, this node's own growth at once.
 */
class CheckpointWindowTest {
    static final KeyPair KEYS = TestLogs.keys();
    static final NoteKey VERIFIER = NoteKey.of(TestLogs.ORIGIN, KEYS.getPublic());
    static final Duration WINDOW = Duration.ofMillis(250);

    /** Nanoseconds of the tests' own clock. */
    final AtomicLong now = new AtomicLong(1_000_000_000L);

    PublicRecord node(RecordStore store) {
        return new PublicRecord(store, TestLogs.ORIGIN, List.of(new PublicRecord.Signer(KEYS.getPrivate(), VERIFIER)), List.of(), WINDOW, now::get);
    }

    static long size(SignedNote note) {
        return Checkpoint.parse(note.text()).size();
    }

    void later(long millis) {
        now.addAndGet(millis * 1_000_000);
    }

    @Test
    void withinTheWindowTheCheckpointIsServedWithoutTheStoreAndAfterItAnotherNodesGrowthIsSeen() {
        MemoryStore log = new MemoryStore();
        CountingStore store = new CountingStore(log);
        PublicRecord record = node(store);
        for (int i = 0; i < 3; i++) record.append("t", "d-" + i, TestLogs.entry(i));
        SignedNote first = record.checkpoint();
        assertThat(size(first)).isEqualTo(3);
        assertThat(first.verifiedBy(VERIFIER)).isTrue();
        assertThat(store.sizes()).isEqualTo(1);
        for (int i = 0; i < 100; i++) {
            later(2);
            assertThat(record.checkpoint().serialized()).isEqualTo(first.serialized());
        }
        assertThat(store.sizes()).as("200 ms of requests, one read of the size").isEqualTo(1);

        // Another node over the same database grows the log and signs its checkpoint.
        PublicRecord other = node(new CountingStore(log));
        for (int i = 3; i < 5; i++) other.append("t", "d-" + i, TestLogs.entry(i));
        assertThat(size(other.checkpoint())).isEqualTo(5);
        later(49);
        assertThat(size(record.checkpoint())).as("249 ms after: still the kept one").isEqualTo(3);
        assertThat(store.sizes()).isEqualTo(1);

        later(1);
        SignedNote grown = record.checkpoint();
        assertThat(size(grown)).as("250 ms after: the store asked again").isEqualTo(5);
        assertThat(store.sizes()).isEqualTo(2);
        assertThat(grown.serialized()).isEqualTo(other.checkpoint().serialized());
        later(100);
        assertThat(record.checkpoint().serialized()).isEqualTo(grown.serialized());
        assertThat(store.sizes()).as("confirmed as current: kept for another window").isEqualTo(2);
    }

    @Test
    void thisNodesAppendAndAWitnessCosignatureAreServedAtOnce() {
        CountingStore store = new CountingStore(new MemoryStore());
        PublicRecord record = node(store);
        record.append("t", "d-0", TestLogs.entry(0));
        assertThat(size(record.checkpoint())).isEqualTo(1);
        record.append("t", "d-1", TestLogs.entry(1));
        SignedNote note = record.checkpoint();
        assertThat(size(note)).isEqualTo(2);

        KeyPair witness = TestLogs.keys();
        CosignerKey w = CosignerKey.of("witness.test/w1", witness.getPublic());
        record.addCosignatures(note.text(), List.of(Cosignatures.sign(note.text(), w, witness.getPrivate(), 1_000)));
        assertThat(Cosignatures.validBy(record.checkpoint(), List.of(w))).containsExactly(w);
        int asked = store.sizes();
        later(100);
        assertThat(Cosignatures.validBy(record.checkpoint(), List.of(w))).as("served from memory with it").containsExactly(w);
        assertThat(store.sizes()).isEqualTo(asked);
    }

    @Test
    void aCheckpointStoredFirstIsServedWithoutAskingForCosignaturesAndOneStoredBeforeWithThem() {
        MemoryStore log = new MemoryStore();
        CountingStore store = new CountingStore(log);
        PublicRecord record = node(store);
        record.append("t", "c-0", TestLogs.entry(0));
        SignedNote first = record.checkpoint();
        assertThat(store.cosignatureReads()).as("this node stored it first: no witness has seen it").isZero();

        // Another node over the same store signed the grown log first and a witness cosigned it: this node,
        // finding that checkpoint stored, serves its cosignatures.
        PublicRecord other = node(log);
        record.append("t", "c-1", TestLogs.entry(1));
        SignedNote grown = other.checkpoint();
        KeyPair witness = TestLogs.keys();
        CosignerKey w = CosignerKey.of("witness.test/w2", witness.getPublic());
        other.addCosignatures(grown.text(), List.of(Cosignatures.sign(grown.text(), w, witness.getPrivate(), 1_000)));
        later(300);
        SignedNote served = record.checkpoint();
        assertThat(size(served)).isEqualTo(2);
        assertThat(Cosignatures.validBy(served, List.of(w))).containsExactly(w);
        assertThat(store.cosignatureReads()).isEqualTo(1);
        assertThat(size(first)).isEqualTo(1);
    }

    @Test
    void aSequencedBatchIsSignedAfterItsUnitOfWorkAndTheStoreIsAskedUntilThen() {
        MemoryStore log = new MemoryStore();
        CountingStore store = CountingStore.withInbox(log);
        PublicRecord record = node(store);
        for (int i = 0; i < 5; i++) record.enqueue("t", "q-" + i, TestLogs.entry(i));
        assertThat(size(record.checkpoint())).isZero();
        assertThat(record.sequence(1000)).isEqualTo(5);
        // Moved, its unit of work perhaps not committed yet: no request is served the note of before from memory.
        assertThat(size(record.checkpoint())).isEqualTo(5);
        int asked = store.sizes();
        assertThat(size(record.checkpoint())).isEqualTo(5);
        assertThat(store.sizes()).isEqualTo(asked + 1);

        record.signSequenced();
        assertThat(log.lastSigned().orElseThrow().size()).isEqualTo(5);
        asked = store.sizes();
        for (int i = 0; i < 10; i++) {
            later(20);
            assertThat(size(record.checkpoint())).isEqualTo(5);
        }
        assertThat(store.sizes()).as("signed by the sequencer: served from memory").isEqualTo(asked);
        record.signSequenced();
        assertThat(store.sizes()).as("nothing moved since: nothing asked").isEqualTo(asked);
        assertThat(record.sequence(1000)).isZero();
        record.signSequenced();
        assertThat(store.sizes()).isEqualTo(asked);
    }

    @Test
    void withoutAWindowEveryRequestAsksTheStoreAsBefore() {
        CountingStore store = new CountingStore(new MemoryStore());
        PublicRecord record = new PublicRecord(store, TestLogs.ORIGIN, KEYS.getPrivate(), VERIFIER);
        record.append("t", "d-0", TestLogs.entry(0));
        record.checkpoint();
        record.checkpoint();
        assertThat(store.sizes()).isEqualTo(2);
    }
}
