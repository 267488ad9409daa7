package org.atazan.systematization.persistence;

import org.atazan.consultation.ReferenceNumber;
import org.atazan.systematization.DuplicateDecision;
import org.atazan.systematization.DuplicateGroup;
import org.atazan.systematization.DuplicateRun;
import org.atazan.systematization.DuplicateStore;
import org.atazan.systematization.NearDuplicates;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Repository;

import java.sql.Array;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Near-duplicate groups and the decisions on them in PostgreSQL; rows written in batches. */
@Repository
class JdbcDuplicates implements DuplicateStore {
    private static final int BATCH = 1_000;
    private static final String FOUND = "INSERT INTO systematization_duplicate_found (consultation_id, reference, found_group, position, article)"
            + " VALUES (:c, :r, :g, :i, :a)";
    private final NamedParameterJdbcTemplate jdbc;

    JdbcDuplicates(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void lock(String consultationId) {
        jdbc.query("SELECT pg_advisory_xact_lock(hashtext('systematization.duplicates:' || :c))", Map.of("c", consultationId),
                rs -> null);
    }

    @Override
    public void replace(DuplicateRun run, List<List<ReferenceNumber>> found, java.util.function.Function<ReferenceNumber, String> articles,
                        List<DuplicateGroup> shown) {
        String c = run.consultationId();
        NearDuplicates.Settings s = run.settings();
        jdbc.update("""
                INSERT INTO systematization_duplicate_run (consultation_id, proposals, groups, shingle, hashes, bands, threshold, at)
                VALUES (:c, :p, :g, :sh, :h, :b, :t, :at)
                ON CONFLICT (consultation_id) DO UPDATE SET proposals = :p, groups = :g, shingle = :sh, hashes = :h, bands = :b,
                    threshold = :t, at = :at""",
                new MapSqlParameterSource("c", c).addValue("p", run.proposals()).addValue("g", run.groups())
                        .addValue("sh", s.shingle()).addValue("h", s.hashes()).addValue("b", s.bands()).addValue("t", s.threshold())
                        .addValue("at", Timestamp.from(run.at())));
        jdbc.update("DELETE FROM systematization_duplicate_found WHERE consultation_id = :c", Map.of("c", c));
        List<SqlParameterSource> rows = new ArrayList<>();
        for (int g = 0; g < found.size(); g++) {
            List<ReferenceNumber> members = found.get(g);
            for (int i = 0; i < members.size(); i++) {
                rows.add(new MapSqlParameterSource("c", c).addValue("r", members.get(i).toString()).addValue("g", g).addValue("i", i)
                        .addValue("a", articles.apply(members.get(i))));
                if (rows.size() == BATCH) flush(FOUND, rows);
            }
        }
        flush(FOUND, rows);
        replaceShown(c, shown);
    }

    @Override
    public void replaceShown(String consultationId, List<DuplicateGroup> shown) {
        Map<String, String> c = Map.of("c", consultationId);
        jdbc.update("DELETE FROM systematization_duplicate_member WHERE consultation_id = :c", c);
        jdbc.update("DELETE FROM systematization_duplicate_group WHERE consultation_id = :c", c);
        List<SqlParameterSource> groups = new ArrayList<>();
        List<SqlParameterSource> members = new ArrayList<>();
        String groupSql = "INSERT INTO systematization_duplicate_group (consultation_id, representative, rank, size) VALUES (:c, :r, :k, :n)";
        String memberSql = "INSERT INTO systematization_duplicate_member (consultation_id, reference, representative, position, confirmed)"
                + " VALUES (:c, :m, :r, :i, :ok)";
        for (int k = 0; k < shown.size(); k++) {
            DuplicateGroup g = shown.get(k);
            String rep = g.representative().toString();
            groups.add(new MapSqlParameterSource("c", consultationId).addValue("r", rep).addValue("k", k).addValue("n", g.size()));
            if (groups.size() == BATCH) flush(groupSql, groups);
            for (int i = 0; i < g.size(); i++) {
                ReferenceNumber m = g.members().get(i);
                members.add(new MapSqlParameterSource("c", consultationId).addValue("m", m.toString()).addValue("r", rep).addValue("i", i)
                        .addValue("ok", g.confirmed().contains(m)));
                if (members.size() == BATCH) flush(memberSql, members);
            }
        }
        flush(groupSql, groups);
        flush(memberSql, members);
        // A group is about its representative's article; one that no run found (kept by a decision alone) takes its
        // earliest found member's.
        jdbc.update("""
                UPDATE systematization_duplicate_group g SET article = (SELECT f.article FROM systematization_duplicate_member m
                    JOIN systematization_duplicate_found f ON f.consultation_id = m.consultation_id AND f.reference = m.reference
                    WHERE m.consultation_id = g.consultation_id AND m.representative = g.representative ORDER BY m.position LIMIT 1)
                WHERE g.consultation_id = :c""", c);
    }

    private void flush(String sql, List<SqlParameterSource> rows) {
        if (rows.isEmpty()) return;
        jdbc.batchUpdate(sql, rows.toArray(SqlParameterSource[]::new));
        rows.clear();
    }

    @Override
    public List<List<ReferenceNumber>> found(String consultationId) {
        Map<Integer, List<ReferenceNumber>> groups = new LinkedHashMap<>();
        jdbc.query("SELECT found_group, reference FROM systematization_duplicate_found WHERE consultation_id = :c"
                + " ORDER BY found_group, position", Map.of("c", consultationId), rs -> {
            groups.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>()).add(ReferenceNumber.parse("reference", rs.getString(2)));
        });
        return new ArrayList<>(groups.values());
    }

