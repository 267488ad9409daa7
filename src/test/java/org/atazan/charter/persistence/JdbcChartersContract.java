package org.atazan.charter.persistence;

import org.atazan.SharedData;
import org.atazan.charter.Charter;
import org.atazan.charter.CharterText;
import org.atazan.charter.CharterVersion;
import org.atazan.charter.TextMatch;
import org.atazan.charter.VersionStatus;
import org.atazan.charter.VersionSummary;
import org.atazan.charter.text.CharterReader;
import org.atazan.kernel.BadInputException;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the Charter store must do on any PostgreSQL it runs on; run on the embedded server and on
 * Debian's server (CI).
 */
abstract class JdbcChartersContract {

    abstract DataSource dataSource();

    DataSource ds;
    JdbcCharters store;
    JdbcClient jdbc;
    TransactionTemplate tx;
    String charterId;

    @BeforeEach
    void migrateAndCreateCharter() {
        ds = dataSource();
        Flyway.configure().dataSource(ds)
                .locations("classpath:db/migration/platform", "classpath:db/migration/charter", "classpath:db/migration/voting")
                // The database is shared with whole-platform tests: other modules' migrations may be applied already.
                .ignoreMigrationPatterns("*:missing", "*:future").outOfOrder(true)
                .load().migrate();
        jdbc = JdbcClient.create(ds);
        store = new JdbcCharters(jdbc, new JdbcTemplate(ds));
        tx = new TransactionTemplate(new DataSourceTransactionManager(ds));
        charterId = "t-" + UUID.randomUUID().toString().substring(0, 8);
        store.save(new Charter(charterId, "Test charter", "de"));
    }

    static CharterText read(String file, String name) throws Exception {
        return new CharterReader().read(name, Files.readAllBytes(SharedData.file(file)));
    }

    VersionSummary summary(String id, LocalDate date, String language) {
        return new VersionSummary(charterId, id, date, language, VersionStatus.ADOPTED, "", "test", 0);
    }

    @Test
    void aStoredVersionReadsBackWithTheSameStructure() throws Exception {
        CharterText text = read("grundgesetz-2012-07-11.md", "gg.md");
        tx.executeWithoutResult(s -> store.save(summary("v2", LocalDate.of(2012, 7, 11), "de"), text));

        CharterVersion back = store.version(charterId, "v2").orElseThrow();
        assertThat(back.text()).isEqualTo(text);
        assertThat(back.summary().articleCount()).isEqualTo(195);
        assertThat(jdbc.sql("SELECT count(*) FROM charter_article WHERE charter_id = ?").param(charterId)
                .query(Integer.class).single()).isEqualTo(195);
    }

    @Test
    void aVersionAddedAsTextKeepsItsLinesForConsolidationAndOneWithoutHasNone() throws Exception {
        CharterText text = read("grundgesetz-2012-07-11.md", "gg.md");
        tx.executeWithoutResult(s -> {
            store.save(summary("v2", LocalDate.of(2012, 7, 11), "de"), text);
            store.saveLayout(charterId, "v2", "Artikel 1\nDie Würde des Menschen ist unantastbar.\n");
            store.save(summary("v3", LocalDate.of(2012, 7, 12), "de"), text);
        });
        assertThat(store.layout(charterId, "v2")).contains("Artikel 1\nDie Würde des Menschen ist unantastbar.\n");
        assertThat(store.layout(charterId, "v3")).isEmpty();
    }

    @Test
    void aCharterKeepsItsTitleInEachLanguage() {
        String id = charterId + "-t";
        store.save(new Charter(id, "Basic Law", "de", java.util.Map.of("de", "Grundgesetz", "ru", "Основной закон")));
        Charter back = store.find(id).orElseThrow();
        assertThat(back.title("ru")).isEqualTo("Основной закон");
        assertThat(back.title("de")).isEqualTo("Grundgesetz");
        assertThat(back.title("kk")).isEqualTo("Basic Law");
    }

