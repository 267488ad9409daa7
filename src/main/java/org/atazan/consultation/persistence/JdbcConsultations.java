package org.atazan.consultation.persistence;

import org.atazan.consultation.AnswerTemplate;
import org.atazan.consultation.Author;
import org.atazan.consultation.Channel;
import org.atazan.consultation.Consultation;
import org.atazan.consultation.ConsultationStore;
import org.atazan.consultation.Count;
import org.atazan.consultation.DuplicateSubmission;
import org.atazan.consultation.Figures;
import org.atazan.consultation.ImportedProposal;
import org.atazan.consultation.Language;
import org.atazan.consultation.Note;
import org.atazan.consultation.Outcome;
import org.atazan.consultation.Proposal;
import org.atazan.consultation.ProposalKind;
import org.atazan.consultation.ProposalPage;
import org.atazan.consultation.ProposalQuery;
import org.atazan.consultation.ProposalStatus;
import org.atazan.consultation.ReferenceNumber;
import org.atazan.consultation.ReportKind;
import org.atazan.consultation.StatusChange;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** Consultations and proposals in PostgreSQL (NamedParameterJdbcTemplate, plain SQL). */
@Repository
class JdbcConsultations implements ConsultationStore {
    static final String COLUMNS = "id, consultation_id, year, seq, article, kind, wording, reasons, language, channel,"
            + " external_id, author, display_name, region, name_hidden, status, outcome, merged_into, answer, received_at,"
            + " registered_on, due_on, hidden_reason, supports, assignee";

    private static final int COLUMN_COUNT = COLUMNS.split(",").length;
    private static final int BATCH = 1_000;
    static final int ANALYZE_AFTER = 1_000;
    private final NamedParameterJdbcTemplate jdbc;
    private final ZoneId zone;

    /** @param zone the consultation's time zone: the weeks of the figures are the country's weeks */
    JdbcConsultations(NamedParameterJdbcTemplate jdbc, @Value("${atazan.consultation.zone:Asia/Almaty}") ZoneId zone) {
        this.jdbc = jdbc;
        this.zone = zone;
    }

    /** Titles per language, kept as a JSON object. */
    private static final tools.jackson.databind.ObjectMapper TITLES = tools.jackson.databind.json.JsonMapper.builder().build();

    @Override
    public void create(Consultation c) {
        jdbc.update("""
                INSERT INTO consultation (id, title, charter_id, version_id, deadline_days, opened_on, calendar, titles)
                VALUES (:id, :title, :charter, :version, :days, :opened, :calendar, CAST(:titles AS jsonb))""", new MapSqlParameterSource()
                .addValue("id", c.id()).addValue("title", c.title()).addValue("charter", c.charterId())
                .addValue("version", c.versionId()).addValue("days", c.deadlineDays()).addValue("opened", c.openedOn())
                .addValue("calendar", c.calendar()).addValue("titles", TITLES.writeValueAsString(c.titles())));
    }

    @Override
    public Optional<Consultation> consultation(String id) {
        return jdbc.query("SELECT id, title, charter_id, version_id, deadline_days, opened_on, calendar, titles::text FROM consultation WHERE id = :id",
                Map.of("id", id), (rs, n) -> consultation(rs)).stream().findFirst();
    }

    @Override
    public List<Consultation> consultations() {
        return jdbc.query("SELECT id, title, charter_id, version_id, deadline_days, opened_on, calendar, titles::text FROM consultation"
                + " ORDER BY opened_on DESC, id", (rs, n) -> consultation(rs));
    }

    private static Consultation consultation(ResultSet rs) throws SQLException {
        Map<String, String> titles = TITLES.readValue(rs.getString(8), new tools.jackson.core.type.TypeReference<Map<String, String>>() {
        });
        return new Consultation(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                rs.getObject(6, LocalDate.class), rs.getString(7), titles);
    }

    @Override
    public long nextSequence(String consultationId, int year) {
        return jdbc.queryForObject("""
                INSERT INTO consultation_counter (consultation_id, year, last) VALUES (:c, :y, 1)
                ON CONFLICT (consultation_id, year) DO UPDATE SET last = consultation_counter.last + 1
                RETURNING last""", Map.of("c", consultationId, "y", year), Long.class);
    }

