package org.atazan.voting.persistence;

import org.atazan.TestDatabases;

import javax.sql.DataSource;

/** The voting store contract on the embedded PostgreSQL. */
class JdbcReferendumsOnEmbeddedTest extends JdbcReferendumsContract {
    @Override
    DataSource dataSource() {
        return TestDatabases.embeddedDataSource();
    }
}
