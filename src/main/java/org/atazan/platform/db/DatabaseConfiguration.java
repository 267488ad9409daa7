package org.atazan.platform.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import java.nio.file.Path;

/** One database in every mode: the embedded PostgreSQL by default, an external one from one setting. */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedDatabaseHolder embeddedDatabase(DatabaseSettings settings,
                                            @Value("${atazan.data-dir:data}") String dataDir,
                                            ObjectProvider<EarlyDatabaseStart.Started> early) {
        if (settings.external()) return new EmbeddedDatabaseHolder(null);
        Path pgDir = postgresDirectory(dataDir);
        EarlyDatabaseStart.Started started = early.getIfAvailable();
        EmbeddedDatabase db = started == null ? null : started.take(pgDir);
        if (db != null) return new EmbeddedDatabaseHolder(db);
        log.info("Starting the embedded PostgreSQL in {}", pgDir);
        return new EmbeddedDatabaseHolder(EmbeddedDatabase.start(pgDir, false));
    }

    /** Where the embedded server keeps its files under the data directory. */
    static Path postgresDirectory(String dataDir) {
        return Path.of(dataDir).resolve("postgres").toAbsolutePath().normalize();
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(DatabaseSettings settings, EmbeddedDatabaseHolder embedded, Environment env) {
        HikariConfig cfg = new HikariConfig();
        if (settings.external()) {
            cfg.setJdbcUrl(settings.url());
            cfg.setUsername(settings.user());
            cfg.setPassword(settings.password());
            log.info("Using the external PostgreSQL at {}", settings.url().replaceAll("password=[^&]*", "password=***"));
        } else {
            EmbeddedDatabase db = embedded.database();
            cfg.setJdbcUrl(db.jdbcUrl());
            cfg.setUsername(db.user());
        }
        cfg.setMaximumPoolSize(settings.poolSize());
        cfg.setPoolName("atazan");
        HikariDataSource dataSource = new HikariDataSource(cfg);
        // Migrated before anyone gets a connection: every bean that uses the database finds its tables.
        try {
            SchemaMigrations.bringUpToDate(dataSource, env);
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
        return dataSource;
    }

    /** Keeps the embedded server's lifecycle in the context; empty when an external one is used. */
    record EmbeddedDatabaseHolder(EmbeddedDatabase database) implements AutoCloseable {
        @Override
        public void close() {
            if (database != null) database.close();
        }
    }

}
