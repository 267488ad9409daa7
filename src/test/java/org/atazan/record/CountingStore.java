package org.atazan.record;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A store that counts how often the log's size is asked for (a connection each in PostgreSQL), over another store.
 * {@link #withInbox} keeps enqueued entries in an inbox of its own until {@link #sequence}, as the platform's store does.
 */
public final class CountingStore implements RecordStore {
    private final RecordStore store;
    private final List<Appending> inbox;
    private final AtomicInteger sizes = new AtomicInteger();
    private final AtomicInteger cosignatureReads = new AtomicInteger();

    public CountingStore(RecordStore store) {
        this(store, null);
    }

    private CountingStore(RecordStore store, List<Appending> inbox) {
        this.store = store;
        this.inbox = inbox;
    }

    public static CountingStore withInbox(RecordStore store) {
        return new CountingStore(store, new ArrayList<>());
    }

    /** How many times the witnesses' cosignatures were read. */
    public int cosignatureReads() {
        return cosignatureReads.get();
    }

    /** How many times the size was read. */
    public int sizes() {
        return sizes.get();
    }

    @Override
    public long size() {
        sizes.incrementAndGet();
        return store.size();
    }

    @Override
    public long append(String kind, String objectId, byte[] entry, byte[] leafHash) {
        return store.append(kind, objectId, entry, leafHash);
    }

    @Override
    public long appendAll(List<Appending> entries) {
        return store.appendAll(entries);
    }

    @Override
    public synchronized void enqueue(String kind, String objectId, byte[] entry, byte[] leafHash) {
        if (inbox == null) store.enqueue(kind, objectId, entry, leafHash);
        else inbox.add(new Appending(kind, objectId, entry, leafHash));
    }

    @Override
    public synchronized void enqueueAll(List<Appending> entries) {
        if (inbox == null) store.enqueueAll(entries);
        else inbox.addAll(entries);
    }

    @Override
    public synchronized int sequence(int max) {
        if (inbox == null) return store.sequence(max);
        List<Appending> batch = new ArrayList<>(inbox.subList(0, Math.min(max, inbox.size())));
        if (!batch.isEmpty()) store.appendAll(batch);
        inbox.subList(0, batch.size()).clear();
        return batch.size();
    }

    @Override
    public LeafHashes leafHashes() {
        return store.leafHashes();
    }

    @Override
    public Optional<byte[]> entry(long index) {
        return store.entry(index);
    }

    @Override
    public List<byte[]> entries(long from, int count) {
        return store.entries(from, count);
    }

    @Override
    public OptionalLong latest(String kind, String objectId) {
        return store.latest(kind, objectId);
    }

    @Override
    public Optional<Checkpoint> lastSigned() {
        return store.lastSigned();
    }

    @Override
    public boolean signed(Checkpoint checkpoint, String note) {
        return store.signed(checkpoint, note);
    }

    @Override
    public void cosigned(String checkpointText, List<SignedNote.Line> lines) {
        store.cosigned(checkpointText, lines);
    }

    @Override
    public List<SignedNote.Line> cosignatures(String checkpointText) {
        cosignatureReads.incrementAndGet();
        return store.cosignatures(checkpointText);
    }
}
