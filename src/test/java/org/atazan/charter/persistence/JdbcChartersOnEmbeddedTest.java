package org.atazan.charter.persistence;

import org.atazan.TestDatabases;

import javax.sql.DataSource;

/** The Charter store on the embedded PostgreSQL. */
class JdbcChartersOnEmbeddedTest extends JdbcChartersContract {
    @Override
    DataSource dataSource() {
        return TestDatabases.embeddedDataSource();
    }
}