    @Override
    public long nextSequences(String consultationId, int year, int count) {
        Long last = jdbc.queryForObject("""
                INSERT INTO consultation_counter (consultation_id, year, last) VALUES (:c, :y, :n)
                ON CONFLICT (consultation_id, year) DO UPDATE SET last = consultation_counter.last + :n
                RETURNING last""", Map.of("c", consultationId, "y", year, "n", count), Long.class);
        return last - count + 1;
    }

    /** Batches of rows, so that a hundred thousand proposals are a few hundred round trips. */
    @Override
    public void insertImported(List<ImportedProposal> imported) {
        for (int from = 0; from < imported.size(); from += BATCH) {
            List<ImportedProposal> batch = imported.subList(from, Math.min(imported.size(), from + BATCH));
            try {
                jdbc.batchUpdate("""
                        INSERT INTO consultation_proposal (consultation_id, year, seq, article, kind, wording, reasons, language,
                            channel, external_id, author, display_name, region, name_hidden, status, outcome, answer, received_at,
                            registered_on, due_on)
                        VALUES (:c, :year, :seq, :article, :kind, :wording, :reasons, :language, :channel, :external, NULL,
                            :name, :region, false, :status, :outcome, :answer, :at, :registered, :due)""",
                        batch.stream().map(i -> {
                            Proposal p = i.proposal();
                            return new MapSqlParameterSource("c", p.consultationId()).addValue("year", p.reference().year())
                                    .addValue("seq", p.reference().sequence()).addValue("article", p.article())
                                    .addValue("kind", p.kind().code()).addValue("wording", p.wording()).addValue("reasons", p.reasons())
                                    .addValue("language", p.language().code()).addValue("channel", p.channel().code())
                                    .addValue("external", p.externalId()).addValue("name", p.author().displayName())
                                    .addValue("region", p.author().region()).addValue("status", p.status().code())
                                    .addValue("outcome", p.outcome() == null ? null : p.outcome().code()).addValue("answer", p.answer())
                                    .addValue("at", Timestamp.from(p.receivedAt())).addValue("registered", p.registeredOn())
                                    .addValue("due", p.due());
                        }).toArray(MapSqlParameterSource[]::new));
            } catch (DuplicateKeyException e) {
                throw new DuplicateSubmission("proposals stored by a concurrent import", e);
            }
            List<MapSqlParameterSource> history = new ArrayList<>();
            for (ImportedProposal i : batch) {
                Proposal p = i.proposal();
                for (int pos = 0; pos < i.history().size(); pos++) {
                    StatusChange c = i.history().get(pos);
                    history.add(new MapSqlParameterSource("c", p.consultationId()).addValue("year", p.reference().year())
                            .addValue("seq", p.reference().sequence()).addValue("pos", pos + 1).addValue("status", c.status().code())
                            .addValue("outcome", c.outcome() == null ? null : c.outcome().code()).addValue("reason", c.reason())
                            .addValue("at", Timestamp.from(c.at())).addValue("by", c.by()));
                }
            }
            jdbc.batchUpdate("""
                    INSERT INTO consultation_status_change (proposal_id, position, status, outcome, merged_into, reason, at, by_account)
                    SELECT id, :pos, :status, :outcome, NULL, :reason, :at, :by FROM consultation_proposal
                    WHERE consultation_id = :c AND year = :year AND seq = :seq""", history.toArray(MapSqlParameterSource[]::new));
        }
        analyzeAfter(imported.size());
    }

    /**
     * After a large import the planner's statistics are refreshed at once, in the import's transaction
     * (ANALYZE counts its own rows): until autovacuum gets to it, a table that grew from a few rows to a
     * hundred thousand is planned as if it had a few, and an unfiltered page becomes a scan and a sort.
     */
    private void analyzeAfter(int rows) {
        if (rows >= ANALYZE_AFTER) jdbc.getJdbcTemplate().execute("ANALYZE consultation_proposal");
    }

