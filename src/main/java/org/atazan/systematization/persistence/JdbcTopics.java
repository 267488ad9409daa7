package org.atazan.systematization.persistence;

import org.atazan.consultation.Language;
import org.atazan.consultation.ReferenceNumber;
import org.atazan.systematization.TopicClustering;
import org.atazan.systematization.TopicStore;
import org.postgresql.PGConnection;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/** Topical clusters in PostgreSQL; a run's memberships written with COPY, a batch at a time. */
@Repository
class JdbcTopics implements TopicStore {
    private static final int COPY_BATCH = 20_000;
    private final NamedParameterJdbcTemplate jdbc;

    JdbcTopics(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void lock(String consultationId) {
        jdbc.query("SELECT pg_advisory_xact_lock(hashtext('systematization.topics:' || :c))", Map.of("c", consultationId), rs -> null);
    }

    @Override
    public long nextId() {
        return jdbc.getJdbcTemplate().queryForObject("SELECT nextval('systematization_topic_id')", Long.class);
    }

    @Override
    public void forEachMember(String consultationId, MemberSink each) {
        jdbc.query("""
                SELECT m.year, m.seq, m.topic, t.kept FROM systematization_topic_member m
                JOIN systematization_topic t ON t.consultation_id = m.consultation_id AND t.id = m.topic
                WHERE m.consultation_id = :c ORDER BY m.year, m.seq""", Map.of("c", consultationId),
                (RowCallbackHandler) rs -> each.accept(new ReferenceNumber(rs.getInt(1), rs.getLong(2)), rs.getLong(3), rs.getBoolean(4)));
    }

    @Override
    public Map<Long, String> names(String consultationId) {
        Map<Long, String> out = new LinkedHashMap<>();
        jdbc.query("SELECT id, name FROM systematization_topic WHERE consultation_id = :c AND name IS NOT NULL ORDER BY id",
                Map.of("c", consultationId), (RowCallbackHandler) rs -> out.put(rs.getLong(1), rs.getString(2)));
        return out;
    }

    @Override
    public void replace(Run run, List<TopicClustering.Cluster> clusters, Map<Long, String> names,
                        Consumer<BiConsumer<ReferenceNumber, Long>> members) {
        String c = run.consultationId();
        jdbc.update("""
                INSERT INTO systematization_topic_run (consultation_id, proposals, clusters, millis, at) VALUES (:c, :p, :n, :ms, :at)
                ON CONFLICT (consultation_id) DO UPDATE SET proposals = :p, clusters = :n, millis = :ms, at = :at""",
                new MapSqlParameterSource("c", c).addValue("p", run.proposals()).addValue("n", run.clusters())
                        .addValue("ms", run.millis()).addValue("at", Timestamp.from(run.at())));
        jdbc.update("DELETE FROM systematization_topic_member WHERE consultation_id = :c", Map.of("c", c));
        jdbc.update("DELETE FROM systematization_topic WHERE consultation_id = :c", Map.of("c", c));
        for (TopicClustering.Cluster t : clusters) {
            jdbc.update("INSERT INTO systematization_topic (consultation_id, id, article, name, kept, size) VALUES (:c, :id, :a, :n, :k, :s)",
                    new MapSqlParameterSource("c", c).addValue("id", t.id()).addValue("a", t.article())
                            .addValue("n", t.kept() ? names.get(t.id()) : null).addValue("k", t.kept()).addValue("s", t.size()));
            describe(c, t.id(), t.descriptions());
        }
        copyMembers(c, members);
    }

    private void describe(String c, long topic, List<TopicClustering.Description> descriptions) {
        jdbc.update("DELETE FROM systematization_topic_description WHERE consultation_id = :c AND topic = :t",
                Map.of("c", c, "t", topic));
        for (int i = 0; i < descriptions.size(); i++) {
            TopicClustering.Description d = descriptions.get(i);
            jdbc.update("""
                    INSERT INTO systematization_topic_description (consultation_id, topic, language, position, size, terms, representatives)
                    VALUES (:c, :t, :l, :i, :s, :terms, :reps)""",
                    new MapSqlParameterSource("c", c).addValue("t", topic).addValue("l", d.language().code()).addValue("i", i)
                            .addValue("s", d.size()).addValue("terms", d.terms().toArray(String[]::new))
                            .addValue("reps", d.representatives().toArray(Long[]::new)));
        }
    }

    private void copyMembers(String c, Consumer<BiConsumer<ReferenceNumber, Long>> members) {
        DataSource ds = jdbc.getJdbcTemplate().getDataSource();
        Connection connection = DataSourceUtils.getConnection(ds);
        try {
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            String id = c.replaceAll("[\\t\\n\\r\\\\]", " ");
            StringBuilder rows = new StringBuilder();
            int[] n = {0};
            IOException[] failed = {null};
            members.accept((ref, topic) -> {
                rows.append(id).append('\t').append(ref.year()).append('\t').append(ref.sequence()).append('\t').append(topic).append('\n');
                if (++n[0] % COPY_BATCH == 0) {
                    flush(copy, rows);
                }
            });
            flush(copy, rows);
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("clusters not written: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, ds);
        }
    }

    private static void flush(org.postgresql.copy.CopyManager copy, StringBuilder rows) {
        if (rows.isEmpty()) return;
        try {
            copy.copyIn("COPY systematization_topic_member (consultation_id, year, seq, topic) FROM STDIN", new StringReader(rows.toString()));
        } catch (SQLException | IOException e) {
            throw new DataAccessResourceFailureException("clusters not written: " + e.getMessage(), e);
        }
        rows.setLength(0);
    }

    @Override
    public Optional<Run> lastRun(String consultationId) {
        return jdbc.query("SELECT proposals, clusters, millis, at FROM systematization_topic_run WHERE consultation_id = :c",
                Map.of("c", consultationId), (rs, i) -> new Run(consultationId, rs.getInt(1), rs.getInt(2), rs.getLong(3),
                        rs.getTimestamp(4).toInstant())).stream().findFirst();
    }

    @Override
    public List<Topic> topics(String consultationId, Optional<Optional<String>> article) {
        MapSqlParameterSource p = new MapSqlParameterSource("c", consultationId);
        String where = "";
        if (article.isPresent()) {
            where = article.get().isPresent() ? " AND article = :a" : " AND article IS NULL";
            article.get().ifPresent(a -> p.addValue("a", a));
        }
        return read("SELECT id, article, name, kept, size FROM systematization_topic WHERE consultation_id = :c" + where
                + " ORDER BY size DESC, id", p, consultationId);
    }

    @Override
    public Optional<Topic> topic(String consultationId, long id) {
        return read("SELECT id, article, name, kept, size FROM systematization_topic WHERE consultation_id = :c AND id = :id",
                new MapSqlParameterSource("c", consultationId).addValue("id", id), consultationId).stream().findFirst();
    }

    /** Topics and then their descriptions, in two queries (never one per topic). */
    private List<Topic> read(String sql, MapSqlParameterSource p, String consultationId) {
        record Row(long id, String article, String name, boolean kept, int size) {
        }
        List<Row> rows = jdbc.query(sql, p, (rs, i) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4), rs.getInt(5)));
        if (rows.isEmpty()) return List.of();
        Map<Long, List<TopicClustering.Description>> d = new LinkedHashMap<>();
        jdbc.query("""
                SELECT topic, language, size, terms, representatives FROM systematization_topic_description
                WHERE consultation_id = :c AND topic = ANY(:ids) ORDER BY topic, position""",
                new MapSqlParameterSource("c", consultationId).addValue("ids", rows.stream().map(Row::id).toArray(Long[]::new)),
                (RowCallbackHandler) rs -> d.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new TopicClustering.Description(Language.of("language", rs.getString(2)), rs.getInt(3),
                                Arrays.asList((String[]) array(rs.getArray(4))), Arrays.asList((Long[]) array(rs.getArray(5))))));
        return rows.stream().map(r -> new Topic(r.id(), r.article(), r.name(), r.kept(), r.size(), d.getOrDefault(r.id(), List.of()))).toList();
    }

    private static Object array(Array a) throws SQLException {
        try {
            return a.getArray();
        } finally {
            a.free();
        }
    }

    @Override
    public List<ReferenceNumber> members(String consultationId, long id, int offset, int limit) {
        return jdbc.query("""
                SELECT year, seq FROM systematization_topic_member WHERE consultation_id = :c AND topic = :t
                ORDER BY year, seq OFFSET :o LIMIT :l""",
                new MapSqlParameterSource("c", consultationId).addValue("t", id).addValue("o", offset).addValue("l", limit),
                (rs, i) -> new ReferenceNumber(rs.getInt(1), rs.getLong(2)));
    }

    @Override
    public Optional<Long> topicOf(String consultationId, ReferenceNumber reference) {
        return jdbc.query("SELECT topic FROM systematization_topic_member WHERE consultation_id = :c AND year = :y AND seq = :s",
                new MapSqlParameterSource("c", consultationId).addValue("y", reference.year()).addValue("s", reference.sequence()),
                (rs, i) -> rs.getLong(1)).stream().findFirst();
    }

    @Override
    public List<String> articles(String consultationId) {
        // Articles are numbers, some with a letter ("39-1"): by their leading number, then as text.
        return jdbc.query("""
                SELECT DISTINCT article, (substring(article from '^[0-9]+'))::int AS n FROM systematization_topic
                WHERE consultation_id = :c ORDER BY n NULLS FIRST, article NULLS FIRST""", Map.of("c", consultationId),
                (rs, i) -> rs.getString(1));
    }

    @Override
    public void rename(String consultationId, long id, String name) {
        jdbc.update("UPDATE systematization_topic SET name = :n, kept = true WHERE consultation_id = :c AND id = :id",
                new MapSqlParameterSource("c", consultationId).addValue("id", id).addValue("n", name));
    }

    @Override
    public void keep(String consultationId, long id) {
        jdbc.update("UPDATE systematization_topic SET kept = true WHERE consultation_id = :c AND id = :id",
                new MapSqlParameterSource("c", consultationId).addValue("id", id));
    }

    @Override
    public void merge(String consultationId, long into, List<Long> from, List<TopicClustering.Description> descriptions) {
        MapSqlParameterSource p = new MapSqlParameterSource("c", consultationId).addValue("into", into)
                .addValue("from", from.toArray(Long[]::new));
        jdbc.update("UPDATE systematization_topic_member SET topic = :into WHERE consultation_id = :c AND topic = ANY(:from)", p);
        jdbc.update("DELETE FROM systematization_topic WHERE consultation_id = :c AND id = ANY(:from)", p);
        jdbc.update("""
                UPDATE systematization_topic SET kept = true, size = (SELECT count(*) FROM systematization_topic_member
                    WHERE consultation_id = :c AND topic = :into) WHERE consultation_id = :c AND id = :into""", p);
        describe(consultationId, into, descriptions);
    }

    @Override
    public void split(String consultationId, long from, long newId, String name, List<ReferenceNumber> out,
                      List<TopicClustering.Description> descriptions) {
        MapSqlParameterSource p = new MapSqlParameterSource("c", consultationId).addValue("from", from).addValue("id", newId)
                .addValue("n", name).addValue("s", out.size());
        jdbc.update("""
                INSERT INTO systematization_topic (consultation_id, id, article, name, kept, size)
                SELECT consultation_id, :id, article, :n, true, :s FROM systematization_topic WHERE consultation_id = :c AND id = :from""", p);
        jdbc.batchUpdate("UPDATE systematization_topic_member SET topic = :id WHERE consultation_id = :c AND year = :y AND seq = :q",
                out.stream().map(r -> new MapSqlParameterSource("c", consultationId).addValue("id", newId).addValue("y", r.year())
                        .addValue("q", r.sequence())).toArray(MapSqlParameterSource[]::new));
        jdbc.update("UPDATE systematization_topic SET kept = true, size = size - :s WHERE consultation_id = :c AND id = :from", p);
        describe(consultationId, newId, descriptions);
    }
}
