package org.atazan;

import org.atazan.platform.db.EmbeddedDatabase;
import org.junit.jupiter.api.Assumptions;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.util.List;

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
            EmbeddedDatabase server = embedded;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                // The cached test contexts close on Spring's own hooks, which start with this one: a server stopped
                // under them left a context's close waiting 30 s for a connection, and Surefire killed the JVM.
                for (Thread spring : springHooks()) {
                    try {
                        spring.join(60_000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        break;
                    }
                }
                server.close();
            }, "test-postgres-stop"));
        }
        return embedded;
    }

    /** Spring's shutdown hooks that are running (all hooks start together; they may start a moment after this one). */
    private static List<Thread> springHooks() {
        for (int look = 0; look < 20; look++) {
            List<Thread> found = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> t.getName().equals("SpringApplicationShutdownHook") || t.getName().equals("SpringContextShutdownHook"))
                    .toList();
            if (!found.isEmpty()) return found;
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return List.of();
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