    @Override
    public Map<String, Proposal> byExternalIds(String consultationId, Channel channel, Collection<String> externalIds) {
        Map<String, Proposal> found = new HashMap<>();
        List<String> ids = List.copyOf(new java.util.LinkedHashSet<>(externalIds));
        // PostgreSQL takes at most 65,535 parameters in one statement.
        for (int from = 0; from < ids.size(); from += 10_000) {
            jdbc.query("SELECT " + COLUMNS + " FROM consultation_proposal WHERE consultation_id = :c AND channel = :ch"
                            + " AND external_id IN (:ids)",
                    new MapSqlParameterSource("c", consultationId).addValue("ch", channel.code())
                            .addValue("ids", ids.subList(from, Math.min(ids.size(), from + 10_000))),
                    (RowCallbackHandler) rs -> {
                        Proposal p = proposal(rs);
                        found.put(p.externalId(), p);
                    });
        }
        return found;
    }

    @Override
    public long insert(Proposal p, String idempotencyKey, StatusChange first) {
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("c", p.consultationId()).addValue("year", p.reference().year()).addValue("seq", p.reference().sequence())
                .addValue("article", p.article()).addValue("kind", p.kind().code()).addValue("wording", p.wording())
                .addValue("reasons", p.reasons()).addValue("language", p.language().code()).addValue("channel", p.channel().code())
                .addValue("external", p.externalId()).addValue("author", p.author().account())
                .addValue("name", p.author().displayName()).addValue("region", p.author().region())
                .addValue("hidden", p.author().nameHidden()).addValue("key", idempotencyKey)
                .addValue("status", p.status().code()).addValue("at", Timestamp.from(p.receivedAt()));
        long id;
        try {
            id = jdbc.queryForObject("""
                    INSERT INTO consultation_proposal (consultation_id, year, seq, article, kind, wording, reasons, language,
                        channel, external_id, author, display_name, region, name_hidden, idempotency_key, status, received_at)
                    VALUES (:c, :year, :seq, :article, :kind, :wording, :reasons, :language, :channel, :external, :author,
                        :name, :region, :hidden, :key, :status, :at)
                    RETURNING id""", params, Long.class);
        } catch (DuplicateKeyException e) {
            throw new DuplicateSubmission("proposal stored by a concurrent request", e);
        }
        appendHistory(id, first);
        return id;
    }

    @Override
    public Optional<Proposal> byIdempotencyKey(String account, String key) {
        return one("author = :a AND idempotency_key = :k", Map.of("a", account, "k", key));
    }

    @Override
    public Optional<Proposal> byExternalId(String consultationId, Channel channel, String externalId) {
        return one("consultation_id = :c AND channel = :ch AND external_id = :e",
                Map.of("c", consultationId, "ch", channel.code(), "e", externalId));
    }

    @Override
    public Optional<Proposal> find(String consultationId, ReferenceNumber reference) {
        return one("consultation_id = :c AND year = :y AND seq = :s",
                Map.of("c", consultationId, "y", reference.year(), "s", reference.sequence()));
    }

    private Optional<Proposal> one(String where, Map<String, ?> params) {
        return jdbc.query("SELECT " + COLUMNS + " FROM consultation_proposal WHERE " + where, params,
                (rs, n) -> proposal(rs)).stream().findFirst();
    }

    @Override
    public List<Proposal> lock(String consultationId, Collection<ReferenceNumber> references) {
        if (references.isEmpty()) return List.of();
        List<Object[]> pairs = references.stream().map(r -> new Object[]{r.year(), r.sequence()}).toList();
        // Locked in id order, so that two bulk actions over overlapping selections cannot deadlock.
        return jdbc.query("SELECT " + COLUMNS + " FROM consultation_proposal"
                        + " WHERE consultation_id = :c AND (year, seq) IN (:pairs)"
                        + " ORDER BY id FOR UPDATE",
                new MapSqlParameterSource("c", consultationId).addValue("pairs", pairs),
                (rs, n) -> proposal(rs));
    }

    @Override
    public void update(Proposal p) {
        jdbc.update("""
                UPDATE consultation_proposal SET status = :status, outcome = :outcome, merged_into = :merged, answer = :answer,
                    registered_on = :registered, due_on = :due, hidden_reason = :hidden, assignee = :assignee,
                    author = :author, display_name = :name, name_hidden = :nameHidden
                WHERE id = :id""", new MapSqlParameterSource("id", p.id())
                .addValue("status", p.status().code()).addValue("outcome", p.outcome() == null ? null : p.outcome().code())
                .addValue("merged", p.mergedInto() == null ? null : p.mergedInto().toString()).addValue("answer", p.answer())
                .addValue("registered", p.registeredOn()).addValue("due", p.due()).addValue("hidden", p.hiddenReason())
                .addValue("assignee", p.assignee()).addValue("author", p.author().account())
                .addValue("name", p.author().displayName()).addValue("nameHidden", p.author().nameHidden()));
    }

