package org.atazan.record;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Where the log's entries are kept (PostgreSQL in the platform). Appending happens in the caller's unit of work. */
public interface RecordStore {

    /** Appends an entry with its leaf hash; returns its index (0-based), the next after every earlier one. */
    long append(String kind, String objectId, byte[] entry, byte[] leafHash);

    /** One entry to append, with its leaf hash. */
    record Appending(String kind, String objectId, byte[] entry, byte[] leafHash) {
    }

    /** Appends entries in this order, in the caller's unit of work; the index of the first. */
    default long appendAll(List<Appending> entries) {
        long first = -1;
        for (Appending a : entries) {
            long i = append(a.kind(), a.objectId(), a.entry(), a.leafHash());
            if (first < 0) first = i;
        }
        return first;
    }

    /**
     * Keeps an entry for the log without giving it an index yet (no lock: concurrent callers commit side
     * by side); {@link #sequence} appends it later. A store without an inbox appends at once.
     */
    default void enqueue(String kind, String objectId, byte[] entry, byte[] leafHash) {
        append(kind, objectId, entry, leafHash);
    }

    /** {@link #enqueue} of several entries, in order, in one go. */
    default void enqueueAll(List<Appending> entries) {
        for (Appending a : entries) enqueue(a.kind(), a.objectId(), a.entry(), a.leafHash());
    }

    /** Appends up to {@code max} enqueued entries, oldest first, in the caller's unit of work; how many. */
    default int sequence(int max) {
        return 0;
    }

    long size();

    LeafHashes leafHashes();

    Optional<byte[]> entry(long index);

    /** The entries from {@code from} (inclusive), {@code count} of them, in order; fewer when the log ends first. */
    default List<byte[]> entries(long from, int count) {
        List<byte[]> out = new ArrayList<>(count);
        for (long i = from; i < from + count; i++) {
            Optional<byte[]> e = entry(i);
            if (e.isEmpty()) break;
            out.add(e.get());
        }
        return out;
    }

    /**
     * The leaf hash of the latest entry of this kind about this object, in the log or still queued for it; empty
     * when there is none. This default looks in the log only.
     */
    default Optional<byte[]> leafHashOf(String kind, String objectId) {
        java.util.OptionalLong i = latest(kind, objectId);
        return i.isPresent() ? Optional.of(leafHashes().at(i.getAsLong())) : Optional.empty();
    }

    /** The index of the latest entry of this kind about this object, if any. */
    default java.util.OptionalLong latest(String kind, String objectId) {
        return java.util.OptionalLong.empty();
    }

    /** The last checkpoint signed, if any. */
    Optional<Checkpoint> lastSigned();

    /** The log's size and its last signed checkpoint, read together (a store may read both at once). */
    default State state() {
        return new State(size(), lastSigned());
    }

    /** The log's size and its last signed checkpoint. */
    record State(long size, Optional<Checkpoint> lastSigned) {
    }

    /**
     * Keeps a signed checkpoint; whether this call stored it (false: one of that size was kept already, by this
     * node or another). A checkpoint stored first has no witness cosignature yet: nobody has been served it.
     */
    boolean signed(Checkpoint checkpoint, String note);

    /** Keeps witnesses' cosignature lines of a checkpoint's text; a newer line of the same key replaces its older one. */
    void cosigned(String checkpointText, List<SignedNote.Line> lines);

    /** The witnesses' cosignature lines kept for a checkpoint's text. */
    List<SignedNote.Line> cosignatures(String checkpointText);
}
