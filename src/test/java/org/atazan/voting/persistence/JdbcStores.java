package org.atazan.voting.persistence;

import org.atazan.voting.Referendums;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;

/** The PostgreSQL voting store outside the platform, for benchmarks: migrated, on any data source. */
public final class JdbcStores {
    private JdbcStores() {
    }

    public static Referendums on(DataSource ds) {
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        return new JdbcReferendums(JdbcClient.create(ds), new JdbcTemplate(ds));
    }
}
