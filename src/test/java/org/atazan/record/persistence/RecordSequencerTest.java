package org.atazan.record.persistence;

import org.atazan.TestDatabases;
import org.atazan.record.Checkpoint;
import org.atazan.record.CountingStore;
import org.atazan.record.NoteKey;
import org.atazan.record.PublicRecord;
import org.atazan.record.SignedNote;
import org.atazan.record.TestLogs;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The sequencer's drain leaves a signed checkpoint of what it moved, served without a connection of the request's own. */
class RecordSequencerTest {

    /** The record's tables in a schema of the test's own on the embedded server. */
    static PGSimpleDataSource schema(String name) {
        PGSimpleDataSource ds = (PGSimpleDataSource) TestDatabases.embeddedDataSource();
        ds.setCurrentSchema(name);
        Flyway.configure().dataSource(ds).schemas(name).locations("classpath:db/migration/record").load().migrate();
        return ds;
    }

    static JdbcRecordStore store(PGSimpleDataSource ds) {
        return new JdbcRecordStore(JdbcClient.create(ds), new JdbcTemplate(ds), Clock.systemUTC());
    }

    @Test
    void aDrainThatMovedEntriesLeavesTheirCheckpointSignedAndServedFromMemory() {
        PGSimpleDataSource ds = schema("record_sequencer_test");
        JdbcRecordStore jdbc = store(ds);
        CountingStore store = new CountingStore(jdbc);
        KeyPair keys = TestLogs.keys();
        NoteKey verifier = NoteKey.of(TestLogs.ORIGIN, keys.getPublic());
        // A window of a minute: what is asserted is that nothing asks the store, however slow the machine.
        PublicRecord record = new PublicRecord(store, TestLogs.ORIGIN, List.of(new PublicRecord.Signer(keys.getPrivate(), verifier)),
                List.of(), Duration.ofMinutes(1));
        TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(ds));
        RecordSequencer sequencer = new RecordSequencer(record, tx, 20, 500);
        sequencer.drain(); // whatever an earlier run left
        long start = jdbc.size();

        List<PublicRecord.Decision> decisions = new ArrayList<>();
        for (int i = 0; i < 1_234; i++) decisions.add(new PublicRecord.Decision("t", "s-" + i, TestLogs.entry(i)));
        tx.executeWithoutResult(s -> record.enqueueAll(decisions));
        assertThat(sequencer.drain()).isEqualTo(1_234);

        Checkpoint signed = jdbc.lastSigned().orElseThrow();
        assertThat(signed.size()).as("signed by the drain, kept in the store").isEqualTo(start + 1_234);
        int asked = store.sizes();
        SignedNote served = record.checkpoint();
        assertThat(store.sizes()).as("the request asked nothing of the store").isEqualTo(asked);
        assertThat(served.text()).isEqualTo(signed.text());
        assertThat(served.verifiedBy(verifier)).isTrue();
        assertThat(record.entryFor("t", "s-1233")).hasValue(start + 1_233);

        assertThat(sequencer.drain()).isZero();
        assertThat(store.sizes()).as("a drain that moved nothing signs nothing").isEqualTo(asked);
    }

    @Test
    void itsRoundsBeginWhenThePlatformIsReadyNotWhileItStarts() throws InterruptedException {
        PGSimpleDataSource ds = schema("record_sequencer_start_test");
        JdbcRecordStore jdbc = store(ds);
        KeyPair keys = TestLogs.keys();
        PublicRecord record = new PublicRecord(jdbc, TestLogs.ORIGIN, keys.getPrivate(), NoteKey.of(TestLogs.ORIGIN, keys.getPublic()));
        TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(ds));
        RecordSequencer sequencer = new RecordSequencer(record, tx, 20, 500);
        sequencer.drain();
        long before = jdbc.size();
        List<PublicRecord.Decision> left = new ArrayList<>();
        for (int i = 0; i < 300; i++) left.add(new PublicRecord.Decision("t", "left-" + i, TestLogs.entry(i)));
        tx.executeWithoutResult(s -> record.enqueueAll(left)); // as a stop may leave them in the inbox

        sequencer.start();
        try {
            Thread.sleep(500); // 25 rounds' worth: none runs while the platform starts
            assertThat(jdbc.size()).as("nothing moved before the platform is ready").isEqualTo(before);
            sequencer.begin(); // ApplicationReadyEvent
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.size() == before + 300);
        } finally {
            sequencer.stop();
        }
        assertThat(sequencer.isRunning()).isFalse();
    }

    @Test
    void aRestingSequencerIsWokenByTheNextCommitThatQueuesEntries() {
        PGSimpleDataSource ds = schema("record_sequencer_wake_test");
        InboxSignal signal = new InboxSignal();
        JdbcRecordStore jdbc = new JdbcRecordStore(JdbcClient.create(ds), new JdbcTemplate(ds), Clock.systemUTC(), signal);
        KeyPair keys = TestLogs.keys();
        PublicRecord record = new PublicRecord(jdbc, TestLogs.ORIGIN, keys.getPrivate(), NoteKey.of(TestLogs.ORIGIN, keys.getPublic()));
        TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(ds));
        // A rest of ten minutes: within the test only the commit's signal can start a round.
        RecordSequencer sequencer = new RecordSequencer(record, tx, signal, 20, 600_000, 500);
        sequencer.start();
        try {
            sequencer.begin();
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(sequencer::resting);
            long before = jdbc.size();
            for (int i = 0; i < 3; i++) {
                int n = i;
                tx.executeWithoutResult(s -> record.enqueue("t", "woken-" + n, TestLogs.entry(n)));
                long expected = before + n + 1;
                org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.size() == expected);
                org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(sequencer::resting);
            }
        } finally {
            sequencer.stop();
        }
        assertThat(sequencer.isRunning()).isFalse();
    }

    @Test
    void entriesNoSignalToldOfWaitForTheRestAndAStopDoesNotWaitForIt() throws InterruptedException {
        PGSimpleDataSource ds = schema("record_sequencer_rest_test");
        InboxSignal signal = new InboxSignal();
        JdbcRecordStore jdbc = new JdbcRecordStore(JdbcClient.create(ds), new JdbcTemplate(ds), Clock.systemUTC(), signal);
        KeyPair keys = TestLogs.keys();
        PublicRecord record = new PublicRecord(jdbc, TestLogs.ORIGIN, keys.getPrivate(), NoteKey.of(TestLogs.ORIGIN, keys.getPublic()));
        // Entries another node queued: through a store whose inbox tells this sequencer nothing.
        PublicRecord elsewhere = new PublicRecord(store(ds), TestLogs.ORIGIN, keys.getPrivate(), NoteKey.of(TestLogs.ORIGIN, keys.getPublic()));
        TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(ds));
        RecordSequencer sequencer = new RecordSequencer(record, tx, signal, 20, 600_000, 500);
        sequencer.start();
        long before;
        try {
            sequencer.begin();
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(sequencer::resting);
            before = jdbc.size();
            tx.executeWithoutResult(s -> elsewhere.enqueue("t", "elsewhere", TestLogs.entry(1)));
            Thread.sleep(500); // 25 busy rounds' worth
            assertThat(jdbc.size()).as("a resting sequencer asks the inbox only when its rest ends").isEqualTo(before);
        } finally {
            sequencer.stop();
        }
        assertThat(sequencer.isRunning()).isFalse();
        assertThat(sequencer.drain()).as("the entry waits in the inbox, not lost").isEqualTo(1);
    }
}
