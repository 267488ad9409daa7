package org.atazan.record.persistence;

import org.atazan.TestDatabases;
import org.atazan.record.CosignerKey;
import org.atazan.record.Cosignatures;
import org.atazan.record.Merkle;
import org.atazan.record.NoteKey;
import org.atazan.record.Checkpoint;
import org.atazan.record.PublicRecord;
import org.atazan.record.RecordStore;
import org.atazan.record.SignedNote;
import org.atazan.record.TestLogs;
import org.atazan.record.Tiles;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.security.KeyPair;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The store in PostgreSQL (a schema of its own): single and batched appends number entries without gaps; bundles read back. */
class JdbcRecordStoreTest {

    static TransactionTemplate transactions(PGSimpleDataSource ds) {
        return new TransactionTemplate(new DataSourceTransactionManager(ds));
    }

    static PublicRecord signedBy(KeyPair keys, JdbcRecordStore store) {
        return new PublicRecord(store, TestLogs.ORIGIN, keys.getPrivate(), NoteKey.of(TestLogs.ORIGIN, keys.getPublic()));
    }

    @Test
    void appendsOneByOneAndInBatchesFollowEachOtherAndTheTilesServeThem() {
        PGSimpleDataSource ds = RecordSequencerTest.schema("record_store_test");
        JdbcRecordStore store = RecordSequencerTest.store(ds);
        PublicRecord record = signedBy(TestLogs.keys(), store);
        TransactionTemplate tx = transactions(ds);
        long start = store.size();
        assertThat((long) tx.execute(s -> record.append("t", "o-0", TestLogs.entry(0)))).isEqualTo(start);
        List<PublicRecord.Decision> batch = new ArrayList<>();
        for (int i = 1; i < 300; i++) batch.add(new PublicRecord.Decision("t", "o-" + i, TestLogs.entry(i)));
        assertThat((long) tx.execute(s -> record.appendAll(batch))).isEqualTo(start + 1);
        assertThat((long) tx.execute(s -> record.append("t", "o-300", TestLogs.entry(300)))).isEqualTo(start + 300);
        assertThat(store.size()).isEqualTo(start + 301);
        assertThat(store.entries(start + 299, 5)).hasSize(2);
        assertThat(store.leafHashes().at(start + 150)).isEqualTo(Merkle.leafHash(TestLogs.entry(150)));
        if (start == 0) {
            assertThat(Tiles.entries(record.tile(new Tiles.Tile(Tiles.ENTRIES, 1, 45)).orElseThrow(), 45).get(44)).isEqualTo(TestLogs.entry(300));
        }
        assertThatThrownBy(() -> JdbcClient.create(ds).sql("DELETE FROM record_entry").update()).hasMessageContaining("append-only");
    }

    @Test
    void theSizeAndTheLastCheckpointAreReadTogetherAndACheckpointIsStoredOnce() {
        PGSimpleDataSource ds = RecordSequencerTest.schema("record_state_test");
        JdbcRecordStore store = RecordSequencerTest.store(ds);
        PublicRecord record = signedBy(TestLogs.keys(), store);
        TransactionTemplate tx = transactions(ds);
        long start = store.size();
        tx.executeWithoutResult(s -> record.append("t", "state-0", TestLogs.entry(0)));
        String text = record.checkpoint().text(); // signed and stored

        RecordStore.State state = store.state();
        assertThat(state.size()).isEqualTo(start + 1).isEqualTo(store.size());
        assertThat(state.lastSigned()).contains(Checkpoint.parse(text)).isEqualTo(store.lastSigned());
        // Another node signing the same tree stores nothing: the first one stays, and the caller is told.
        assertThat(store.signed(Checkpoint.parse(text), "a second note")).isFalse();
        tx.executeWithoutResult(s -> record.append("t", "state-1", TestLogs.entry(1)));
        Checkpoint next = Checkpoint.parse(record.checkpoint().text());
        assertThat(store.state().lastSigned()).contains(next);
        assertThat(next.size()).isEqualTo(start + 2);
    }

