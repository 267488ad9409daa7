package org.atazan.platform.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A PostgreSQL server the platform runs itself, its files kept in a directory so that a restart
 * finds everything again. The database is created with UTF-8 and a UTF-8 locale: under lc_ctype=C
 * pg_trgm and full-text search see no Cyrillic letters.
 */
public final class EmbeddedDatabase implements Closeable {

    /** The name of the platform's database inside the embedded server. */
    public static final String DATABASE = "atazan";

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** Starts (or restarts, on kept files) the server whose data lives in {@code dataDir}. */
    public static EmbeddedDatabase start(Path dataDir, boolean clean) {
        try {
            Files.createDirectories(dataDir);
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(clean)
                    .setRegisterShutdownHook(false)
                    .setLocaleConfig("locale", "C.UTF-8")
                    .setLocaleConfig("encoding", "UTF8")
                    .setServerConfig("max_connections", "50")
                    // Success must mean durable: the library defaults to synchronous_commit=off, which
                    // lost accepted protocols on a crash. Only throw-away test servers (clean) skip it.
                    .setServerConfig("fsync", clean ? "off" : "on")
                    .setServerConfig("synchronous_commit", clean ? "off" : "on")
                    .setServerConfig("full_page_writes", clean ? "off" : "on")
                    .start();
            createDatabase(pg);
            return new EmbeddedDatabase(pg);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL in " + dataDir, e);
        } catch (IllegalStateException e) {
            // Another process holds the directory's lock ("could not lock"), or this one does already.
            if (String.valueOf(e.getMessage()).contains("could not lock") || e instanceof java.nio.channels.OverlappingFileLockException) {
                throw new IllegalStateException("The data directory " + dataDir.getParent() + " is in use by another running"
                        + " Atazan: stop that one first, or start this one with another --data", e);
            }
            throw e;
        }
    }

    private static void createDatabase(EmbeddedPostgres pg) {
        try (Connection c = pg.getPostgresDatabase().getConnection();
             PreparedStatement exists = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, DATABASE);
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) return;
            }
            try (Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + DATABASE
                        + " TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the database " + DATABASE, e);
        }
    }

    /** The JDBC URL of the platform's database. */
    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", DATABASE);
    }

    public String user() {
        return "postgres";
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
