package org.atazan.record.persistence;

import org.atazan.TestDatabases;
import org.atazan.record.Merkle;
import org.atazan.record.NoteKey;
import org.atazan.record.PublicRecord;
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

    @Test
    void appendsOneByOneAndInBatchesFollowEachOtherAndTheTilesServeThem() {
        PGSimpleDataSource ds = (PGSimpleDataSource) TestDatabases.embeddedDataSource();
        ds.setCurrentSchema("record_store_test");
        Flyway.configure().dataSource(ds).schemas("record_store_test").locations("classpath:db/migration/record").load().migrate();
        JdbcRecordStore store = new JdbcRecordStore(JdbcClient.create(ds), new JdbcTemplate(ds), Clock.systemUTC());
        KeyPair keys = TestLogs.keys();
        PublicRecord record = new PublicRecord(store, TestLogs.ORIGIN, keys.getPrivate(), NoteKey.of(TestLogs.ORIGIN, keys.getPublic()));
        TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(ds));
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
}