    @Test
    void aTransactionsEntriesGoInAtItsCommitInOrderAndANestedTransactionKeepsItsOwn() {
        PGSimpleDataSource ds = RecordSequencerTest.schema("record_pending_test");
        JdbcRecordStore store = RecordSequencerTest.store(ds);
        DataSourceTransactionManager manager = new DataSourceTransactionManager(ds);
        TransactionTemplate tx = new TransactionTemplate(manager);
        TransactionTemplate nested = new TransactionTemplate(manager);
        nested.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        JdbcClient sql = JdbcClient.create(ds);
        sql.sql("DELETE FROM record_inbox").update();
        java.util.function.Consumer<String> queue = name -> store.enqueue("t", name, TestLogs.entry(name.hashCode()), Merkle.leafHash(TestLogs.entry(name.hashCode())));

        // An outer transaction rolled back leaves nothing of its own; its nested one, committed, keeps its entry.
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
            queue.accept("a");
            nested.executeWithoutResult(n -> queue.accept("inner"));
            queue.accept("b");
            throw new IllegalStateException("the decision fails");
        })).hasMessage("the decision fails");
        assertThat(sql.sql("SELECT object_id FROM record_inbox ORDER BY id").query(String.class).list()).containsExactly("inner");

        // Committed: its entries in the order queued, those queued before a COPY of several ahead of them.
        tx.executeWithoutResult(s -> {
            queue.accept("c");
            queue.accept("d");
            assertThat(sql.sql("SELECT count(*) FROM record_inbox WHERE object_id = 'c'").query(Long.class).single())
                    .as("not inserted one by one").isZero();
            store.enqueueAll(List.of(new RecordStore.Appending("t", "e", TestLogs.entry(5), Merkle.leafHash(TestLogs.entry(5)))));
            queue.accept("f");
        });
        assertThat(sql.sql("SELECT object_id FROM record_inbox ORDER BY id").query(String.class).list())
                .containsExactly("inner", "c", "d", "e", "f");
        // Outside a transaction an entry goes in at once.
        queue.accept("g");
        assertThat(sql.sql("SELECT count(*) FROM record_inbox WHERE object_id = 'g'").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anEntrysLeafHashIsFoundInTheLogInTheInboxAndInTheTransactionThatQueuedIt() {
        PGSimpleDataSource ds = RecordSequencerTest.schema("record_leaf_of_test");
        JdbcRecordStore store = RecordSequencerTest.store(ds);
        TransactionTemplate tx = transactions(ds);
        byte[] logged = TestLogs.entry(1), queued = TestLogs.entry(2), pending = TestLogs.entry(3);
        tx.executeWithoutResult(s -> store.append("k", "in-log", logged, Merkle.leafHash(logged)));
        tx.executeWithoutResult(s -> store.enqueue("k", "queued", queued, Merkle.leafHash(queued)));

        assertThat(store.leafHashOf("k", "in-log")).hasValueSatisfying(h -> assertThat(h).isEqualTo(Merkle.leafHash(logged)));
        assertThat(store.leafHashOf("k", "queued")).hasValueSatisfying(h -> assertThat(h).isEqualTo(Merkle.leafHash(queued)));
        assertThat(store.leafHashOf("other-kind", "queued")).isEmpty();
        tx.executeWithoutResult(s -> {
            store.enqueue("k", "pending", pending, Merkle.leafHash(pending));
            assertThat(store.leafHashOf("k", "pending")).hasValueSatisfying(h -> assertThat(h).isEqualTo(Merkle.leafHash(pending)));
        });
    }

    @Test
    void witnessCosignaturesAreKeptAcrossARestartAndANewerLineOfAKeyReplacesItsOlder() {
        PGSimpleDataSource ds = RecordSequencerTest.schema("record_cosign_test");
        KeyPair keys = TestLogs.keys();
        JdbcRecordStore store = RecordSequencerTest.store(ds);
        PublicRecord record = signedBy(keys, store);
        new TransactionTemplate(new DataSourceTransactionManager(ds)).executeWithoutResult(s -> record.append("t", "o", TestLogs.entry(7)));
        KeyPair witness = TestLogs.keys();
        CosignerKey w = CosignerKey.of("witness.test/w1", witness.getPublic());
        String text = record.checkpoint().text();
        record.addCosignatures(text, List.of(Cosignatures.sign(text, w, witness.getPrivate(), 1_000)));
        record.addCosignatures(text, List.of(Cosignatures.sign(text, w, witness.getPrivate(), 2_000)));

        // A restart: a new store and record over the same tables.
        JdbcRecordStore again = RecordSequencerTest.store(ds);
        PublicRecord restarted = signedBy(keys, again);
        SignedNote served = restarted.checkpoint();
        assertThat(served.text()).isEqualTo(text);
        assertThat(Cosignatures.validBy(served, List.of(w))).containsExactly(w);
        assertThat(again.cosignatures(text)).as("one line per key, the newest").hasSize(1)
                .allSatisfy(l -> assertThat(java.nio.ByteBuffer.wrap(l.signature()).getLong()).isEqualTo(2_000));
    }

    @Test
    void enqueuedEntriesHaveNoIndexUntilSequencedThenFollowWithoutGapsInTheirOrder() throws Exception {
        PGSimpleDataSource ds = RecordSequencerTest.schema("record_inbox_test");
        JdbcRecordStore store = RecordSequencerTest.store(ds);
        PublicRecord record = signedBy(TestLogs.keys(), store);
        TransactionTemplate tx = transactions(ds);
        long start = store.size();
        // Four writers at once, as listeners on their own threads; nothing is in the log yet.
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        List<java.util.concurrent.Future<?>> done = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            int writer = w;
            done.add(pool.submit(() -> {
                for (int i = 0; i < 600; i++) {
                    int n = writer * 600 + i;
                    tx.executeWithoutResult(s -> record.enqueue("t", "q-" + n, TestLogs.entry(n)));
                }
            }));
        }
        for (var f : done) f.get();
        pool.shutdown();
        assertThat(store.size()).isEqualTo(start);
        assertThat(record.entryFor("t", "q-5")).isEmpty();
        // Batches of 1,000: three transactions, the last not full.
        assertThat((int) tx.execute(s -> record.sequence(1000))).isEqualTo(1000);
        assertThat((int) tx.execute(s -> record.sequence(1000))).isEqualTo(1000);
        assertThat((int) tx.execute(s -> record.sequence(1000))).isEqualTo(400);
        assertThat((int) tx.execute(s -> record.sequence(1000))).isZero();
        assertThat(store.size()).isEqualTo(start + 2400);
        // Each writer's entries in the order it wrote them; every entry once.
        List<byte[]> all = store.entries(start, 2400);
        java.util.Set<String> seen = new java.util.HashSet<>();
        int[] last = {-1, -1, -1, -1};
        for (byte[] e : all) {
            assertThat(seen.add(java.util.HexFormat.of().formatHex(e))).isTrue();
            for (int n = 0; n < 2400; n++) {
                if (java.util.Arrays.equals(e, TestLogs.entry(n))) {
                    assertThat(n % 600).isGreaterThan(last[n / 600]);
                    last[n / 600] = n % 600;
                    break;
                }
            }
        }
        assertThat(last).containsOnly(599);
        assertThat(record.entryFor("t", "q-5")).isPresent();
        assertThat(store.leafHashes().at(record.entryFor("t", "q-5").getAsLong())).isEqualTo(Merkle.leafHash(TestLogs.entry(5)));
    }

    @Test
    void entriesEnqueuedTogetherAreAppendedInTheirOrderAfterThoseBeforeThem() {
        PGSimpleDataSource ds = RecordSequencerTest.schema("record_inbox_all_test");
        JdbcRecordStore store = RecordSequencerTest.store(ds);
        PublicRecord record = signedBy(TestLogs.keys(), store);
        TransactionTemplate tx = transactions(ds);
        long start = store.size();
        tx.executeWithoutResult(s -> record.enqueue("t", "before", TestLogs.entry(9999)));
        List<PublicRecord.Decision> many = new ArrayList<>();
        for (int i = 0; i < 2500; i++) many.add(new PublicRecord.Decision("t", "m-" + i + (i == 7 ? "\t\\x\r\n" : ""), TestLogs.entry(i)));
        tx.executeWithoutResult(s -> record.enqueueAll(many));
        assertThat(store.size()).isEqualTo(start);
        int moved = 0, n;
        while ((n = tx.execute(s -> record.sequence(1000))) > 0) moved += n;
        assertThat(moved).isEqualTo(2501);
        assertThat(store.entries(start, 1).get(0)).isEqualTo(TestLogs.entry(9999));
        List<byte[]> all = store.entries(start + 1, 2500);
        for (int i = 0; i < 2500; i++) assertThat(all.get(i)).isEqualTo(TestLogs.entry(i));
        assertThat(record.entryFor("t", "m-2499")).hasValue(start + 2500);
        assertThat(record.entryFor("t", "m-7\t\\x\r\n")).as("an object id with COPY's special characters").hasValue(start + 8);
    }

    @Test
    void theInboxKeepsTheTimeOfTheStoresClockOneByOneAndInBatches() {
        PGSimpleDataSource ds = RecordSequencerTest.schema("record_inbox_time_test");
        java.time.Instant at = java.time.Instant.parse("2026-03-15T23:59:58.123456Z");
        JdbcRecordStore store = new JdbcRecordStore(JdbcClient.create(ds), new JdbcTemplate(ds), Clock.fixed(at, java.time.ZoneId.of("Asia/Almaty")));
        TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(ds));
        tx.executeWithoutResult(s -> store.enqueue("t", "one", TestLogs.entry(1), new byte[32]));
        tx.executeWithoutResult(s -> store.enqueueAll(List.of(new org.atazan.record.RecordStore.Appending("t", "batch", TestLogs.entry(2), new byte[32]))));
        // Read back as text in UTC, whatever the session's zone: the instant itself, to the microsecond.
        List<String> times = JdbcClient.create(ds).sql("SELECT to_char(received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US') FROM record_inbox ORDER BY id")
                .query(String.class).list();
        assertThat(times).containsExactly("2026-03-15 23:59:58.123456", "2026-03-15 23:59:58.123456");
    }
}
