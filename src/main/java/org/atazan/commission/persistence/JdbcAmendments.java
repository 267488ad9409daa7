package org.atazan.commission.persistence;

import org.atazan.charter.Amendment;
import org.atazan.commission.AmendmentStore;
import org.atazan.commission.DraftAmendment;
import org.atazan.commission.PollResult;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Draft amendments and the drafts made from them in PostgreSQL; each read joins the deciding poll for its outcome. */
@Repository
class JdbcAmendments implements AmendmentStore {
    private static final String SELECT = """
            SELECT a.*, p.outcome,
              ARRAY(SELECT c.cluster_id FROM commission_amendment_cluster c WHERE c.body_id = a.body_id AND c.number = a.number
                    ORDER BY c.position) AS cluster_ids,
              ARRAY(SELECT c.label FROM commission_amendment_cluster c WHERE c.body_id = a.body_id AND c.number = a.number
                    ORDER BY c.position) AS cluster_labels,
              ARRAY(SELECT c.size FROM commission_amendment_cluster c WHERE c.body_id = a.body_id AND c.number = a.number
                    ORDER BY c.position) AS cluster_sizes
            FROM commission_amendment a
            LEFT JOIN commission_poll p ON p.meeting_id = a.meeting_id AND p.poll_id = a.poll_id AND p.closed""";
    private final NamedParameterJdbcTemplate jdbc;

