package org.atazan.platform;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** Signals of one node alone, delivered at once on the sender's thread (unit tests without a database). */
public final class LoopbackSignals implements ClusterSignals {
    private final Map<String, List<Consumer<String>>> receivers = new ConcurrentHashMap<>();

    @Override
    public void send(String channel, String payload) {
        receivers.getOrDefault(channel, List.of()).forEach(r -> r.accept(payload));
    }

    @Override
    public void receive(String channel, Consumer<String> receiver) {
        receivers.computeIfAbsent(channel, k -> new CopyOnWriteArrayList<>()).add(receiver);
    }
}
