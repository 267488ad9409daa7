package org.atazan.charter.persistence;

import org.atazan.TestDatabases;

import javax.sql.DataSource;

/** The Charter store on an external PostgreSQL server (Debian's in CI; skipped elsewhere with a reason). */
class JdbcChartersOnServerTest extends JdbcChartersContract {
    @Override
    DataSource dataSource() {
        return TestDatabases.externalDataSource();
    }
}