    @Override
    public void appendHistory(long proposalId, StatusChange c) {
        jdbc.update("""
                INSERT INTO consultation_status_change (proposal_id, position, status, outcome, merged_into, reason, at, by_account)
                VALUES (:p, (SELECT coalesce(max(position), 0) + 1 FROM consultation_status_change WHERE proposal_id = :p),
                        :status, :outcome, :merged, :reason, :at, :by)""", new MapSqlParameterSource("p", proposalId)
                .addValue("status", c.status().code()).addValue("outcome", c.outcome() == null ? null : c.outcome().code())
                .addValue("merged", c.mergedInto() == null ? null : c.mergedInto().toString()).addValue("reason", c.reason())
                .addValue("at", Timestamp.from(c.at())).addValue("by", c.by()));
    }

    @Override
    public List<StatusChange> history(long proposalId) {
        return jdbc.query("SELECT status, outcome, merged_into, reason, at, by_account FROM consultation_status_change"
                + " WHERE proposal_id = :p ORDER BY position", Map.of("p", proposalId), (rs, n) -> new StatusChange(
                ProposalStatus.of("status", rs.getString(1)), rs.getString(2) == null ? null : Outcome.of("outcome", rs.getString(2)),
                rs.getString(3) == null ? null : ReferenceNumber.parse("mergedInto", rs.getString(3)), rs.getString(4),
                rs.getTimestamp(5).toInstant(), rs.getString(6)));
    }

    @Override
    public boolean support(long proposalId, String account, Instant at) {
        int added = jdbc.update("INSERT INTO consultation_support (proposal_id, account, at) VALUES (:p, :a, :at)"
                + " ON CONFLICT DO NOTHING", new MapSqlParameterSource("p", proposalId).addValue("a", account)
                .addValue("at", Timestamp.from(at)));
        if (added == 1) jdbc.update("UPDATE consultation_proposal SET supports = supports + 1 WHERE id = :p", Map.of("p", proposalId));
        return added == 1;
    }

    @Override
    public int moveSupports(Collection<Long> from, long to, String toAuthor) {
        if (from.isEmpty()) return 0;
        MapSqlParameterSource params = new MapSqlParameterSource("from", from).addValue("to", to).addValue("author", toAuthor);
        // Supports of deleted accounts are counts without a row: they move as counts.
        Long anonymous = jdbc.queryForObject("SELECT coalesce(sum(supports), 0) - (SELECT count(*) FROM consultation_support"
                + " WHERE proposal_id IN (:from)) FROM consultation_proposal WHERE id IN (:from)", params, Long.class);
        int added = jdbc.update("""
                WITH moved AS (DELETE FROM consultation_support WHERE proposal_id IN (:from) RETURNING account, at),
                     per AS (SELECT account, min(at) AS at FROM moved WHERE account IS DISTINCT FROM :author GROUP BY account)
                INSERT INTO consultation_support (proposal_id, account, at) SELECT :to, account, at FROM per
                ON CONFLICT DO NOTHING""", params);
        int gained = added + (int) Math.max(0, anonymous == null ? 0 : anonymous);
        jdbc.update("UPDATE consultation_proposal SET supports = 0 WHERE id IN (:from)", params);
        jdbc.update("UPDATE consultation_proposal SET supports = supports + :g WHERE id = :to", params.addValue("g", gained));
        return gained;
    }

    @Override
    public List<String> supporters(long proposalId) {
        return jdbc.queryForList("SELECT account FROM consultation_support WHERE proposal_id = :p ORDER BY at, account",
                Map.of("p", proposalId), String.class);
    }

    @Override
    public void addNote(long proposalId, Note note) {
        jdbc.update("INSERT INTO consultation_note (proposal_id, author, text, at) VALUES (:p, :a, :t, :at)",
                new MapSqlParameterSource("p", proposalId).addValue("a", note.author()).addValue("t", note.text())
                        .addValue("at", Timestamp.from(note.at())));
    }