    @Override
    public List<Summary> summaries(String consultationId, Optional<Optional<String>> article, int offset, int limit) {
        MapSqlParameterSource p = filter(consultationId, article).addValue("o", offset).addValue("l", limit);
        return jdbc.query("SELECT g.representative, g.size, NOT EXISTS (SELECT 1 FROM systematization_duplicate_member m"
                + " WHERE m.consultation_id = g.consultation_id AND m.representative = g.representative AND NOT m.confirmed)"
                + " FROM systematization_duplicate_group g WHERE " + WHERE + " ORDER BY g.rank OFFSET :o LIMIT :l", p,
                (rs, n) -> new Summary(ReferenceNumber.parse("reference", rs.getString(1)), rs.getInt(2), rs.getBoolean(3)));
    }

    @Override
    public long[] totals(String consultationId, Optional<Optional<String>> article) {
        return jdbc.queryForObject("SELECT count(*), coalesce(sum(g.size), 0) FROM systematization_duplicate_group g WHERE " + WHERE,
                filter(consultationId, article), (rs, n) -> new long[]{rs.getLong(1), rs.getLong(2)});
    }

    private static final String WHERE = "g.consultation_id = :c AND (NOT :filtered OR g.article IS NOT DISTINCT FROM :a)";

    private static MapSqlParameterSource filter(String consultationId, Optional<Optional<String>> article) {
        return new MapSqlParameterSource("c", consultationId).addValue("filtered", article.isPresent())
                .addValue("a", article.flatMap(a -> a).orElse(null), java.sql.Types.VARCHAR);
    }

    @Override
    public Optional<Summary> summaryOf(String consultationId, ReferenceNumber member) {
        return jdbc.query("""
                SELECT g.representative, g.size, NOT EXISTS (SELECT 1 FROM systematization_duplicate_member x
                    WHERE x.consultation_id = g.consultation_id AND x.representative = g.representative AND NOT x.confirmed)
                FROM systematization_duplicate_member m JOIN systematization_duplicate_group g
                    ON g.consultation_id = m.consultation_id AND g.representative = m.representative
                WHERE m.consultation_id = :c AND m.reference = :r""", Map.of("c", consultationId, "r", member.toString()),
                (rs, n) -> new Summary(ReferenceNumber.parse("reference", rs.getString(1)), rs.getInt(2), rs.getBoolean(3)))
                .stream().findFirst();
    }

