package org.atazan;

import org.atazan.platform.db.EmbeddedDatabase;
import org.junit.jupiter.api.Assumptions;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.nio.file.Path;

/**
 * The two PostgreSQL servers tests run on: the embedded one (always) and an external server given by
 * ATAZAN_TEST_DB_URL (Debian's PostgreSQL in CI). Without CI the external tests are skipped with a
 * stated reason; under CI=true a missing server fails them.
 */
public final class TestDatabases {
    private static EmbeddedDatabase embedded;

    private TestDatabases() {
    }

    /** The embedded server, started once per test JVM on a clean directory. */
    public static synchronized EmbeddedDatabase embedded() {
        if (embedded == null) {
            embedded = EmbeddedDatabase.start(Path.of("target", "test-postgres").toAbsolutePath(), true);
            Runtime.getRuntime().addShutdownHook(new Thread(embedded::close));
        }
        return embedded;
    }

    public static DataSource embeddedDataSource() {
        return dataSource(embedded().jdbcUrl(), embedded().user(), null);
    }

    /** The external server; skips (or fails under CI) when it is not configured. */
    public static DataSource externalDataSource() {
        return dataSource(externalUrl(), System.getenv("ATAZAN_TEST_DB_USER"), System.getenv("ATAZAN_TEST_DB_PASSWORD"));
    }

    public static String externalUrl() {
        String url = System.getenv("ATAZAN_TEST_DB_URL");
        if (url == null || url.isBlank()) {
            if (isCi()) {
                throw new IllegalStateException("CI=true but ATAZAN_TEST_DB_URL is not set: the external PostgreSQL tests must run in CI");
            }
            Assumptions.abort("No external PostgreSQL: set ATAZAN_TEST_DB_URL (and _USER, _PASSWORD) to run these tests on one");
        }
        return url;
    }

    public static boolean isCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    public static DataSource dataSource(String url, String user, String password) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(url);
        if (user != null) ds.setUser(user);
        if (password != null) ds.setPassword(password);
        return ds;
    }
}