    @Override
    public List<Note> notes(long proposalId) {
        return jdbc.query("SELECT author, text, at FROM consultation_note WHERE proposal_id = :p ORDER BY id",
                Map.of("p", proposalId), (rs, n) -> new Note(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()));
    }

    @Override
    public List<AnswerTemplate> answerTemplates(String consultationId) {
        return jdbc.query("""
                SELECT id, consultation_id, language, outcome, name, text FROM consultation_answer_template
                WHERE consultation_id = :c ORDER BY language, name, id""", Map.of("c", consultationId),
                (rs, n) -> new AnswerTemplate(rs.getLong(1), rs.getString(2), Language.of("language", rs.getString(3)),
                        rs.getString(4) == null ? null : Outcome.of("outcome", rs.getString(4)), rs.getString(5), rs.getString(6)));
    }

    @Override
    public AnswerTemplate addAnswerTemplate(AnswerTemplate t) {
        Long id = jdbc.queryForObject("""
                INSERT INTO consultation_answer_template (consultation_id, language, outcome, name, text)
                VALUES (:c, :l, :o, :n, :t) RETURNING id""", templateParams(t), Long.class);
        return new AnswerTemplate(id, t.consultationId(), t.language(), t.outcome(), t.name(), t.text());
    }

    @Override
    public boolean updateAnswerTemplate(AnswerTemplate t) {
        return jdbc.update("""
                UPDATE consultation_answer_template SET language = :l, outcome = :o, name = :n, text = :t
                WHERE id = :id AND consultation_id = :c""", templateParams(t).addValue("id", t.id())) == 1;
    }

    @Override
    public boolean removeAnswerTemplate(String consultationId, long id) {
        return jdbc.update("DELETE FROM consultation_answer_template WHERE id = :id AND consultation_id = :c",
                Map.of("id", id, "c", consultationId)) == 1;
    }

    private static MapSqlParameterSource templateParams(AnswerTemplate t) {
        return new MapSqlParameterSource("c", t.consultationId()).addValue("l", t.language().code())
                .addValue("o", t.outcome() == null ? null : t.outcome().code()).addValue("n", t.name()).addValue("t", t.text());
    }

    @Override
    public void addReport(long proposalId, String reporter, String reason, Instant at) {
        jdbc.update("INSERT INTO consultation_report (proposal_id, reporter, reason, at) VALUES (:p, :r, :t, :at)",
                new MapSqlParameterSource("p", proposalId).addValue("r", reporter).addValue("t", reason)
                        .addValue("at", Timestamp.from(at)));
    }

    @Override
    public boolean report(long proposalId, String reporter, ReportKind kind, String reason, Instant at) {
        return jdbc.update("""
                INSERT INTO consultation_report (proposal_id, reporter, kind, reason, at) VALUES (:p, :r, :k, :t, :at)
                ON CONFLICT (proposal_id, reporter, kind) WHERE reporter IS NOT NULL DO NOTHING""",
                new MapSqlParameterSource("p", proposalId).addValue("r", reporter).addValue("k", kind.code())
                        .addValue("t", reason).addValue("at", Timestamp.from(at))) == 1;
    }

    @Override
    public boolean markNotified(String consultationId, String reference, String status) {
        return jdbc.update("INSERT INTO consultation_notice (consultation_id, reference, status) VALUES (:c, :r, :s)"
                + " ON CONFLICT DO NOTHING", Map.of("c", consultationId, "r", reference, "s", status)) == 1;
    }

