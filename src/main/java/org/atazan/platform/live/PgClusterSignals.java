package org.atazan.platform.live;

import org.atazan.platform.ClusterSignals;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * {@link ClusterSignals} over PostgreSQL: one connection held for LISTEN, read by a thread of its own
 * every {@code pollMillis} at most; a lost connection is opened again (and its channels listened to
 * again) after a pause, so a database restart costs the signals sent meanwhile, nothing more.
 */
public final class PgClusterSignals implements ClusterSignals, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(PgClusterSignals.class);
    private static final Pattern CHANNEL = Pattern.compile("[a-z][a-z0-9_]{0,62}");
    static final int MAX_PAYLOAD = 1000;

    private final DataSource dataSource;
    private final int pollMillis;
    private final Map<String, List<Consumer<String>>> receivers = new ConcurrentHashMap<>();
    private final Set<String> listening = ConcurrentHashMap.newKeySet();
    private final Thread reader;
    private volatile boolean running = true;
    private volatile Connection connection;

    public PgClusterSignals(DataSource dataSource, int pollMillis) {
        this.dataSource = dataSource;
        this.pollMillis = pollMillis;
        this.reader = new Thread(this::read, "cluster-signals");
        reader.setDaemon(true);
        reader.start();
    }

    @Override
    public void send(String channel, String payload) {
        check(channel);
        if (payload.length() > MAX_PAYLOAD) throw new IllegalArgumentException("a signal carries at most " + MAX_PAYLOAD + " characters");
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement("SELECT pg_notify(?, ?)")) {
            st.setString(1, channel);
            st.setString(2, payload);
            st.execute();
            if (!c.getAutoCommit()) c.commit();
        } catch (SQLException e) {
            // A signal is a hint: the pages reload on the next one, or when the reader comes back.
            log.warn("Signal on {} not sent: {}", channel, e.getMessage());
        }
    }

    @Override
    public void receive(String channel, Consumer<String> receiver) {
        check(channel);
        receivers.computeIfAbsent(channel, k -> new CopyOnWriteArrayList<>()).add(receiver);
    }

    /** Whether the reader listens to the channel now (for tests and health). */
    public boolean listening(String channel) {
        return listening.contains(channel);
    }

    private static void check(String channel) {
        if (!CHANNEL.matcher(channel).matches()) throw new IllegalArgumentException("a channel is [a-z][a-z0-9_]*, not '" + channel + "'");
    }

    private void read() {
        while (running) {
            try {
                if (connection == null || connection.isClosed()) connect();
                for (String channel : receivers.keySet()) {
                    if (listening.add(channel)) {
                        try (Statement st = connection.createStatement()) {
                            st.execute("LISTEN " + channel); // checked against CHANNEL: a plain identifier
                        }
                    }
                }
                PGNotification[] got = connection.unwrap(PGConnection.class).getNotifications(pollMillis);
                if (got == null) continue;
                for (PGNotification n : got) {
                    for (Consumer<String> r : receivers.getOrDefault(n.getName(), List.of())) {
                        try {
                            r.accept(n.getParameter());
                        } catch (RuntimeException e) {
                            log.warn("A receiver of {} failed: {}", n.getName(), e.getMessage());
                        }
                    }
                }
            } catch (SQLException e) {
                if (!running) return;
                log.warn("Cluster signals: the listening connection was lost ({}); opening another", e.getMessage());
                drop();
                pause(1000);
            }
        }
        drop();
    }

    private void connect() throws SQLException {
        listening.clear();
        connection = dataSource.getConnection();
        connection.setAutoCommit(true);
    }

    private void drop() {
        listening.clear();
        Connection c = connection;
        connection = null;
        if (c != null) {
            try (Statement st = c.createStatement()) {
                st.execute("UNLISTEN *"); // the connection may go back to a pool: it must not go on collecting signals
            } catch (SQLException ignored) {
                // broken: the pool throws it away
            }
            try {
                c.close();
            } catch (SQLException ignored) {
                // gone already
            }
        }
    }

    private static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        running = false;
        reader.interrupt();
    }
}