    @Override
    public List<String> articles(String consultationId) {
        // Articles are numbers, some with a letter ("39-1"): by their leading number, then as text.
        return jdbc.query("""
                SELECT DISTINCT article, (substring(article from '^[0-9]+'))::int AS n FROM systematization_duplicate_group
                WHERE consultation_id = :c ORDER BY n NULLS FIRST, article NULLS FIRST""", Map.of("c", consultationId),
                (rs, i) -> rs.getString(1));
    }

    @Override
    public Optional<DuplicateGroup> groupOf(String consultationId, ReferenceNumber member) {
        Map<String, List<ReferenceNumber>> members = new LinkedHashMap<>();
        Map<String, Set<ReferenceNumber>> confirmed = new LinkedHashMap<>();
        jdbc.query("""
                SELECT m.representative, m.reference, m.confirmed FROM systematization_duplicate_member m
                WHERE m.consultation_id = :c AND m.representative = (SELECT representative FROM systematization_duplicate_member
                    WHERE consultation_id = :c AND reference = :r)
                ORDER BY m.position""", Map.of("c", consultationId, "r", member.toString()), rs -> {
            collect(members, confirmed, rs.getString(1), rs.getString(2), rs.getBoolean(3));
        });
        return toGroups(members, confirmed).stream().findFirst();
    }

    private static void collect(Map<String, List<ReferenceNumber>> members, Map<String, Set<ReferenceNumber>> confirmed,
                                String rep, String reference, boolean ok) {
        ReferenceNumber r = ReferenceNumber.parse("reference", reference);
        members.computeIfAbsent(rep, k -> new ArrayList<>()).add(r);
        Set<ReferenceNumber> c = confirmed.computeIfAbsent(rep, k -> new HashSet<>());
        if (ok) c.add(r);
    }

    private static List<DuplicateGroup> toGroups(Map<String, List<ReferenceNumber>> members, Map<String, Set<ReferenceNumber>> confirmed) {
        List<DuplicateGroup> out = new ArrayList<>(members.size());
        members.forEach((rep, m) -> out.add(new DuplicateGroup(m.get(0), m, confirmed.get(rep))));
        return out;
    }

    @Override
    public Optional<DuplicateRun> lastRun(String consultationId) {
        return jdbc.query("SELECT proposals, groups, shingle, hashes, bands, threshold, at FROM systematization_duplicate_run"
                        + " WHERE consultation_id = :c", Map.of("c", consultationId),
                (rs, n) -> new DuplicateRun(consultationId, rs.getInt(1), rs.getInt(2),
                        new NearDuplicates.Settings(rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getDouble(6)),
                        rs.getTimestamp(7).toInstant())).stream().findFirst();
    }

    @Override
    public void addDecision(String consultationId, DuplicateDecision d) {
        jdbc.update("""
                INSERT INTO systematization_duplicate_decision (consultation_id, kind, together, apart, reason, by_account, at)
                VALUES (:c, :k, :t, :a, :why, :by, :at)""",
                new MapSqlParameterSource("c", consultationId).addValue("k", d.kind().code())
                        .addValue("t", d.together().stream().map(ReferenceNumber::toString).toArray(String[]::new))
                        .addValue("a", d.apart().stream().map(ReferenceNumber::toString).toArray(String[]::new))
                        .addValue("why", d.reason()).addValue("by", d.by()).addValue("at", Timestamp.from(d.at())));
    }

    @Override
    public List<DuplicateDecision> decisions(String consultationId) {
        return jdbc.query("SELECT kind, together, apart, reason, by_account, at FROM systematization_duplicate_decision"
                + " WHERE consultation_id = :c ORDER BY id", Map.of("c", consultationId), (rs, n) -> new DuplicateDecision(
                DuplicateDecision.Kind.valueOf(rs.getString(1).toUpperCase(java.util.Locale.ROOT)), refs(rs.getArray(2)),
                refs(rs.getArray(3)), rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant()));
    }

    private static List<ReferenceNumber> refs(Array a) throws java.sql.SQLException {
        return Arrays.stream((String[]) a.getArray()).map(r -> ReferenceNumber.parse("reference", r)).toList();
    }
}
