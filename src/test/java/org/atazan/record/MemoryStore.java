package org.atazan.record;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A record store in memory, for the core's tests and the test logs written to directories. */
public final class MemoryStore implements RecordStore {
    final List<byte[]> entries = new ArrayList<>();
    final List<byte[]> leaves = new ArrayList<>();
    Checkpoint last;

    @Override
    public synchronized long append(String kind, String objectId, byte[] entry, byte[] leafHash) {
        entries.add(entry);
        leaves.add(leafHash);
        return entries.size() - 1;
    }

    @Override
    public synchronized long size() {
        return entries.size();
    }

    @Override
    public synchronized LeafHashes leafHashes() {
        long size = leaves.size();
        return i -> {
            if (i >= size) throw new IndexOutOfBoundsException(i);
            synchronized (this) {
                return leaves.get(Math.toIntExact(i));
            }
        };
    }

    @Override
    public synchronized Optional<byte[]> entry(long index) {
        return index >= 0 && index < entries.size() ? Optional.of(entries.get((int) index)) : Optional.empty();
    }

    @Override
    public synchronized Optional<Checkpoint> lastSigned() {
        return Optional.ofNullable(last);
    }

    @Override
    public synchronized boolean signed(Checkpoint checkpoint, String note) {
        boolean first = last == null || last.size() < checkpoint.size();
        if (first) last = checkpoint;
        return first;
    }

    private final java.util.Map<String, java.util.Map<String, SignedNote.Line>> cosigned = new java.util.HashMap<>();

    @Override
    public synchronized void cosigned(String checkpointText, List<SignedNote.Line> lines) {
        var byKey = cosigned.computeIfAbsent(checkpointText, t -> new java.util.LinkedHashMap<>());
        for (SignedNote.Line l : lines) byKey.put(l.keyName() + " " + l.keyHash(), l);
    }

    @Override
    public synchronized List<SignedNote.Line> cosignatures(String checkpointText) {
        return List.copyOf(cosigned.getOrDefault(checkpointText, java.util.Map.of()).values());
    }
}