    JdbcAmendments(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int nextNumber(String bodyId) {
        jdbc.queryForList("SELECT id FROM commission_body WHERE id = :b FOR UPDATE", Map.of("b", bodyId), String.class);
        Integer max = jdbc.queryForObject("SELECT max(seq) FROM commission_amendment WHERE body_id = :b", Map.of("b", bodyId), Integer.class);
        return max == null ? 1 : max + 1;
    }

    @Override
    public void create(DraftAmendment a) {
        jdbc.update("""
                INSERT INTO commission_amendment (body_id, number, seq, charter_id, version_id, action, article, after_article, to_number,
                  heading, wording, consultation_id, proposals, created_by, created_at, answers_in_part)
                VALUES (:b, :n, :seq, :c, :v, :action, :article, :after, :to, :heading, :wording, :consultation, :proposals, :by, :at,
                  :inPart)""",
                new MapSqlParameterSource("b", a.bodyId()).addValue("n", a.number()).addValue("seq", Integer.parseInt(a.number().substring(2)))
                        .addValue("c", a.charterId()).addValue("v", a.versionId()).addValue("action", a.action().name())
                        .addValue("article", a.article()).addValue("after", a.after()).addValue("to", a.to()).addValue("heading", a.heading())
                        .addValue("wording", a.text()).addValue("consultation", a.consultationId())
                        .addValue("proposals", a.proposals().toArray(new String[0])).addValue("by", a.createdBy())
                        .addValue("at", Timestamp.from(a.createdAt())).addValue("inPart", a.answersInPart()));
        for (int i = 0; i < a.clusters().size(); i++) {
            DraftAmendment.CitedCluster c = a.clusters().get(i);
            jdbc.update("""
                    INSERT INTO commission_amendment_cluster (body_id, number, position, consultation_id, cluster_id, label, size)
                    VALUES (:b, :n, :p, :c, :id, :l, :s)""", new MapSqlParameterSource("b", a.bodyId()).addValue("n", a.number())
                    .addValue("p", i).addValue("c", a.consultationId()).addValue("id", c.id()).addValue("l", c.label()).addValue("s", c.size()));
        }
    }

    @Override
    public Optional<DraftAmendment> amendment(String bodyId, String number) {
        return jdbc.query(SELECT + " WHERE a.body_id = :b AND a.number = :n", Map.of("b", bodyId, "n", number), (rs, i) -> row(rs))
                .stream().findFirst();
    }

    @Override
    public Optional<DraftAmendment> lock(String bodyId, String number) {
        jdbc.queryForList("SELECT number FROM commission_amendment WHERE body_id = :b AND number = :n FOR UPDATE",
                Map.of("b", bodyId, "n", number), String.class);
        return amendment(bodyId, number);
    }

    @Override
    public List<DraftAmendment> ofBody(String bodyId) {
        return jdbc.query(SELECT + " WHERE a.body_id = :b ORDER BY a.seq", Map.of("b", bodyId), (rs, i) -> row(rs));
    }

    @Override
    public Optional<DraftAmendment> byPoll(String meetingId, String pollId) {
        return jdbc.query(SELECT + " WHERE a.meeting_id = :m AND a.poll_id = :p", Map.of("m", meetingId, "p", pollId), (rs, i) -> row(rs))
                .stream().findFirst();
    }

    @Override
    public void linkPoll(String bodyId, String number, String meetingId, String pollId, DraftAmendment.Wording wording) {
        jdbc.update("UPDATE commission_amendment SET meeting_id = :m, poll_id = :p, voted_wording = :w WHERE body_id = :b AND number = :n",
                Map.of("b", bodyId, "n", number, "m", meetingId, "p", pollId, "w", wording.name()));
    }

    @Override
    public void lockBody(String bodyId) {
        jdbc.queryForList("SELECT id FROM commission_body WHERE id = :b FOR UPDATE", Map.of("b", bodyId), String.class);
    }

    @Override
    public void recommend(String bodyId, String number, DraftAmendment.Recommendation r) {
        jdbc.update("""
                UPDATE commission_amendment SET recommendation = :t, recommendation_reason = :reason, recommended_by = :by, recommended_at = :at
                WHERE body_id = :b AND number = :n""", new MapSqlParameterSource("b", bodyId).addValue("n", number).addValue("t", r.text())
                .addValue("reason", r.reason()).addValue("by", r.by()).addValue("at", Timestamp.from(r.at())));
    }

    @Override
    public void order(String bodyId, Map<String, Integer> places) {
        places.forEach((number, place) -> jdbc.update("UPDATE commission_amendment SET vote_order = :o WHERE body_id = :b AND number = :n",
                Map.of("b", bodyId, "n", number, "o", place)));
    }

    @Override
    public void recordDraft(String charterId, String versionId, String bodyId, String baseVersion, List<String> numbers, String by, Instant at) {
        jdbc.update("""
                INSERT INTO commission_draft (charter_id, version_id, body_id, base_version, created_by, created_at)
                VALUES (:c, :v, :b, :base, :by, :at)""", new MapSqlParameterSource("c", charterId).addValue("v", versionId)
                .addValue("b", bodyId).addValue("base", baseVersion).addValue("by", by).addValue("at", Timestamp.from(at)));
        for (String n : numbers) {
            jdbc.update("INSERT INTO commission_draft_amendment (charter_id, version_id, body_id, number) VALUES (:c, :v, :b, :n)",
                    Map.of("c", charterId, "v", versionId, "b", bodyId, "n", n));
        }
    }

    @Override
    public List<Draft> drafts(String bodyId) {
        return jdbc.query("SELECT charter_id, version_id, base_version FROM commission_draft WHERE body_id = :b ORDER BY created_at, version_id",
                Map.of("b", bodyId), (rs, i) -> new Draft(rs.getString(1), rs.getString(2), rs.getString(3)));
    }

    @Override
    public List<DraftAmendment> draftAmendments(String charterId, String versionId) {
        return jdbc.query(SELECT + """
                 JOIN commission_draft_amendment d ON d.body_id = a.body_id AND d.number = a.number
                WHERE d.charter_id = :c AND d.version_id = :v ORDER BY a.seq""", Map.of("c", charterId, "v", versionId), (rs, i) -> row(rs));
    }

    @Override
    public void answeredThrough(String bodyId, String number, String consultationId, long clusterId, List<String> references) {
        if (references.isEmpty()) return;
        jdbc.update("""
                INSERT INTO commission_amendment_answered (body_id, number, consultation_id, reference, cluster_id)
                SELECT :b, :n, :c, r, :id FROM unnest(CAST(:refs AS text[])) AS r ON CONFLICT DO NOTHING""",
                new MapSqlParameterSource("b", bodyId).addValue("n", number).addValue("c", consultationId).addValue("id", clusterId)
                        .addValue("refs", references.toArray(new String[0])));
    }

    @Override
    public List<DraftAmendment> citingCluster(String consultationId, long clusterId) {
        return jdbc.query(SELECT + " " + """
                WHERE EXISTS (SELECT 1 FROM commission_amendment_cluster c WHERE c.body_id = a.body_id AND c.number = a.number
                   AND c.consultation_id = :c AND c.cluster_id = :id) ORDER BY a.body_id, a.seq""",
                Map.of("c", consultationId, "id", clusterId), (rs, i) -> row(rs));
    }

    @Override
    public List<InDraft> citing(String consultationId, String reference) {
        return jdbc.query(SELECT.replace("SELECT a.*, p.outcome,", "SELECT a.*, p.outcome, d.charter_id AS draft_charter, d.version_id AS draft_version,") + """
                 JOIN commission_draft_amendment d ON d.body_id = a.body_id AND d.number = a.number
                WHERE a.consultation_id = :c AND (:r = ANY (a.proposals) OR EXISTS (SELECT 1 FROM commission_amendment_answered x
                  WHERE x.body_id = a.body_id AND x.number = a.number AND x.consultation_id = :c AND x.reference = :r))
                ORDER BY d.charter_id, d.version_id, a.seq""",
                Map.of("c", consultationId, "r", reference),
                (rs, i) -> new InDraft(rs.getString("draft_charter"), rs.getString("draft_version"), row(rs)));
    }

    private static DraftAmendment row(ResultSet rs) throws SQLException {
        List<String> proposals = new ArrayList<>();
        java.sql.Array array = rs.getArray("proposals");
        if (array != null) for (Object o : (Object[]) array.getArray()) proposals.add((String) o);
        String outcome = rs.getString("outcome");
        String recommended = rs.getString("recommendation");
        DraftAmendment.Recommendation recommendation = recommended == null ? null : new DraftAmendment.Recommendation(recommended,
                rs.getString("recommendation_reason"), rs.getString("recommended_by"), rs.getTimestamp("recommended_at").toInstant());
        String voted = rs.getString("voted_wording");
        List<DraftAmendment.CitedCluster> clusters = new ArrayList<>();
        Object[] ids = (Object[]) rs.getArray("cluster_ids").getArray();
        Object[] labels = (Object[]) rs.getArray("cluster_labels").getArray();
        Object[] sizes = (Object[]) rs.getArray("cluster_sizes").getArray();
        for (int i = 0; i < ids.length; i++) {
            clusters.add(new DraftAmendment.CitedCluster(((Number) ids[i]).longValue(), (String) labels[i], ((Number) sizes[i]).intValue()));
        }
        return new DraftAmendment(rs.getString("body_id"), rs.getString("number"), rs.getString("charter_id"), rs.getString("version_id"),
                Amendment.Action.valueOf(rs.getString("action")), rs.getString("article"), rs.getString("after_article"),
                rs.getString("to_number"), rs.getString("heading"), rs.getString("wording"), rs.getString("consultation_id"), proposals,
                rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(), rs.getString("meeting_id"), rs.getString("poll_id"),
                outcome == null ? null : PollResult.Outcome.valueOf(outcome), recommendation,
                voted == null ? null : DraftAmendment.Wording.valueOf(voted), (Integer) rs.getObject("vote_order"),
                rs.getBoolean("answers_in_part"), clusters);
    }
}