    @Override
    public ProposalPage list(ProposalQuery q) {
        StringBuilder where = new StringBuilder("consultation_id = :c");
        MapSqlParameterSource params = new MapSqlParameterSource("c", q.consultationId());
        if ("whole".equals(q.article())) where.append(" AND article IS NULL");
        else if (q.article() != null) {
            where.append(" AND article = :article");
            params.addValue("article", q.article());
        }
        if (q.status() != null) {
            where.append(" AND status = :status");
            params.addValue("status", q.status().code());
        }
        if (q.region() != null) {
            where.append(" AND region = :region");
            params.addValue("region", q.region());
        }
        if (q.kind() != null) {
            where.append(" AND kind = :kind");
            params.addValue("kind", q.kind().code());
        }
        if (q.language() != null) {
            where.append(" AND language = :language");
            params.addValue("language", q.language().code());
        }
        if (q.channel() != null) {
            where.append(" AND channel = :channel");
            params.addValue("channel", q.channel().code());
        }
        if (q.overdueOn() != null) {
            where.append(" AND status <> 'answered' AND due_on < :today");
            params.addValue("today", q.overdueOn());
        }
        if (q.assignee() != null) {
            where.append(" AND assignee = :assignee");
            params.addValue("assignee", q.assignee());
        }
        if (!q.includeHidden()) where.append(" AND hidden_reason IS NULL");
        if (q.after() != null) {
            where.append(q.oldestFirst() ? " AND id > :after" : " AND id < :after");
            params.addValue("after", q.after());
        }
        params.addValue("limit", q.limit() + 1);
        List<Proposal> rows = jdbc.query("SELECT " + COLUMNS + " FROM consultation_proposal WHERE " + where
                + " ORDER BY id " + (q.oldestFirst() ? "ASC" : "DESC") + " LIMIT :limit", params, (rs, n) -> proposal(rs));
        if (rows.size() <= q.limit()) return new ProposalPage(rows, null);
        List<Proposal> page = rows.subList(0, q.limit());
        return new ProposalPage(List.copyOf(page), page.get(page.size() - 1).id());
    }

    @Override
    public List<Proposal> byAuthor(String account) {
        return jdbc.query("SELECT " + COLUMNS + " FROM consultation_proposal WHERE author = :a ORDER BY id DESC",
                Map.of("a", account), (rs, n) -> proposal(rs));
    }

    @Override
    public List<org.atazan.consultation.ProposalFinder.Text> textsAfter(String consultationId, long afterId, int max) {
        // consultation_proposal_list (consultation_id, id) walks from the key on.
        return jdbc.query("SELECT id, wording, language FROM consultation_proposal WHERE consultation_id = :c AND id > :a"
                        + " ORDER BY id LIMIT :m", Map.of("c", consultationId, "a", afterId, "m", max),
                (rs, n) -> new org.atazan.consultation.ProposalFinder.Text(rs.getLong(1), rs.getString(2),
                        Language.of("language", rs.getString(3))));
    }

    @Override
    public List<Proposal> shownByIds(String consultationId, java.util.Collection<Long> ids) {
        if (ids.isEmpty()) return List.of();
        return jdbc.query("SELECT " + COLUMNS + " FROM consultation_proposal WHERE id IN (:ids) AND consultation_id = :c"
                + " AND hidden_reason IS NULL", Map.of("ids", ids, "c", consultationId), (rs, n) -> proposal(rs));
    }

    /**
     * The thresholds tried, highest first: at 0.3 the index yields a few close proposals in milliseconds;
     * only when fewer than asked are found is the bar lowered, down to the floor. Lower bars let through
     * whatever shares common words, and the lookup grows with them (0.15: 0.4 s at 100,000).
     */
    static final double[] SIMILAR_STEPS = {0.3, 0.2};

    @Override
    public List<org.atazan.consultation.Similar> nearest(String consultationId, String text, int limit, double floor) {
        List<org.atazan.consultation.Similar> found = List.of();
        for (double step : SIMILAR_STEPS) {
            double threshold = Math.max(step, floor);
            found = nearestAbove(consultationId, text, limit, threshold);
            if (found.size() >= limit || threshold <= floor) break;
        }
        return found;
    }

    /** Those sharing enough trigrams with the text (the index), the most similar first. */
    private List<org.atazan.consultation.Similar> nearestAbove(String consultationId, String text, int limit, double threshold) {
        return jdbc.getJdbcOperations().execute((java.sql.Connection c) -> {
            boolean auto = c.getAutoCommit();
            // The % operator's threshold is a setting: set for this transaction only, never left on a pooled connection.
            if (auto) c.setAutoCommit(false);
            try (var set = c.prepareStatement("SELECT set_config('pg_trgm.similarity_threshold', ?, true)");
                 var q = c.prepareStatement("SELECT " + COLUMNS + ", similarity(wording, ?) AS s FROM consultation_proposal"
                         + " WHERE wording % ? AND consultation_id = ? AND hidden_reason IS NULL ORDER BY s DESC, id LIMIT ?")) {
                set.setString(1, Double.toString(threshold));
                set.execute();
                q.setString(1, text);
                q.setString(2, text);
                q.setString(3, consultationId);
                q.setInt(4, limit);
                List<org.atazan.consultation.Similar> out = new ArrayList<>();
                try (java.sql.ResultSet rs = q.executeQuery()) {
                    while (rs.next()) out.add(new org.atazan.consultation.Similar(proposal(rs), rs.getDouble(COLUMN_COUNT + 1)));
                }
                if (auto) c.commit();
                return out;
            } catch (java.sql.SQLException | RuntimeException e) {
                if (auto) c.rollback();
                throw e;
            } finally {
                if (auto) c.setAutoCommit(true);
            }
        });
    }

