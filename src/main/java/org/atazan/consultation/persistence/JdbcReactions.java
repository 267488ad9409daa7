package org.atazan.consultation.persistence;

import org.atazan.consultation.GivenReaction;
import org.atazan.consultation.ProposalReaction;
import org.atazan.consultation.ReactionCounts;
import org.atazan.consultation.ReactionStore;
import org.atazan.consultation.ReferenceNumber;
import org.postgresql.PGConnection;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** Reactions in PostgreSQL: an upsert per reaction, COPY for an import. */
@Repository
class JdbcReactions implements ReactionStore {
    private static final int COPY_BATCH = 50_000;
    private final NamedParameterJdbcTemplate jdbc;

    JdbcReactions(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void react(long proposalId, String participant, ProposalReaction reaction, Instant at) {
        jdbc.update("""
                INSERT INTO consultation_reaction (proposal_id, participant, reaction, at) VALUES (:p, :who, :r, :at)
                ON CONFLICT (proposal_id, participant) DO UPDATE SET reaction = EXCLUDED.reaction, at = EXCLUDED.at
                WHERE consultation_reaction.at <= EXCLUDED.at""", new MapSqlParameterSource("p", proposalId)
                .addValue("who", participant).addValue("r", reaction.value()).addValue("at", Timestamp.from(at)));
    }

    @Override
    public ReactionCounts counts(long proposalId) {
        long[] n = new long[3];
        jdbc.query("SELECT reaction, count(*) FROM consultation_reaction WHERE proposal_id = :p GROUP BY reaction",
                Map.of("p", proposalId), (RowCallbackHandler) rs -> n[1 - rs.getInt(1)] = rs.getLong(2));
        return new ReactionCounts(n[0], n[2], n[1]);
    }

    @Override
    public Optional<ProposalReaction> of(long proposalId, String participant) {
        return jdbc.query("SELECT reaction FROM consultation_reaction WHERE proposal_id = :p AND participant = :who",
                Map.of("p", proposalId, "who", participant), (rs, i) -> ProposalReaction.ofValue(rs.getInt(1))).stream().findFirst();
    }

    @Override
    public long total(String consultationId) {
        Long n = jdbc.queryForObject("""
                SELECT count(*) FROM consultation_reaction r JOIN consultation_proposal p ON p.id = r.proposal_id
                WHERE p.consultation_id = :c""", Map.of("c", consultationId), Long.class);
        return n == null ? 0 : n;
    }

    @Override
    public boolean any(String consultationId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                SELECT EXISTS (SELECT 1 FROM consultation_reaction r JOIN consultation_proposal p ON p.id = r.proposal_id
                WHERE p.consultation_id = :c)""", Map.of("c", consultationId), Boolean.class));
    }

    @Override
    public String version(String consultationId) {
        return jdbc.queryForObject("""
                SELECT count(*) || '/' || coalesce(floor(extract(epoch FROM max(r.at)) * 1000000)::bigint, 0)
                FROM consultation_reaction r JOIN consultation_proposal p ON p.id = r.proposal_id
                WHERE p.consultation_id = :c""", Map.of("c", consultationId), String.class);
    }

    @Override
    public void forEach(String consultationId, Consumer<GivenReaction> each) {
        jdbc.query("""
                SELECT r.participant, p.year, p.seq, r.reaction, r.at FROM consultation_reaction r
                JOIN consultation_proposal p ON p.id = r.proposal_id
                WHERE p.consultation_id = :c AND p.hidden_reason IS NULL ORDER BY r.at, r.proposal_id, r.participant""",
                Map.of("c", consultationId), (RowCallbackHandler) rs -> each.accept(new GivenReaction(rs.getString(1),
                        new ReferenceNumber(rs.getInt(2), rs.getLong(3)), ProposalReaction.ofValue(rs.getInt(4)),
                        rs.getTimestamp(5).toInstant())));
    }

    @Override
    public List<ReferenceNumber> hidden(String consultationId) {
        return jdbc.query("SELECT year, seq FROM consultation_proposal WHERE consultation_id = :c AND hidden_reason IS NOT NULL"
                + " ORDER BY year, seq", Map.of("c", consultationId), (rs, i) -> new ReferenceNumber(rs.getInt(1), rs.getLong(2)));
    }

    @Override
    public void importAll(List<Imported> given) {
        // In key order: the primary key's index then grows at its end instead of at random places.
        List<Imported> reactions = given.stream().sorted(java.util.Comparator.comparingLong(Imported::proposalId)
                .thenComparing(Imported::participant)).toList();
        DataSource ds = jdbc.getJdbcTemplate().getDataSource();
        Connection c = DataSourceUtils.getConnection(ds);
        try {
            var copy = c.unwrap(PGConnection.class).getCopyAPI();
            for (int from = 0; from < reactions.size(); from += COPY_BATCH) {
                StringBuilder rows = new StringBuilder();
                for (Imported r : reactions.subList(from, Math.min(reactions.size(), from + COPY_BATCH))) {
                    rows.append(r.proposalId()).append('\t').append(clean(r.participant())).append('\t')
                            .append(r.reaction().value()).append('\t').append(r.at()).append('\n');
                }
                copy.copyIn("COPY consultation_reaction (proposal_id, participant, reaction, at) FROM STDIN",
                        new StringReader(rows.toString()));
            }
        } catch (SQLException | IOException e) {
            throw new DataAccessResourceFailureException("reactions not imported: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(c, ds);
        }
    }

    /** A name in COPY's text format: no tab, line break or backslash (imported names are made, never free text). */
    private static String clean(String s) {
        return s.replaceAll("[\\t\\n\\r\\\\]", " ");
    }

    @Override
    public List<String> byParticipant(String account) {
        return jdbc.query("""
                SELECT p.consultation_id, p.year, p.seq, r.reaction FROM consultation_reaction r
                JOIN consultation_proposal p ON p.id = r.proposal_id WHERE r.participant = :a ORDER BY r.at""",
                Map.of("a", account), (rs, i) -> rs.getString(1) + " " + new ReferenceNumber(rs.getInt(2), rs.getLong(3))
                        + " " + ProposalReaction.ofValue(rs.getInt(4)).code());
    }

    @Override
    public void anonymise(String account, String replacement) {
        jdbc.update("UPDATE consultation_reaction SET participant = :r WHERE participant = :a", Map.of("a", account, "r", replacement));
    }
}
