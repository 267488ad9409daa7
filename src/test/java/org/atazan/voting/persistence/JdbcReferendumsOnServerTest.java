package org.atazan.voting.persistence;

import org.atazan.TestDatabases;

import javax.sql.DataSource;

/** The voting store contract on the server PostgreSQL. */
class JdbcReferendumsOnServerTest extends JdbcReferendumsContract {
    @Override
    DataSource dataSource() {
        return TestDatabases.externalDataSource();
    }
}
