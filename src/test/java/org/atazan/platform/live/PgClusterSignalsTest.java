package org.atazan.platform.live;

import org.atazan.TestDatabases;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Signals through PostgreSQL LISTEN/NOTIFY between two "nodes" on one database, and after a lost connection. */
class PgClusterSignalsTest {
    final DataSource db = TestDatabases.embeddedDataSource();

    static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 200 && !condition.getAsBoolean(); i++) Thread.sleep(50);
    }

    @Test
    void aSignalReachesEveryNodeAndAListenerLostIsListenedAgain() throws Exception {
        try (PgClusterSignals a = new PgClusterSignals(db, 100); PgClusterSignals b = new PgClusterSignals(db, 100)) {
            List<String> heardByA = new CopyOnWriteArrayList<>(), heardByB = new CopyOnWriteArrayList<>();
            a.receive("test_signals", heardByA::add);
            b.receive("test_signals", heardByB::add);
            b.receive("test_other", x -> heardByB.add("other:" + x));
            await(() -> a.listening("test_signals") && b.listening("test_signals"));
            a.send("test_signals", "m-1");
            await(() -> heardByA.size() == 1 && heardByB.size() == 1);
            assertThat(heardByA).containsExactly("m-1");
            assertThat(heardByB).as("one channel's signal reaches only its receivers").containsExactly("m-1");

            // The listening connection of b is cut (a database restart, a proxy's timeout): b listens again.
            try (Connection c = db.getConnection(); Statement st = c.createStatement()) {
                st.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE 'LISTEN test_other%'"
                        + " OR (query LIKE 'LISTEN test_signals%' AND pid <> pg_backend_pid())");
            }
            heardByB.clear();
            for (int i = 0; i < 100 && heardByB.isEmpty(); i++) {
                a.send("test_signals", "m-2");
                Thread.sleep(100);
            }
            assertThat(heardByB).as("b heard again after reconnecting").contains("m-2");
        }
    }

    @Test
    void aBadChannelOrALongPayloadIsRefused() {
        try (PgClusterSignals a = new PgClusterSignals(db, 100)) {
            assertThatThrownBy(() -> a.send("x; DROP TABLE y", "p")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("channel");
            assertThatThrownBy(() -> a.receive("Upper", x -> { })).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> a.send("ok_channel", "x".repeat(1001))).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("1000");
        }
    }
}
