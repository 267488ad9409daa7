package org.atazan.record.persistence;

import org.atazan.kernel.TabText;
import org.atazan.record.Checkpoint;
import org.atazan.record.LeafHashes;
import org.atazan.record.RecordStore;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The log in PostgreSQL. Indexes are given under a transaction-scoped advisory lock, so that two
 * appends never take the same one and none is skipped. Leaf hashes of committed entries are kept in
 * memory (32 bytes each) and read from the database only for entries appended since.
 */
@Component
class JdbcRecordStore implements RecordStore {
    private static final long LOCK = 0x7265636f7264L; // "record"

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final Clock clock;
    private final LeafList leaves = new LeafList();
    private LeafHashes snapshot;

    private final InboxSignal inbox;

    @Autowired
    JdbcRecordStore(JdbcClient jdbc, JdbcTemplate batch, Clock clock, InboxSignal inbox) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.clock = clock;
        this.inbox = inbox;
    }

    /** A store whose inbox tells no sequencer (tests that drain it themselves). */
    JdbcRecordStore(JdbcClient jdbc, JdbcTemplate batch, Clock clock) {
        this(jdbc, batch, clock, new InboxSignal());
    }

    @Override
    public long append(String kind, String objectId, byte[] entry, byte[] leafHash) {
        jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(LOCK).query((rs, n) -> 1).list();
        long seq = jdbc.sql("SELECT coalesce(max(seq) + 1, 0) FROM record_entry").query(Long.class).single();
        jdbc.sql("INSERT INTO record_entry (seq, leaf_hash, entry, kind, object_id, appended_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(seq, leafHash, entry, kind, objectId, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)).update();
        return seq;
    }

    @Override
    public long appendAll(List<Appending> entries) {
        if (entries.isEmpty()) return size();
        jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(LOCK).query((rs, n) -> 1).list();
        long first = jdbc.sql("SELECT coalesce(max(seq) + 1, 0) FROM record_entry").query(Long.class).single();
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        long[] seq = {first};
        batch.batchUpdate("INSERT INTO record_entry (seq, leaf_hash, entry, kind, object_id, appended_at) VALUES (?, ?, ?, ?, ?, ?)",
                entries, 1000, (ps, a) -> {
                    ps.setLong(1, seq[0]++);
                    ps.setBytes(2, a.leafHash());
                    ps.setBytes(3, a.entry());
                    ps.setString(4, a.kind());
                    ps.setString(5, a.objectId());
                    ps.setObject(6, now);
                });
        return first;
    }

    /**
     * In a transaction, the entry waits for the commit with the transaction's other entries: they are inserted
     * in one batch (one round trip) just before it commits, so that a desk's ten protocols cost one insert, not
     * ten; the decisions and their entries are still one commit. Outside a transaction it is inserted at once.
     */
    @Override
    public void enqueue(String kind, String objectId, byte[] entry, byte[] leafHash) {
        // The time as text, cast by the server: a java.time value makes the driver build a calendar for each
        // statement, a tenth of a decision's own processor time in a profile of the decisions' path.
        Queuing q = new Queuing(new Appending(kind, objectId, entry, leafHash), clock.instant().toString());
        if (TransactionSynchronizationManager.isSynchronizationActive()) Pending.of(this).add(q);
        else insert(List.of(q));
        inbox.enqueued();
    }

    /** An entry and the time it was queued at, as text. */
    private record Queuing(Appending entry, String at) {
    }

    // Straight to JdbcTemplate with a setter: JdbcClient built a statement factory and wrapped each value per
    // decision, a sixth of the record's share of a decision in a profile.
    private void insert(List<Queuing> entries) {
        batch.batchUpdate("INSERT INTO record_inbox (leaf_hash, entry, kind, object_id, received_at) VALUES (?, ?, ?, ?, CAST(? AS timestamptz))",
                entries, entries.size(), (ps, q) -> {
                    ps.setBytes(1, q.entry().leafHash());
                    ps.setBytes(2, q.entry().entry());
                    ps.setString(3, q.entry().kind());
                    ps.setString(4, q.entry().objectId());
                    ps.setString(5, q.at());
                });
    }

    /**
     * The current transaction's entries not inserted yet. Kept among the transaction's synchronizations, which a
     * nested transaction of its own (REQUIRES_NEW) sets aside, so that its entries are never mixed with the
     * outer one's.
     */
    private static final class Pending implements TransactionSynchronization {
        private final JdbcRecordStore store;
        private final List<Queuing> entries = new ArrayList<>();

        private Pending(JdbcRecordStore store) {
            this.store = store;
        }

        static Pending of(JdbcRecordStore store) {
            for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
                if (s instanceof Pending p && p.store == store) return p;
            }
            Pending p = new Pending(store);
            TransactionSynchronizationManager.registerSynchronization(p);
            return p;
        }

        void add(Queuing q) {
            entries.add(q);
        }

        /** Inserted before anything the same transaction queues by COPY, so that they keep their order. */
        void write() {
            if (entries.isEmpty()) return;
            store.insert(entries);
            entries.clear();
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            write(); // a failure here rolls the transaction back with its decisions
        }
    }

    /** With COPY, in the caller's transaction: an imported file's ninety thousand entries in a second or two. */
    @Override
    public void enqueueAll(List<Appending> entries) {
        if (entries.isEmpty()) return;
        if (TransactionSynchronizationManager.isSynchronizationActive()) Pending.of(this).write();
        String now = clock.instant().toString();
        StringBuilder rows = new StringBuilder(entries.size() * 600);
        HexFormat hex = HexFormat.of();
        for (Appending a : entries) {
            rows.append("\\\\x").append(hex.formatHex(a.leafHash())).append('\t');
            rows.append("\\\\x").append(hex.formatHex(a.entry())).append('\t');
            TabText.append(rows, a.kind()).append('\t');
            TabText.append(rows, a.objectId()).append('\t').append(now).append('\n');
        }
        DataSource ds = batch.getDataSource();
        Connection c = DataSourceUtils.getConnection(ds);
        try {
            c.unwrap(PGConnection.class).getCopyAPI().copyIn(
                    "COPY record_inbox (leaf_hash, entry, kind, object_id, received_at) FROM STDIN", new StringReader(rows.toString()));
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("entries not queued for the public record: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(c, ds);
        }
        inbox.enqueued();
    }

    @Override
    public int sequence(int max) {
        // The log's lock first: two sequencers never take the same rows nor give the same indexes. A row
        // whose writer has not committed yet is not seen, and is taken by a later batch.
        jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(LOCK).query((rs, n) -> 1).list();
        // DELETE … RETURNING gives no order: sorted by the inbox's ids, the order the decisions came in.
        List<Appending> rows = jdbc.sql("DELETE FROM record_inbox WHERE id IN (SELECT id FROM record_inbox ORDER BY id LIMIT ?)"
                        + " RETURNING id, kind, object_id, entry, leaf_hash").param(max)
                .query((rs, n) -> new Queued(rs.getLong(1), new Appending(rs.getString(2), rs.getString(3), rs.getBytes(4), rs.getBytes(5))))
                .list().stream().sorted(java.util.Comparator.comparingLong(Queued::id)).map(Queued::entry).toList();
        if (!rows.isEmpty()) appendAll(rows);
        return rows.size();
    }

    private record Queued(long id, Appending entry) {
    }

    @Override
    public long size() {
        // Indexes have no gaps (given under the lock, a rolled-back one is given again): the largest
        // index plus one is the size, read from the primary key's end instead of counting every row.
        return jdbc.sql("SELECT coalesce(max(seq) + 1, 0) FROM record_entry").query(Long.class).single();
    }

    @Override
    public synchronized LeafHashes leafHashes() {
        List<byte[]> newer = jdbc.sql("SELECT leaf_hash FROM record_entry WHERE seq >= ? ORDER BY seq")
                .param(leaves.size()).query((rs, n) -> rs.getBytes(1)).list();
        if (!newer.isEmpty() || snapshot == null) {
            newer.forEach(leaves::add);
            snapshot = leaves.snapshot();
        }
        return snapshot;
    }

    @Override
    public Optional<byte[]> entry(long index) {
        return jdbc.sql("SELECT entry FROM record_entry WHERE seq = ?").param(index).query((rs, n) -> rs.getBytes(1)).optional();
    }

    @Override
    public List<byte[]> entries(long from, int count) {
        return jdbc.sql("SELECT entry FROM record_entry WHERE seq >= ? AND seq < ? ORDER BY seq")
                .params(from, from + count).query((rs, n) -> rs.getBytes(1)).list();
    }

    /**
     * The newest such entry: one still in the inbox (not moved by the sequencer yet) is newer than any in the log,
     * which its index on kind and object finds without a scan.
     */
    @Override
    public Optional<byte[]> leafHashOf(String kind, String objectId) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) Pending.of(this).write(); // this transaction's own too
        return jdbc.sql("SELECT leaf_hash FROM (SELECT leaf_hash, 0 AS place, seq AS n FROM record_entry WHERE kind = ? AND object_id = ?"
                        + " UNION ALL SELECT leaf_hash, 1, id FROM record_inbox WHERE kind = ? AND object_id = ?) found"
                        + " ORDER BY place DESC, n DESC LIMIT 1")
                .params(kind, objectId, kind, objectId).query((rs, n) -> rs.getBytes(1)).optional();
    }

    @Override
    public java.util.OptionalLong latest(String kind, String objectId) {
        // record_entry_object (kind, object_id) finds it without a scan
        return jdbc.sql("SELECT seq FROM record_entry WHERE kind = ? AND object_id = ? ORDER BY seq DESC LIMIT 1")
                .params(kind, objectId).query(Long.class).optional()
                .map(java.util.OptionalLong::of).orElseGet(java.util.OptionalLong::empty);
    }

    @Override
    public Optional<Checkpoint> lastSigned() {
        return jdbc.sql("SELECT note FROM record_checkpoint ORDER BY size DESC LIMIT 1").query(String.class).optional()
                .map(JdbcRecordStore::checkpointOf);
    }

    /** One statement for both: the sequencer signs after every batch, and each statement waits its turn under load. */
    @Override
    public State state() {
        return jdbc.sql("SELECT (SELECT coalesce(max(seq) + 1, 0) FROM record_entry),"
                        + " (SELECT note FROM record_checkpoint ORDER BY size DESC LIMIT 1)")
                .query((rs, n) -> new State(rs.getLong(1), Optional.ofNullable(rs.getString(2)).map(JdbcRecordStore::checkpointOf)))
                .single();
    }

    private static Checkpoint checkpointOf(String note) {
        return Checkpoint.parse(note.substring(0, note.indexOf("\n\n") + 1));
    }

    @Override
    public boolean signed(Checkpoint checkpoint, String note) {
        return jdbc.sql("INSERT INTO record_checkpoint (size, root_hash, note, signed_at) VALUES (?, ?, ?, ?) ON CONFLICT (size) DO NOTHING")
                .params(checkpoint.size(), checkpoint.rootHash(), note, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .update() == 1;
    }

    @Override
    public void cosigned(String checkpointText, List<org.atazan.record.SignedNote.Line> lines) {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        for (org.atazan.record.SignedNote.Line l : lines) {
            jdbc.sql("INSERT INTO record_cosignature (checkpoint, key_name, key_hash, signature, received_at) VALUES (?, ?, ?, ?, ?)"
                            + " ON CONFLICT (checkpoint, key_name, key_hash) DO UPDATE SET signature = excluded.signature,"
                            + " received_at = excluded.received_at")
                    .params(checkpointText, l.keyName(), l.keyHash(), l.signature(), now).update();
        }
    }

    @Override
    public List<org.atazan.record.SignedNote.Line> cosignatures(String checkpointText) {
        return jdbc.sql("SELECT key_name, key_hash, signature FROM record_cosignature WHERE checkpoint = ? ORDER BY key_name, key_hash")
                .param(checkpointText)
                .query((rs, n) -> new org.atazan.record.SignedNote.Line(rs.getString(1), rs.getInt(2), rs.getBytes(3))).list();
    }
}
