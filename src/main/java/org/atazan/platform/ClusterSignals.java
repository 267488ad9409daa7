package org.atazan.platform;

import java.util.function.Consumer;

/**
 * Short signals to every node of the platform (PostgreSQL LISTEN/NOTIFY: the one database the nodes
 * share, no broker of its own). A signal is a hint to refresh, not a record: one sent while a node is
 * reconnecting is lost to that node, and a live page reloads its whole state on the next one anyway.
 */
public interface ClusterSignals {
    /** Sends a payload (at most 1,000 characters) on a channel to every node, this one included. */
    void send(String channel, String payload);

    /** Calls {@code receiver} with each payload sent on the channel by any node, on the signals' own thread. */
    void receive(String channel, Consumer<String> receiver);
}
