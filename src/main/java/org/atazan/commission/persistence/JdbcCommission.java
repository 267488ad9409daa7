package org.atazan.commission.persistence;

import org.atazan.commission.Body;
import org.atazan.commission.BodyRules;
import org.atazan.commission.BodyText;
import org.atazan.commission.CommissionStore;
import org.atazan.commission.Majority;
import org.atazan.commission.Meeting;
import org.atazan.commission.Membership;
import org.atazan.commission.Minutes;
import org.atazan.commission.MinutesApproval;
import org.atazan.commission.Poll;
import org.atazan.commission.PollResult;
import org.atazan.commission.Role;
import org.atazan.commission.Tally;
import org.atazan.commission.Threshold;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The commission in PostgreSQL (NamedParameterJdbcTemplate, plain SQL). */
@Repository
class JdbcCommission implements CommissionStore {
    private final NamedParameterJdbcTemplate jdbc;

    JdbcCommission(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void createBody(Body b) {
        Threshold q = b.rules().quorum();
        jdbc.update("""
                INSERT INTO commission_body (id, kind, name, quorum_num, quorum_den, quorum_strict, secret_polls)
                VALUES (:id, :kind, :name, :num, :den, :strict, :secret)""", new MapSqlParameterSource("id", b.id())
                .addValue("kind", b.kind().name()).addValue("name", b.name()).addValue("num", q.numerator())
                .addValue("den", q.denominator()).addValue("strict", q.strictlyMore()).addValue("secret", b.rules().secretPollsAllowed()));
        for (var e : b.rules().majorities().entrySet()) {
            Majority m = e.getValue();
            jdbc.update("""
                    INSERT INTO commission_majority (body_id, decision, base, share_num, share_den, share_strict, abstentions_count)
                    VALUES (:b, :d, :base, :num, :den, :strict, :abst)""", new MapSqlParameterSource("b", b.id())
                    .addValue("d", e.getKey().name()).addValue("base", m.base().name()).addValue("num", m.share().numerator())
                    .addValue("den", m.share().denominator()).addValue("strict", m.share().strictlyMore())
                    .addValue("abst", m.abstentionsCount()));
        }
        int position = 0;
        for (Membership m : b.members()) {
            jdbc.update("""
                    INSERT INTO commission_membership (body_id, position, account, public_name, role, from_day, to_day)
                    VALUES (:b, :p, :a, :n, :r, :f, :t)""", new MapSqlParameterSource("b", b.id()).addValue("p", position++)
                    .addValue("a", m.account()).addValue("n", m.name()).addValue("r", m.role().name())
                    .addValue("f", Date.valueOf(m.from())).addValue("t", m.to() == null ? null : Date.valueOf(m.to())));
        }
    }

    @Override
    public void bodyTitles(String bodyId, Map<String, String> titles) {
        titles.forEach((language, title) -> jdbc.update("""
                INSERT INTO commission_body_title (body_id, language, title) VALUES (:b, :l, :t)
                ON CONFLICT (body_id, language) DO UPDATE SET title = excluded.title""",
                new MapSqlParameterSource("b", bodyId).addValue("l", language).addValue("t", title)));
    }

    @Override
    public Map<String, String> bodyTitles(String bodyId) {
        Map<String, String> out = new HashMap<>();
        jdbc.query("SELECT language, title FROM commission_body_title WHERE body_id = :b", Map.of("b", bodyId), (ResultSet rs) -> {
            out.put(rs.getString(1), rs.getString(2));
        });
        return out;
    }

    @Override
    public void translations(String bodyId, String language, Map<String, String> bySource) {
        List<MapSqlParameterSource> rows = new java.util.ArrayList<>();
        bySource.forEach((source, text) -> rows.add(new MapSqlParameterSource("b", bodyId).addValue("l", language).addValue("s", source)
                .addValue("t", text)));
        jdbc.batchUpdate("""
                INSERT INTO commission_translation (body_id, language, source, text) VALUES (:b, :l, :s, :t)
                ON CONFLICT (body_id, language, source) DO UPDATE SET text = excluded.text""", rows.toArray(new MapSqlParameterSource[0]));
    }

    @Override
    public Map<String, String> translations(String bodyId, String language) {
        Map<String, String> out = new HashMap<>();
        jdbc.query("SELECT source, text FROM commission_translation WHERE body_id = :b AND language = :l", Map.of("b", bodyId, "l", language),
                (ResultSet rs) -> {
                    out.put(rs.getString(1), rs.getString(2));
                });
        return out;
    }

    @Override
    public void removeTranslations(String bodyId, String language, java.util.Collection<String> sources) {
        if (sources.isEmpty()) return;
        jdbc.update("DELETE FROM commission_translation WHERE body_id = :b AND language = :l AND source = ANY(:s)",
                new MapSqlParameterSource("b", bodyId).addValue("l", language).addValue("s", sources.toArray(new String[0])));
    }

    @Override
    public java.util.LinkedHashMap<String, BodyText.Kind> texts(String bodyId) {
        java.util.LinkedHashMap<String, BodyText.Kind> out = new java.util.LinkedHashMap<>();
        // One query, ordered by kind, then day and meeting, then position; the first time a text is met decides its kind.
        jdbc.query("""
                SELECT kind, text FROM (
                  SELECT 0 AS k, 'ITEM' AS kind, a.title AS text, m.day, m.id AS meeting, a.position
                    FROM commission_agenda_item a JOIN commission_meeting m ON m.id = a.meeting_id WHERE m.body_id = :b
                  UNION ALL
                  SELECT 1, 'PLACE', m.place, m.day, m.id, 0 FROM commission_meeting m
                    WHERE m.body_id = :b AND coalesce(m.place, '') <> ''
                  UNION ALL
                  SELECT 2, 'MEMBER', public_name, NULL, NULL, position FROM commission_membership WHERE body_id = :b
                ) t ORDER BY k, day, meeting, position""", Map.of("b", bodyId), (ResultSet rs) -> {
            out.putIfAbsent(rs.getString(2), BodyText.Kind.valueOf(rs.getString(1)));
        });
        return out;
    }

    @Override
    public void lockBody(String bodyId) {
        jdbc.queryForList("SELECT id FROM commission_body WHERE id = :b FOR UPDATE", Map.of("b", bodyId), String.class);
    }

    @Override
    @Transactional(readOnly = true) // one connection for the nested reads: taken one by one, a burst of requests held the whole pool waiting
    public Optional<Body> body(String id) {
        return jdbc.query("SELECT id, kind, name, quorum_num, quorum_den, quorum_strict, secret_polls FROM commission_body WHERE id = :id",
                Map.of("id", id), (rs, n) -> body(rs)).stream().findFirst();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Body> bodies() {
        return jdbc.query("SELECT id, kind, name, quorum_num, quorum_den, quorum_strict, secret_polls FROM commission_body ORDER BY id",
                Map.of(), (rs, n) -> body(rs));
    }

    private Body body(ResultSet rs) throws SQLException {
        String id = rs.getString("id");
        Map<BodyRules.DecisionKind, Majority> majorities = new EnumMap<>(BodyRules.DecisionKind.class);
        jdbc.query("SELECT decision, base, share_num, share_den, share_strict, abstentions_count FROM commission_majority WHERE body_id = :b",
                Map.of("b", id), (ResultSet r) -> {
                    majorities.put(BodyRules.DecisionKind.valueOf(r.getString(1)), new Majority(Majority.Base.valueOf(r.getString(2)),
                            new Threshold(r.getInt(3), r.getInt(4), r.getBoolean(5)), r.getBoolean(6)));
                });
        List<Membership> members = jdbc.query("""
                SELECT account, public_name, role, from_day, to_day FROM commission_membership WHERE body_id = :b ORDER BY position""",
                Map.of("b", id), (r, n) -> new Membership(r.getString(1), r.getString(2), Role.valueOf(r.getString(3)),
                        r.getDate(4).toLocalDate(), r.getDate(5) == null ? null : r.getDate(5).toLocalDate()));
        BodyRules rules = new BodyRules(new Threshold(rs.getInt("quorum_num"), rs.getInt("quorum_den"), rs.getBoolean("quorum_strict")),
                majorities, rs.getBoolean("secret_polls"));
        return new Body(id, Body.Kind.valueOf(rs.getString("kind")), rs.getString("name"), rules, members);
    }

    @Override
    public void createMeeting(Meeting m) {
        jdbc.update("INSERT INTO commission_meeting (id, body_id, day, place, state) VALUES (:id, :b, :d, :p, :s)",
                new MapSqlParameterSource("id", m.id()).addValue("b", m.body().id()).addValue("d", Date.valueOf(m.date()))
                        .addValue("p", m.place()).addValue("s", m.state().name()));
        int position = 0;
        for (Meeting.Item i : m.agenda()) {
            jdbc.update("INSERT INTO commission_agenda_item (meeting_id, position, title, reference) VALUES (:m, :p, :t, :r)",
                    new MapSqlParameterSource("m", m.id()).addValue("p", position++).addValue("t", i.title()).addValue("r", i.reference()));
        }
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Meeting> meeting(String id) {
        return load(id, false);
    }

    @Override
    public Optional<Meeting> lockMeeting(String id) {
        return load(id, true);
    }

    private record Row(String id, String bodyId, java.time.LocalDate day, String place, Meeting.State state, int current,
                       List<String> speakers) {
    }

    private Optional<Meeting> load(String id, boolean lock) {
        Optional<Row> found = jdbc.query("SELECT id, body_id, day, place, state, current_item, speakers FROM commission_meeting WHERE id = :id"
                + (lock ? " FOR UPDATE" : ""), Map.of("id", id), (rs, n) -> new Row(rs.getString(1), rs.getString(2),
                rs.getDate(3).toLocalDate(), rs.getString(4), Meeting.State.valueOf(rs.getString(5)), rs.getInt(6), strings(rs.getArray(7))))
                .stream().findFirst();
        if (found.isEmpty()) return Optional.empty();
        Row row = found.get();
        Body body = body(row.bodyId()).orElseThrow();
        List<Meeting.Item> agenda = jdbc.query("SELECT title, reference FROM commission_agenda_item WHERE meeting_id = :m ORDER BY position",
                Map.of("m", id), (rs, n) -> new Meeting.Item(rs.getString(1), rs.getString(2)));
        List<String> present = jdbc.queryForList("SELECT member FROM commission_attendance WHERE meeting_id = :m ORDER BY member",
                Map.of("m", id), String.class);
        return Optional.of(Meeting.restore(row.id(), body, row.day(), row.place(), agenda, row.state(), row.current(), present,
                row.speakers(), polls(id)));
    }

    private List<Poll> polls(String meetingId) {
        Map<String, Map<String, Poll.Choice>> named = new HashMap<>();
        jdbc.query("SELECT poll_id, member, choice FROM commission_vote WHERE meeting_id = :m", Map.of("m", meetingId), (ResultSet rs) -> {
            named.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getString(2), Poll.Choice.valueOf(rs.getString(3)));
        });
        Map<String, Set<String>> voters = new HashMap<>();
        jdbc.query("SELECT poll_id, member FROM commission_voter WHERE meeting_id = :m", Map.of("m", meetingId), (ResultSet rs) -> {
            voters.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getString(2));
        });
        return jdbc.query("SELECT * FROM commission_poll WHERE meeting_id = :m ORDER BY position", Map.of("m", meetingId), (rs, n) -> {
            String pollId = rs.getString("poll_id");
            Poll.Kind kind = Poll.Kind.valueOf(rs.getString("kind"));
            Tally counts = new Tally(rs.getInt("for_votes"), rs.getInt("against"), rs.getInt("abstain"));
            Map<String, Poll.Choice> choices = named.getOrDefault(pollId, Map.of());
            Set<String> who = new HashSet<>(voters.getOrDefault(pollId, Set.of()));
            who.addAll(choices.keySet());
            PollResult result = null;
            if (rs.getBoolean("closed")) {
                Majority majority = new Majority(Majority.Base.valueOf(rs.getString("majority_base")),
                        new Threshold(rs.getInt("share_num"), rs.getInt("share_den"), rs.getBoolean("share_strict")),
                        rs.getBoolean("abstentions_count"));
                result = new PollResult(counts, rs.getInt("members"), rs.getInt("present"), rs.getInt("quorum"), majority,
                        rs.getInt("base"), rs.getInt("needed"), PollResult.Outcome.valueOf(rs.getString("outcome")));
            }
            return Poll.restore(pollId, kind, BodyRules.DecisionKind.valueOf(rs.getString("decision")), choices, who, counts, result);
        });
    }

    private static List<String> strings(Array array) throws SQLException {
        if (array == null) return List.of();
        List<String> out = new ArrayList<>();
        for (Object o : (Object[]) array.getArray()) out.add((String) o);
        return out;
    }

    @Override
    public List<String> meetingsOf(String bodyId) {
        return jdbc.queryForList("SELECT id FROM commission_meeting WHERE body_id = :b ORDER BY day, id", Map.of("b", bodyId), String.class);
    }

    @Override
    public void saveProgress(Meeting m) {
        jdbc.update("UPDATE commission_meeting SET state = :s, current_item = :c, speakers = :sp WHERE id = :id",
                new MapSqlParameterSource("id", m.id()).addValue("s", m.state().name()).addValue("c", m.currentIndex())
                        .addValue("sp", m.speakers().toArray(new String[0])));
    }

    @Override
    public void attendance(String meetingId, String member, boolean present) {
        var p = new MapSqlParameterSource("m", meetingId).addValue("a", member);
        if (present) jdbc.update("INSERT INTO commission_attendance (meeting_id, member) VALUES (:m, :a) ON CONFLICT DO NOTHING", p);
        else jdbc.update("DELETE FROM commission_attendance WHERE meeting_id = :m AND member = :a", p);
    }

    @Override
    public void createPoll(String meetingId, Poll poll, int item) {
        jdbc.update("""
                INSERT INTO commission_poll (meeting_id, poll_id, position, kind, decision, item)
                VALUES (:m, :p, (SELECT count(*) FROM commission_poll WHERE meeting_id = :m), :k, :d, :i)""",
                new MapSqlParameterSource("m", meetingId).addValue("p", poll.id()).addValue("k", poll.kind().name())
                        .addValue("d", poll.decision().name()).addValue("i", item));
    }

    @Override
    public void spoke(String meetingId, int item, String member) {
        // Under the meeting's lock, so the next number is never taken twice.
        jdbc.update("""
                INSERT INTO commission_speech (meeting_id, seq, item, member)
                VALUES (:m, (SELECT count(*) FROM commission_speech WHERE meeting_id = :m), :i, :a)""",
                new MapSqlParameterSource("m", meetingId).addValue("i", item).addValue("a", member));
    }

    @Override
    public List<Minutes.Speech> speeches(String meetingId) {
        return jdbc.query("SELECT item, member FROM commission_speech WHERE meeting_id = :m ORDER BY seq", Map.of("m", meetingId),
                (rs, n) -> new Minutes.Speech(rs.getInt(1), rs.getString(2)));
    }

    @Override
    public Map<String, Integer> pollItems(String meetingId) {
        Map<String, Integer> out = new HashMap<>();
        jdbc.query("SELECT poll_id, item FROM commission_poll WHERE meeting_id = :m", Map.of("m", meetingId),
                (ResultSet rs) -> {
                    out.put(rs.getString(1), rs.getInt(2));
                });
        return out;
    }

    @Override
    public Optional<MinutesApproval> minutesApproval(String meetingId) {
        return jdbc.query("""
                SELECT approved_at, approved_by, approving_meeting, approving_poll, act, digest FROM commission_minutes
                WHERE meeting_id = :m""", Map.of("m", meetingId), (rs, n) -> new MinutesApproval(rs.getTimestamp(1).toInstant(),
                rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6))).stream().findFirst();
    }

