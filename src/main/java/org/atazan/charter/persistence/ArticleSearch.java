package org.atazan.charter.persistence;

import org.atazan.charter.TextMatch;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;

/**
 * Search in a version's articles: PostgreSQL full-text search in the version's language first (stems,
 * so "выборы" finds "выборов"); when that finds nothing, a plain substring match, which also finds
 * numbers and parts of words.
 */
final class ArticleSearch {
    private static final String MARKS = "StartSel=" + TextMatch.START + ", StopSel=" + TextMatch.END
            + ", MaxFragments=2, MaxWords=30, MinWords=10, FragmentDelimiter=\" … \"";

    private final JdbcClient jdbc;

    ArticleSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<TextMatch> search(String charterId, String versionId, String query, int limit) {
        String q = query == null ? "" : query.strip();
        if (q.isEmpty()) return List.of();
        List<TextMatch> hits = jdbc.sql("""
                        SELECT a.number, a.heading, ts_headline(v.ts_config, a.plain_text, q, ?) AS snippet,
                               ts_rank(a.search, q) AS rank
                        FROM charter_version v
                        JOIN charter_article a ON a.charter_id = v.charter_id AND a.version_id = v.id
                        CROSS JOIN LATERAL websearch_to_tsquery(v.ts_config, ?) q
                        WHERE v.charter_id = ? AND v.id = ? AND a.search @@ q
                        ORDER BY rank DESC, a.position
                        LIMIT ?""")
                .params(MARKS, q, charterId, versionId, limit)
                .query((rs, n) -> new TextMatch(rs.getString(1), rs.getString(2), rs.getString(3), rs.getDouble(4)))
                .list();
        if (!hits.isEmpty()) return hits;
        String like = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.sql("""
                        SELECT number, heading, plain_text FROM charter_article
                        WHERE charter_id = ? AND version_id = ? AND plain_text ILIKE ?
                        ORDER BY position LIMIT ?""")
                .params(charterId, versionId, like, limit)
                .query((rs, n) -> new TextMatch(rs.getString(1), rs.getString(2), excerpt(rs.getString(3), q), 0))
                .list();
    }

    /** About 200 characters around the first occurrence, with the occurrence marked. */
    static String excerpt(String text, String q) {
        int at = text.toLowerCase().indexOf(q.toLowerCase());
        if (at < 0) return text.substring(0, Math.min(200, text.length()));
        int from = Math.max(0, at - 90);
        int to = Math.min(text.length(), at + q.length() + 90);
        return (from > 0 ? "…" : "") + text.substring(from, at) + TextMatch.START + text.substring(at, at + q.length())
                + TextMatch.END + text.substring(at + q.length(), to) + (to < text.length() ? "…" : "");
    }
}
