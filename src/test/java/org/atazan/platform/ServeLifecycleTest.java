package org.atazan.platform;

import org.atazan.AtazanApplication;
import org.atazan.platform.db.EarlyDatabaseStart;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform with no database setting starts its own PostgreSQL under --data, stops it cleanly,
 * and a second start on the same directory finds everything that was there.
 */
class ServeLifecycleTest {

    @TempDir
    Path data;

    @Test
    void embeddedDatabaseKeepsItsDataAcrossRestarts() {
        String[] args = {"--server.port=0", "--atazan.data-dir=" + data, "--atazan.demo=false"};
        try (ConfigurableApplicationContext first = AtazanApplication.start(args)) {
            // The server was started while the context was wired, and the platform uses that one.
            assertThat(first.getBean(EarlyDatabaseStart.BEAN, EarlyDatabaseStart.Started.class).takenOver()).isTrue();
            JdbcClient jdbc = first.getBean(JdbcClient.class);
            jdbc.sql("INSERT INTO platform_demo_load (name) VALUES ('restart-probe')").update();
            assertThat(jdbc.sql("SELECT datctype FROM pg_database WHERE datname = current_database()").query(String.class).single()).isEqualTo("C.UTF-8");
            // Success means durable: every commit waits for its WAL to reach the disk.
            for (String setting : new String[]{"synchronous_commit", "fsync", "full_page_writes"}) {
                assertThat(jdbc.sql("SELECT current_setting('" + setting + "')").query(String.class).single())
                        .as(setting).isEqualTo("on");
            }
            assertThat(jdbc.sql("SELECT pg_encoding_to_char(encoding) FROM pg_database WHERE datname = current_database()")
                    .query(String.class).single()).isEqualTo("UTF8");
        }
        assertThat(Files.exists(data.resolve("postgres/postmaster.pid")))
                .as("the embedded server stopped with the platform").isFalse();
        try (ConfigurableApplicationContext second = AtazanApplication.start(args)) {
            JdbcClient jdbc = second.getBean(JdbcClient.class);
            assertThat(jdbc.sql("SELECT count(*) FROM platform_demo_load WHERE name = 'restart-probe'")
                    .query(Integer.class).single()).isEqualTo(1);
        }
    }

    @Test
    void anExternalPostgresqlIsUsedFromOneSetting() {
        String url = org.atazan.TestDatabases.externalUrl();
        String[] args = {"--server.port=0", "--atazan.data-dir=" + data, "--atazan.demo=false",
                "--atazan.db.url=" + url, "--atazan.db.user=" + System.getenv("ATAZAN_TEST_DB_USER"),
                "--atazan.db.password=" + System.getenv("ATAZAN_TEST_DB_PASSWORD")};
        try (ConfigurableApplicationContext ctx = AtazanApplication.start(args)) {
            JdbcClient jdbc = ctx.getBean(JdbcClient.class);
            assertThat(jdbc.sql("SELECT count(*) FROM flyway_schema_history WHERE success").query(Integer.class).single())
                    .isGreaterThanOrEqualTo(2);
            assertThat(jdbc.sql("SELECT current_setting('server_version_num')::int").query(Integer.class).single())
                    .isGreaterThanOrEqualTo(150000);
        }
        assertThat(Files.exists(data.resolve("postgres"))).as("no embedded server was started").isFalse();
    }

    @Test
    void aSecondPlatformOnTheSameDataDirectoryIsToldWhy() {
        String[] args = {"--server.port=0", "--atazan.data-dir=" + data, "--atazan.demo=false"};
        try (ConfigurableApplicationContext first = AtazanApplication.start(args)) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> AtazanApplication.start(args))
                    .hasStackTraceContaining("is in use by another running Atazan");
        }
    }
}