    @Override
    public Set<String> approvedMinutes(String bodyId) {
        return new HashSet<>(jdbc.queryForList("SELECT n.meeting_id FROM commission_minutes n JOIN commission_meeting m"
                + " ON m.id = n.meeting_id WHERE m.body_id = :b", Map.of("b", bodyId), String.class));
    }

    @Override
    public void approveMinutes(String meetingId, MinutesApproval a) {
        jdbc.update("""
                INSERT INTO commission_minutes (meeting_id, approved_at, approved_by, approving_meeting, approving_poll, act, digest)
                VALUES (:m, :at, :by, :am, :ap, :act, :d)""", new MapSqlParameterSource("m", meetingId)
                .addValue("at", java.sql.Timestamp.from(a.at())).addValue("by", a.by()).addValue("am", a.approvingMeeting())
                .addValue("ap", a.approvingPoll()).addValue("act", a.act()).addValue("d", a.digest()));
    }

    @Override
    public boolean vote(String meetingId, Poll poll, String member, Poll.Choice choice) {
        var p = new MapSqlParameterSource("m", meetingId).addValue("p", poll.id()).addValue("a", member).addValue("c", choice.name());
        // The unique key (poll, member) counts a vote sent twice at the same moment once.
        int added = poll.kind() == Poll.Kind.NAMED
                ? jdbc.update("INSERT INTO commission_vote (meeting_id, poll_id, member, choice) VALUES (:m, :p, :a, :c) ON CONFLICT DO NOTHING", p)
                : jdbc.update("INSERT INTO commission_voter (meeting_id, poll_id, member) VALUES (:m, :p, :a) ON CONFLICT DO NOTHING", p);
        if (added == 0) return false;
        String column = switch (choice) {
            case FOR -> "for_votes";
            case AGAINST -> "against";
            case ABSTAIN -> "abstain";
        };
        jdbc.update("UPDATE commission_poll SET " + column + " = " + column + " + 1 WHERE meeting_id = :m AND poll_id = :p", p);
        return true;
    }

