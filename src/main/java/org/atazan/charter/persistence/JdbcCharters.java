package org.atazan.charter.persistence;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.atazan.charter.Article;
import org.atazan.charter.Charter;
import org.atazan.charter.CharterText;
import org.atazan.charter.CharterVersion;
import org.atazan.charter.Charters;
import org.atazan.charter.TextMatch;
import org.atazan.charter.VersionStatus;
import org.atazan.charter.VersionSummary;
import org.atazan.charter.CharterLimits;
import org.atazan.charter.akn.AknMetadata;
import org.atazan.charter.akn.AknReader;
import org.atazan.charter.akn.AknWriter;
import org.atazan.kernel.BadInputException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Charters in PostgreSQL: each version's text as Akoma Ntoso XML, its articles one per row with a
 * full-text vector in the version's language. Versions never change once stored, so their parsed
 * text is cached: the most used ones, up to a bound, since every version read would otherwise stay.
 */
@Repository
class JdbcCharters implements Charters {

    /** Parsed versions kept: a whole charter's text is a few hundred kilobytes in memory. */
    static final int CACHED_VERSIONS = 64;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final Cache<String, CharterVersion> cache;

    @Autowired
    JdbcCharters(JdbcClient jdbc, JdbcTemplate template) {
        this(jdbc, template, CACHED_VERSIONS);
    }

    JdbcCharters(JdbcClient jdbc, JdbcTemplate template, int cachedVersions) {
        this.jdbc = jdbc;
        this.template = template;
        this.cache = Caffeine.newBuilder().maximumSize(cachedVersions).build();
    }

    @Override
    public void save(Charter charter) {
        try {
            jdbc.sql("INSERT INTO charter (id, title, country) VALUES (?, ?, ?)")
                    .params(charter.id(), charter.title(), charter.country()).update();
            charter.titles().forEach((language, title) ->
                    jdbc.sql("INSERT INTO charter_title (charter_id, language, title) VALUES (?, ?, ?)")
                            .params(charter.id(), language, title).update());
        } catch (DuplicateKeyException e) {
            throw new BadInputException("charter '" + charter.id() + "' already exists");
        }
    }

    @Override
    public Optional<Charter> find(String charterId) {
        return jdbc.sql("SELECT id, title, country FROM charter WHERE id = ?").param(charterId)
                .query((rs, n) -> new Charter(rs.getString(1), rs.getString(2), rs.getString(3), titles(rs.getString(1))))
                .optional();
    }

    @Override
    public List<Charter> all() {
        // All titles in one query, not one query per charter.
        Map<String, Map<String, String>> titles = new java.util.HashMap<>();
        jdbc.sql("SELECT charter_id, language, title FROM charter_title").query(rs -> {
            titles.computeIfAbsent(rs.getString(1), k -> new java.util.HashMap<>()).put(rs.getString(2), rs.getString(3));
        });
        return jdbc.sql("SELECT id, title, country FROM charter ORDER BY title")
                .query((rs, n) -> new Charter(rs.getString(1), rs.getString(2), rs.getString(3),
                        titles.getOrDefault(rs.getString(1), Map.of())))
                .list();
    }

    private Map<String, String> titles(String charterId) {
        Map<String, String> titles = new java.util.LinkedHashMap<>();
        jdbc.sql("SELECT language, title FROM charter_title WHERE charter_id = ? ORDER BY language").param(charterId)
                .query(rs -> {
                    titles.put(rs.getString(1), rs.getString(2));
                });
        return titles;
    }

    @Override
    @Transactional
    public void save(VersionSummary s, CharterText text) {
        String xml = AknWriter.write(text, AknMetadata.of(country(s.charterId()), s));
        String config = SearchConfigs.forLanguage(s.language());
        try {
            jdbc.sql("""
                            INSERT INTO charter_version (charter_id, id, expression_date, language, status, title, source,
                                                         article_count, ts_config, akn)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::regconfig, ?)""")
                    .params(s.charterId(), s.id(), s.date(), s.language(), s.status().name(), s.title(), s.source(),
                            text.articles().size(), config, xml)
                    .update();
        } catch (DuplicateKeyException e) {
            throw new BadInputException("charter '" + s.charterId() + "' already has a version '" + s.id() + "'");
        }
        List<Object[]> rows = new ArrayList<>();
        int position = 0;
        for (ArticlePlace place : ArticlePlace.of(text)) {
            Article a = place.article();
            rows.add(new Object[]{s.charterId(), s.id(), position++, a.number(), a.heading(), place.division(),
                    a.repealed(), a.plainText(), config, a.plainText()});
        }
        template.batchUpdate("""
                INSERT INTO charter_article (charter_id, version_id, position, number, heading, division, repealed,
                                             plain_text, search)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, to_tsvector(?::regconfig, ?))""", rows);
    }

    @Override
    public void saveLayout(String charterId, String versionId, String lines) {
        jdbc.sql("UPDATE charter_version SET layout_text = ? WHERE charter_id = ? AND id = ?").params(lines, charterId, versionId).update();
    }

    @Override
    public Optional<String> layout(String charterId, String versionId) {
        return jdbc.sql("SELECT layout_text FROM charter_version WHERE charter_id = ? AND id = ? AND layout_text IS NOT NULL")
                .params(charterId, versionId).query(String.class).optional();
    }

    private String country(String charterId) {
        return find(charterId).map(Charter::country).orElseThrow(
                () -> new BadInputException("no charter '" + charterId + "': create it before adding versions"));
    }

    @Override
    public Optional<CharterVersion> version(String charterId, String versionId) {
        String key = charterId + "/" + versionId;
        CharterVersion cached = cache.getIfPresent(key);
        if (cached != null) return Optional.of(cached);
        // Loaded outside the cache's lock: a query must not hold up readers of other versions.
        Optional<CharterVersion> loaded = jdbc.sql("""
                        SELECT charter_id, id, expression_date, language, status, title, source, article_count, akn
                        FROM charter_version WHERE charter_id = ? AND id = ?""")
                .params(charterId, versionId)
                .query((rs, n) -> new CharterVersion(summary(rs),
                        AknReader.read(key, new java.io.ByteArrayInputStream(rs.getString(9).getBytes(StandardCharsets.UTF_8)),
                                CharterLimits.NONE)))
                .optional();
        loaded.ifPresent(v -> cache.put(key, v));
        return loaded;
    }

    /** Versions held in memory now, for tests of the bound. */
    long cachedVersions() {
        cache.cleanUp();
        return cache.estimatedSize();
    }

    @Override
    public List<VersionSummary> versions(String charterId) {
        return jdbc.sql("""
                        SELECT charter_id, id, expression_date, language, status, title, source, article_count
                        FROM charter_version WHERE charter_id = ? ORDER BY expression_date, id""")
                .param(charterId).query((rs, n) -> summary(rs)).list();
    }

    @Override
    public List<TextMatch> search(String charterId, String versionId, String query, int limit) {
        return new ArticleSearch(jdbc).search(charterId, versionId, query, limit);
    }

    private static VersionSummary summary(ResultSet rs) throws SQLException {
        return new VersionSummary(rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate(), rs.getString(4),
                VersionStatus.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7), rs.getInt(8));
    }
}