    @Test
    void versionsAreListedOldestFirst() throws Exception {
        CharterText text = read("grundgesetz-2012-07-02.md", "gg.md");
        tx.executeWithoutResult(s -> store.save(summary("later", LocalDate.of(2012, 7, 11), "de"), text));
        tx.executeWithoutResult(s -> store.save(summary("earlier", LocalDate.of(2012, 7, 2), "de"), text));
        assertThat(store.versions(charterId)).extracting(VersionSummary::id).containsExactly("earlier", "later");
    }

    @Test
    void aTakenVersionIdIsRefusedAndNothingIsStoredTwice() throws Exception {
        CharterText text = read("grundgesetz-2012-07-02.md", "gg.md");
        tx.executeWithoutResult(s -> store.save(summary("v1", LocalDate.of(2012, 7, 2), "de"), text));
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> store.save(summary("v1", LocalDate.of(2012, 7, 2), "de"), text)))
                .isInstanceOf(BadInputException.class).hasMessageContaining("already has a version 'v1'");
        assertThat(jdbc.sql("SELECT count(*) FROM charter_article WHERE charter_id = ?").param(charterId)
                .query(Integer.class).single()).isEqualTo(195);
    }

    @Test
    void searchStemsInTheVersionsLanguage() throws Exception {
        CharterText kz = read("kz-constitution-2026.ru.txt", "kz.txt");
        tx.executeWithoutResult(s -> store.save(summary("ru", LocalDate.of(2026, 7, 1), "ru"), kz));

        List<TextMatch> hits = store.search(charterId, "ru", "выборы президента", 10);
        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0).snippet()).contains(String.valueOf(TextMatch.START));
        // The stemmer matches other forms of the words than the ones typed.
        assertThat(hits).anySatisfy(h -> assertThat(h.snippet().toLowerCase()).containsAnyOf("выбор", "президент"));
    }

    @Test
    void searchFallsBackToSubstringsForNumbersAndWordParts() throws Exception {
        CharterText gg = read("grundgesetz-2012-07-11.md", "gg.md");
        tx.executeWithoutResult(s -> store.save(summary("de", LocalDate.of(2012, 7, 11), "de"), gg));
        assertThat(store.search(charterId, "de", "verfassungsgerich", 5)).isNotEmpty();
        assertThat(store.search(charterId, "de", "zzzqqq", 5)).isEmpty();
    }

    @Test
    void parsedVersionsAreCachedUpToABound() {
        JdbcCharters small = new JdbcCharters(jdbc, new JdbcTemplate(ds), 2);
        CharterText text = new CharterText("T", "", List.of(new org.atazan.charter.Article("1", "",
                List.of(new org.atazan.charter.Paragraph("", "Every person is equal before the law.")), false, "")));
        for (int i = 1; i <= 5; i++) {
            VersionSummary s = summary("c" + i, LocalDate.of(2026, 1, i), "en");
            tx.executeWithoutResult(status -> small.save(s, text));
        }
        CharterVersion first = small.version(charterId, "c1").orElseThrow();
        assertThat(small.version(charterId, "c1").orElseThrow()).as("read once, then kept").isSameAs(first);
        for (int i = 1; i <= 5; i++) assertThat(small.version(charterId, "c" + i)).isPresent();
        assertThat(small.version(charterId, "missing")).isEmpty();
        assertThat(small.cachedVersions()).isLessThanOrEqualTo(2);
        assertThat(small.version(charterId, "c3").orElseThrow().text()).isEqualTo(text);
    }

    @Test
    void theDatabaseSeesCyrillicLetters() {
        // Under lc_ctype=C trigram similarity of Cyrillic words is 0: the database must be UTF-8 aware.
        Double similarity = jdbc.sql("SELECT similarity('Президент', 'Президента')::float8").query(Double.class).single();
        assertThat(similarity).isGreaterThan(0.5);
    }
}