    @Override
    public void figures(String meetingId, String pollId, Tally f) {
        jdbc.update("UPDATE commission_poll SET for_votes = :f, against = :a, abstain = :x WHERE meeting_id = :m AND poll_id = :p",
                new MapSqlParameterSource("m", meetingId).addValue("p", pollId).addValue("f", f.forVotes())
                        .addValue("a", f.against()).addValue("x", f.abstain()));
    }

    @Override
    public void closePoll(String meetingId, String pollId, PollResult r) {
        jdbc.update("""
                UPDATE commission_poll SET closed = true, for_votes = :f, against = :a, abstain = :x, members = :members,
                  present = :present, quorum = :quorum, base = :base, needed = :needed, outcome = :outcome,
                  majority_base = :mb, share_num = :num, share_den = :den, share_strict = :strict, abstentions_count = :abst
                WHERE meeting_id = :m AND poll_id = :p""", new MapSqlParameterSource("m", meetingId).addValue("p", pollId)
                .addValue("f", r.tally().forVotes()).addValue("a", r.tally().against()).addValue("x", r.tally().abstain())
                .addValue("members", r.members()).addValue("present", r.present()).addValue("quorum", r.quorum())
                .addValue("base", r.base()).addValue("needed", r.needed()).addValue("outcome", r.outcome().name())
                .addValue("mb", r.majority().base().name()).addValue("num", r.majority().share().numerator())
                .addValue("den", r.majority().share().denominator()).addValue("strict", r.majority().share().strictlyMore())
                .addValue("abst", r.majority().abstentionsCount()));
    }
}