    @Override
    public List<String> supportedBy(String account) {
        return jdbc.query("""
                SELECT p.consultation_id, p.year, p.seq FROM consultation_support s
                JOIN consultation_proposal p ON p.id = s.proposal_id WHERE s.account = :a ORDER BY s.at""",
                Map.of("a", account), (rs, n) -> rs.getString(1) + " " + new ReferenceNumber(rs.getInt(2), rs.getLong(3)));
    }

    @Override
    public void anonymise(String account) {
        Map<String, String> a = Map.of("a", account);
        jdbc.update("UPDATE consultation_proposal SET author = NULL, display_name = '', name_hidden = true,"
                + " idempotency_key = NULL WHERE author = :a", a);
        // A support stays counted; who gave it is forgotten.
        jdbc.update("DELETE FROM consultation_support WHERE account = :a", a);
        jdbc.update("UPDATE consultation_report SET reporter = NULL WHERE reporter = :a", a);
    }

    @Override
    public Figures figures(String consultationId) {
        Map<String, String> c = Map.of("c", consultationId, "zone", zone.getId());
        Long total = jdbc.queryForObject("SELECT count(*) FROM consultation_proposal WHERE consultation_id = :c", c, Long.class);
        return new Figures(total == null ? 0 : total,
                counts("coalesce(article, '')", c, "count(*) DESC, 1"),
                counts("kind", c, "1"), counts("status", c, "1"), counts("region", c, "count(*) DESC, 1"),
                counts("channel", c, "1"),
                counts("to_char(date_trunc('week', received_at AT TIME ZONE :zone), 'YYYY-MM-DD')", c, "1"));
    }

    private List<Count> counts(String key, Map<String, String> c, String order) {
        return jdbc.query("SELECT " + key + ", count(*) FROM consultation_proposal WHERE consultation_id = :c GROUP BY 1 ORDER BY "
                + order, c, (rs, n) -> new Count(rs.getString(1), rs.getLong(2)));
    }

    @Override
    public void forEachPublic(String consultationId, Consumer<Proposal> each) {
        jdbc.query("SELECT " + COLUMNS + " FROM consultation_proposal WHERE consultation_id = :c AND hidden_reason IS NULL"
                + " ORDER BY year, seq", Map.of("c", consultationId), (RowCallbackHandler) rs -> each.accept(proposal(rs)));
    }

    static Proposal proposal(ResultSet rs) throws SQLException {
        String outcome = rs.getString("outcome");
        String merged = rs.getString("merged_into");
        return new Proposal(rs.getLong("id"), rs.getString("consultation_id"),
                new ReferenceNumber(rs.getInt("year"), rs.getLong("seq")), rs.getString("article"),
                ProposalKind.of("kind", rs.getString("kind")), rs.getString("wording"), rs.getString("reasons"),
                Language.of("language", rs.getString("language")), Channel.of("channel", rs.getString("channel")),
                rs.getString("external_id"),
                new Author(rs.getString("author"), rs.getString("display_name"), rs.getString("region"), rs.getBoolean("name_hidden")),
                ProposalStatus.of("status", rs.getString("status")), outcome == null ? null : Outcome.of("outcome", outcome),
                merged == null ? null : ReferenceNumber.parse("mergedInto", merged), rs.getString("answer"),
                rs.getTimestamp("received_at").toInstant(), rs.getObject("registered_on", LocalDate.class),
                rs.getObject("due_on", LocalDate.class), rs.getString("hidden_reason"), rs.getInt("supports"),
                rs.getString("assignee"));
    }
}
