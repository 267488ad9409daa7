package org.atazan.voting.persistence;

import org.atazan.kernel.BadInputException;
import org.atazan.voting.PartyResult;
import org.atazan.voting.Protocol;
import org.atazan.voting.PublishedResult;
import org.atazan.voting.Question;
import org.atazan.voting.QuestionResult;
import org.atazan.voting.Referendum;
import org.atazan.voting.Referendums;
import org.atazan.voting.Revision;
import org.atazan.voting.TallyFigures;
import org.atazan.voting.Territory;
import org.atazan.voting.TurnoutReport;
import org.atazan.voting.VoteKind;
import org.atazan.voting.VoteRule;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

import javax.sql.DataSource;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Votes, territories and protocol revisions in PostgreSQL; bulk rows go in with COPY. */
@Repository
class JdbcReferendums implements Referendums {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REV_COLUMNS = "station_code, revision, registered, issued, in_boxes, invalid, questions,"
            + " yes, no, entered_by, entered_at, reason";

    private final JdbcClient jdbc;
    private final DataSource ds;

    JdbcReferendums(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.ds = template.getDataSource();
    }

    @Override
    public void create(Referendum r, String createdBy) {
        try {
            jdbc.sql("""
                            INSERT INTO voting_event (id, kind, title, held_on, rule, country, unit_figures_public, source,
                                                      question_ids, question_texts, created_by)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(r.id(), r.kind().code(), r.title(), r.date(), r.rule().code(), r.country(), r.unitFiguresPublic(), r.source(),
                            r.questions().stream().map(Question::id).toArray(String[]::new),
                            r.questions().stream().map(Question::text).toArray(String[]::new), createdBy)
                    .update();
            r.titles().forEach((language, title) ->
                    jdbc.sql("INSERT INTO voting_event_title (event_id, language, title) VALUES (?, ?, ?)")
                            .params(r.id(), language, title).update());
        } catch (DuplicateKeyException e) {
            throw new BadInputException("vote '" + r.id() + "' already exists");
        } catch (org.springframework.dao.DataIntegrityViolationException e) {
            throw new BadInputException("field id: '" + r.id() + "' is not a valid id (lower-case letters, digits, . _ -)");
        }
    }

    @Override
    public Optional<String> creator(String id) {
        return jdbc.sql("SELECT created_by FROM voting_event WHERE id = ? AND created_by IS NOT NULL")
                .param(id).query(String.class).optional();
    }

    @Override
    public Optional<Referendum> find(String id) {
        return jdbc.sql("SELECT " + EVENT_COLUMNS + " FROM voting_event WHERE id = ?")
                .param(id).query((rs, n) -> event(rs)).optional();
    }

    @Override
    public List<Referendum> all() {
        return jdbc.sql("SELECT " + EVENT_COLUMNS + " FROM voting_event"
                + " ORDER BY held_on DESC, id").query((rs, n) -> event(rs)).list();
    }

    private static final String EVENT_COLUMNS =
            "id, kind, title, held_on, rule, country, unit_figures_public, source, question_ids, question_texts, "
                    + "ARRAY(SELECT language FROM voting_event_title WHERE event_id = voting_event.id ORDER BY language), "
                    + "ARRAY(SELECT title FROM voting_event_title WHERE event_id = voting_event.id ORDER BY language)";

    private static Referendum event(ResultSet rs) throws SQLException {
        String[] ids = (String[]) rs.getArray(9).getArray();
        String[] texts = (String[]) rs.getArray(10).getArray();
        List<Question> questions = new ArrayList<>(ids.length);
        for (int i = 0; i < ids.length; i++) questions.add(new Question(ids[i], texts[i]));
        String[] languages = (String[]) rs.getArray(11).getArray();
        String[] titles = (String[]) rs.getArray(12).getArray();
        Map<String, String> byLanguage = new java.util.HashMap<>();
        for (int i = 0; i < languages.length; i++) byLanguage.put(languages[i], titles[i]);
        VoteKind kind = VoteKind.of(rs.getString(2));
        return new Referendum(rs.getString(1), kind, rs.getString(3), rs.getDate(4).toLocalDate(),
                VoteRule.parse(kind, rs.getString(5)), rs.getString(6), rs.getBoolean(7), rs.getString(8), questions, byLanguage);
    }

    @Override
    public List<Territory> territories(String id) {
        return jdbc.sql("SELECT code, kind, names::text, parent_code, registered FROM voting_territory WHERE event_id = ? ORDER BY position")
                .param(id).query((rs, n) -> new Territory(rs.getString(1), rs.getString(2),
                        JSON.readValue(rs.getString(3), new TypeReference<Map<String, String>>() {
                        }), rs.getString(4), rs.getLong(5))).list();
    }

    @Override
    public List<Revision> latest(String id) {
        return jdbc.sql("SELECT DISTINCT ON (station_code) " + REV_COLUMNS
                        + " FROM voting_protocol WHERE event_id = ? ORDER BY station_code, revision DESC")
                .param(id).query((rs, n) -> revision(rs)).list();
    }

    @Override
    public List<Revision> history(String id, String station) {
        return jdbc.sql("SELECT " + REV_COLUMNS + " FROM voting_protocol WHERE event_id = ? AND station_code = ? ORDER BY revision")
                .params(id, station).query((rs, n) -> revision(rs)).list();
    }

    @Override
    public List<Revision> enteredAt(String id, java.time.Instant at) {
        return jdbc.sql("SELECT " + REV_COLUMNS + " FROM voting_protocol WHERE event_id = ? AND entered_at = ?"
                        + " ORDER BY station_code, revision")
                .params(id, Timestamp.from(at)).query((rs, n) -> revision(rs)).list();
    }

    private static Revision revision(ResultSet rs) throws SQLException {
        String[] q = (String[]) rs.getArray(7).getArray();
        Long[] yes = longs(rs.getArray(8));
        Long[] no = longs(rs.getArray(9));
        List<QuestionResult> qs = new ArrayList<>(q.length);
        for (int i = 0; i < q.length; i++) qs.add(new QuestionResult(q[i], yes[i], no[i]));
        Protocol p = new Protocol(rs.getString(1), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6), qs);
        Timestamp at = rs.getTimestamp(11);
        return new Revision(rs.getString(1), rs.getInt(2), p, rs.getString(10), at.toInstant(), rs.getString(12));
    }

    private static Long[] longs(Array a) throws SQLException {
        return (Long[]) a.getArray();
    }

    @Override
    @Transactional
    public void append(String id, List<Territory> newTerritories, List<Revision> revisions) {
        try {
            if (!newTerritories.isEmpty()) {
                int next = jdbc.sql("SELECT coalesce(max(position) + 1, 0) FROM voting_territory WHERE event_id = ?")
                        .param(id).query(Integer.class).single();
                CopyRows.territories(ds, id, next, newTerritories);
            }
            if (!revisions.isEmpty()) CopyRows.revisions(ds, id, revisions);
        } catch (SQLException e) {
            if ("23505".equals(e.getSQLState())) {
                throw new BadInputException("duplicate submission: a protocol revision for "
                        + (revisions.size() == 1 ? "station " + revisions.get(0).station() : "one of these stations")
                        + " is already recorded");
            }
            throw new BadInputException("not stored: " + e.getMessage(), e);
        }
    }

    @Override
    @Transactional
    public void addTurnout(String id, List<TurnoutReport> reports) {
        for (TurnoutReport r : reports) {
            jdbc.sql("""
                            INSERT INTO voting_turnout (event_id, unit_code, at, percent, issued) VALUES (?, ?, ?, ?, ?)
                            ON CONFLICT (event_id, unit_code, at) DO UPDATE SET percent = excluded.percent, issued = excluded.issued""")
                    .params(id, r.unit(), r.at(), r.percent(), r.issued()).update();
        }
    }

    @Override
    public List<TurnoutReport> turnout(String id) {
        return jdbc.sql("SELECT unit_code, at, percent, issued FROM voting_turnout WHERE event_id = ? ORDER BY at, unit_code")
                .param(id).query((rs, n) -> new TurnoutReport(rs.getString(1), rs.getTime(2).toLocalTime(),
                        rs.getBigDecimal(3), (Long) rs.getObject(4))).list();
    }

    @Override
    @Transactional
    public void saveParties(String id, List<PartyResult> rows) {
        int pos = 0;
        for (PartyResult r : rows) {
            jdbc.sql("INSERT INTO voting_party_vote (event_id, position, party, votes, official_seats) VALUES (?, ?, ?, ?, ?)")
                    .params(id, pos++, r.party(), r.votes(), r.officialSeats()).update();
        }
    }

    @Override
    public List<PartyResult> parties(String id) {
        return jdbc.sql("SELECT party, votes, official_seats FROM voting_party_vote WHERE event_id = ? ORDER BY position")
                .param(id).query((rs, n) -> new PartyResult(rs.getString(1), rs.getLong(2), (Integer) rs.getObject(3))).list();
    }

    @Override
    public void addPublication(PublishedResult r) {
        try {
            jdbc.sql("""
                            INSERT INTO voting_result_publication (event_id, number, published_at, published_by, totals, questions)
                            VALUES (?, ?, ?, ?, ?::jsonb, ?::jsonb)""")
                    .params(r.referendum(), r.number(), Timestamp.from(r.publishedAt()), r.publishedBy(),
                            JSON.writeValueAsString(r.totals()), JSON.writeValueAsString(r.questions()))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new BadInputException("publication " + r.number() + " of '" + r.referendum() + "' is already recorded");
        }
    }

    @Override
    public List<PublishedResult> publications(String id) {
        return jdbc.sql("SELECT number, published_at, published_by, totals::text, questions::text"
                        + " FROM voting_result_publication WHERE event_id = ? ORDER BY number")
                .param(id).query((rs, n) -> new PublishedResult(id, rs.getInt(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                        JSON.readValue(rs.getString(4), TallyFigures.class),
                        JSON.readValue(rs.getString(5), new TypeReference<List<PublishedResult.QuestionVerdict>>() {
                        }))).list();
    }
}
