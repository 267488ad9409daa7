package org.atazan.platform.db;

import org.atazan.TestDatabases;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Flyway runs on a first start and after any change of the migrations, and only then. */
class SchemaMigrationsTest {

    DataSource db;
    JdbcClient sql;
    final StandardEnvironment env = new StandardEnvironment();

    @BeforeEach
    void freshDatabase() {
        String name = "schema_" + UUID.randomUUID().toString().replace("-", "");
        JdbcClient.create(TestDatabases.embeddedDataSource())
                .sql("CREATE DATABASE " + name + " TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'").update();
        String url = TestDatabases.embedded().jdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
        db = TestDatabases.dataSource(url, TestDatabases.embedded().user(), null);
        sql = JdbcClient.create(db);
        env.getPropertySources().addFirst(new MapPropertySource("test", Map.of(
                "spring.flyway.locations", "classpath:db/migration", "spring.flyway.out-of-order", "true")));
    }

    int applied() {
        return sql.sql("SELECT count(*) FROM flyway_schema_history WHERE success").query(Integer.class).single();
    }

    @Test
    void aFirstStartMigratesAndARestartOfTheSameBuildLeavesFlywayOut() {
        assertThat(SchemaMigrations.bringUpToDate(db, env)).as("first start: Flyway ran").isTrue();
        int migrations = applied();
        assertThat(migrations).isGreaterThan(10);
        assertThat(sql.sql("SELECT count(*) FROM record_entry").query(Integer.class).single()).isZero();

        // Flyway's validation would refuse this altered history; a restart of the same build does not look at it.
        sql.sql("UPDATE flyway_schema_history SET checksum = checksum + 1 WHERE installed_rank = 1").update();
        assertThat(SchemaMigrations.bringUpToDate(db, env)).as("restart: Flyway not needed").isFalse();
        assertThat(applied()).isEqualTo(migrations);
    }

    @Test
    void otherMigrationsThanTheLastSuccessfulOnesRunFlywayInFullWithItsValidation() {
        assertThat(SchemaMigrations.bringUpToDate(db, env)).isTrue();
        // As a build with a changed script would find it: the fingerprint differs, so Flyway validates, and
        // it sees the applied script whose checksum no longer matches.
        sql.sql("UPDATE " + SchemaMigrations.TABLE + " SET fingerprint = 'an earlier build'").update();
        sql.sql("UPDATE flyway_schema_history SET checksum = checksum + 1 WHERE installed_rank = 1").update();
        assertThatThrownBy(() -> SchemaMigrations.bringUpToDate(db, env))
                .isInstanceOf(FlywayException.class).hasMessageContaining("checksum");

        sql.sql("UPDATE flyway_schema_history SET checksum = checksum - 1 WHERE installed_rank = 1").update();
        assertThat(SchemaMigrations.bringUpToDate(db, env)).as("valid again: Flyway ran and found nothing to do").isTrue();
        assertThat(SchemaMigrations.bringUpToDate(db, env)).as("and the fingerprint is kept again").isFalse();
    }

    @Test
    void theFingerprintCoversEveryScriptOfTheLocationsAndOnlyThem() {
        String all = SchemaMigrations.fingerprint("classpath:db/migration");
        assertThat(SchemaMigrations.fingerprint("classpath:db/migration")).isEqualTo(all);
        assertThat(SchemaMigrations.fingerprint("classpath:db/migration/record")).isNotEqualTo(all);
        assertThat(SchemaMigrations.fingerprint("classpath:/db/migration/")).as("the same location written otherwise").isEqualTo(all);
        assertThat(all).hasSize(64);
    }

    @Test
    void springFlywaySettingsReachFlywayUnderItsOwnNames() {
        env.getPropertySources().addFirst(new MapPropertySource("more", Map.of(
                "spring.flyway.baseline-on-migrate", "true", "spring.flyway.enabled", "true", "SPRING_FLYWAY_TABLE", "history")));
        assertThat(SchemaMigrations.flywaySettings(env))
                .containsEntry("flyway.locations", "classpath:db/migration")
                .containsEntry("flyway.outOfOrder", "true")
                .containsEntry("flyway.baselineOnMigrate", "true")
                .containsEntry("flyway.table", "history")
                .doesNotContainKey("flyway.enabled");
    }
}
