package org.atazan.record;

import java.security.PrivateKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * The public record's use cases: append a decision's entry, sign a checkpoint of the log as it is,
 * and prove inclusion and consistency. A checkpoint is signed only if the last one signed is a
 * prefix of the tree (checked by a consistency proof), so the platform never signs two histories.
 *
 * <p>The checkpoint is kept, signed, for a short window ({@code fresh}): a request within it is answered
 * from memory, without a database connection (under load every connection is a writer's, and a request
 * waited seconds behind them). The sequencer signs each new checkpoint as soon as its batch is committed
 * ({@link #signSequenced}), so this node's decisions are in the checkpoint at once; a growth made by another
 * node over the same database is seen once the window has passed.
 */
public final class PublicRecord {
    private final RecordStore store;
    private final String origin;
    private final List<Signer> signers;
    private final NoteKey verifier;
    private final List<NoteKey> keys;
    private final TreeLevels levels = new TreeLevels();
    /** How long a checkpoint signed, or confirmed as current, is served without asking the store (0: never). */
    private final long freshNanos;
    private final LongSupplier nanoTime;

    /** A key that signs checkpoints: the current one, or an earlier one still co-signing after a rotation. */
    public record Signer(PrivateKey key, NoteKey verifier) {
    }

    /** A log whose every checkpoint request asks the store for its size (tests, the command line). */
    public PublicRecord(RecordStore store, String origin, PrivateKey key, NoteKey verifier) {
        this(store, origin, List.of(new Signer(key, verifier)), List.of());
    }

    /**
     * A log whose key was rotated: {@code signers} first the current key, then earlier keys that still
     * co-sign (so that a verifier holding only an earlier key can follow until it learns the new one);
     * {@code retired} the earlier keys that sign no more (a compromised one among them), still published
     * so that the checkpoints they signed stay verifiable.
     */
    public PublicRecord(RecordStore store, String origin, List<Signer> signers, List<NoteKey> retired) {
        this(store, origin, signers, retired, Duration.ZERO);
    }

    /** As above, the checkpoint served from memory for {@code fresh} after it was signed or confirmed as current. */
    public PublicRecord(RecordStore store, String origin, List<Signer> signers, List<NoteKey> retired, Duration fresh) {
        this(store, origin, signers, retired, fresh, System::nanoTime);
    }

    /** With the time source of the tests. */
    PublicRecord(RecordStore store, String origin, List<Signer> signers, List<NoteKey> retired, Duration fresh, LongSupplier nanoTime) {
        if (fresh.isNegative()) throw new IllegalArgumentException("a checkpoint is fresh for no time or more, not " + fresh);
        if (signers.isEmpty()) throw new IllegalArgumentException("a log has a signing key");
        for (Signer s : signers) {
            if (!s.verifier().name().equals(origin)) throw new IllegalArgumentException("a key of log '" + s.verifier().name() + "', not '" + origin + "'");
        }
        this.store = store;
        this.origin = origin;
        this.signers = List.copyOf(signers);
        this.verifier = signers.get(0).verifier();
        List<NoteKey> all = new ArrayList<>();
        for (Signer s : signers) all.add(s.verifier());
        for (NoteKey k : retired) if (!all.contains(k)) all.add(k);
        this.keys = List.copyOf(all);
        this.freshNanos = fresh.toNanos();
        this.nanoTime = nanoTime;
    }

    /** Witnesses' cosignature lines of one checkpoint text, served with it while it is the latest. */
    private record Witnessed(String text, List<SignedNote.Line> lines) {
    }

    /** The cosignatures of the latest checkpoint served, read from the store once per checkpoint. */
    private Witnessed witnessed;
    /** The last note this instance signed and the size it is of: a request while the log has not grown signs nothing. */
    private SignedNote signed;
    private long signedSize = -1;

    /** The note served (with its cosignatures) and when it was signed or last confirmed as current. */
    private record Served(SignedNote note, long confirmedAt) {
    }

    /** Read without the lock: a fresh request takes neither the lock nor a connection. */
    private volatile Served served;
    /** A batch moved by {@link #sequence} and not yet signed by {@link #signSequenced}: the store is asked until it is. */
    private volatile boolean sequenced;

    /**
     * Keeps witnesses' cosignatures of a checkpoint (verified by the caller against the witnesses' keys),
     * in the store: they are served with the checkpoint as long as the log has not grown past it, after
     * a restart too, and by every node. A newer line of the same witness replaces its older one.
     */
    public synchronized void addCosignatures(String checkpointText, List<SignedNote.Line> lines) {
        store.cosigned(checkpointText, lines);
        witnessed = null;
        served = null; // the next request serves them
    }

    /** Every key of the log, the current one first, then earlier ones (co-signing or retired). */
    public List<NoteKey> keys() {
        return keys;
    }

    /** Whether a key still signs new checkpoints. */
    public boolean signs(NoteKey k) {
        return signers.stream().anyMatch(s -> s.verifier().equals(k));
    }

    /** Appends one entry (canonical JSON bytes of a decision); its index. */
    public long append(String kind, String objectId, byte[] entry) {
        checkLength(entry);
        served = null; // the log grows: the next request asks the store
        return store.append(kind, objectId, entry, Merkle.leafHash(entry));
    }

    /**
     * Keeps a decision's entry for the log, to be appended by {@link #sequence} in a batch with others:
     * the caller's transaction takes no lock. The entry has no index, and is not public, until then.
     */
    public void enqueue(String kind, String objectId, byte[] entry) {
        checkLength(entry);
        store.enqueue(kind, objectId, entry, Merkle.leafHash(entry));
    }

    /** {@link #enqueue} of several decisions, in order, in one batch. */
    public void enqueueAll(List<Decision> decisions) {
        List<RecordStore.Appending> all = new ArrayList<>(decisions.size());
        for (Decision d : decisions) {
            checkLength(d.entry());
            all.add(new RecordStore.Appending(d.kind(), d.objectId(), d.entry(), Merkle.leafHash(d.entry())));
        }
        store.enqueueAll(all);
    }

    /**
     * Appends up to {@code max} enqueued entries in one batch (run in one unit of work); how many. Until
     * {@link #signSequenced} is called after the unit of work, every checkpoint request asks the store.
     */
    public int sequence(int max) {
        int moved = store.sequence(max);
        if (moved > 0) sequenced = true;
        return moved;
    }

    /**
     * Called by the sequencer after its units of work (committed or not): when {@link #sequence} moved entries
     * since the last call, signs the checkpoint of the log as it is now and keeps it for the requests, so that
     * the entries are in a signed checkpoint at once; otherwise does nothing (no connection taken).
     */
    /** Whether {@link #sequence} moved entries that no checkpoint signed since holds. */
    public boolean unsigned() {
        return sequenced;
    }

    public void signSequenced() {
        if (!sequenced) return;
        synchronized (this) {
            served = null; // not the note of before while this one is signed: requests wait for it
            sequenced = false; // before the store is read: a batch moved after this is signed by the next call
            current();
        }
    }

    /** A decision's entry: its kind, the object it concerns, its canonical JSON bytes. */
    public record Decision(String kind, String objectId, byte[] entry) {
    }

    /** Appends several entries at once, in order (one lock, one batch); the index of the first. */
    public long appendAll(List<Decision> decisions) {
        List<RecordStore.Appending> all = new ArrayList<>(decisions.size());
        for (Decision d : decisions) {
            checkLength(d.entry());
            all.add(new RecordStore.Appending(d.kind(), d.objectId(), d.entry(), Merkle.leafHash(d.entry())));
        }
        served = null;
        return store.appendAll(all);
    }

    private static void checkLength(byte[] entry) {
        if (entry.length > Tiles.MAX_ENTRY_BYTES) {
            throw new IllegalArgumentException("an entry has at most 65,535 bytes (the length prefix of a bundle), not " + entry.length);
        }
    }

    /** One entry's canonical JSON bytes, if the log has it. */
    public Optional<byte[]> entry(long index) {
        return index < 0 ? Optional.empty() : store.entry(index);
    }

    /** Entries from {@code from}, at most {@code count}, in order (for the public page's latest entries). */
    public List<byte[]> entries(long from, int count) {
        return store.entries(from, count);
    }

    /**
     * The latest entry of a kind about an object (e.g. {@code consultation.proposal-answered},
     * {@code kz-2026/P-2026-000001}), found by the content key the entry was appended under; empty
     * until the decision's entry is in the log.
     */
    public java.util.OptionalLong entryFor(String kind, String objectId) {
        return store.latest(kind, objectId);
    }

    /** The leaf hash of the latest entry of a kind about an object, in the log or queued for it (a correction points to it). */
    public Optional<byte[]> leafHashOf(String kind, String objectId) {
        return store.leafHashOf(kind, objectId);
    }

    public NoteKey verifier() {
        return verifier;
    }

    public String origin() {
        return origin;
    }

    /**
     * The current checkpoint as a signed note, with the witnesses' cosignatures of it, signing a new one when
     * the log grew. Within the window after it was signed or confirmed, served from memory (a checkpoint is
     * allowed to be cached for seconds); after it, the store's size is read again.
     */
    public SignedNote checkpoint() {
        Served s = fresh();
        if (s != null) return s.note();
        synchronized (this) {
            s = fresh(); // confirmed by the request this one waited for
            return s != null ? s.note() : current();
        }
    }

    private Served fresh() {
        Served s = served;
        return s != null && !sequenced && nanoTime.getAsLong() - s.confirmedAt() < freshNanos ? s : null;
    }

    /** The checkpoint of the log as the store has it now, kept as served. */
    private synchronized SignedNote current() {
        long asked = nanoTime.getAsLong(); // the window counts from before the store was read
        RecordStore.State state = store.state();
        long size = state.size();
        SignedNote note = size == signedSize && signed != null ? signed : signNew(size, state.lastSigned());
        if (witnessed == null || !witnessed.text().equals(note.text())) {
            witnessed = new Witnessed(note.text(), store.cosignatures(note.text()));
        }
        for (SignedNote.Line l : witnessed.lines()) note = note.with(l);
        served = new Served(note, asked);
        return note;
    }

    /** Signs the checkpoint of the log at {@code size}, kept for the requests until the log grows. */
    private SignedNote signNew(long size, Optional<Checkpoint> last) {
        MerkleTree tree = tree(size);
        Checkpoint now = new Checkpoint(origin, size, tree.root(size));
        if (last.isPresent()) {
            Checkpoint before = last.get();
            if (before.size() > size) throw new IllegalStateException("the log is shorter than its last checkpoint");
            if (before.size() > 0 && !Proofs.verifyConsistency(before.size(), size, before.rootHash(), now.rootHash(),
                    tree.consistencyProof(before.size(), size))) {
                throw new IllegalStateException("the log is not an extension of its last signed checkpoint: not signed");
            }
        }
        SignedNote note = SignedNote.sign(now.text(), verifier.name(), signers.get(0).key(), verifier);
        for (Signer co : signers.subList(1, signers.size())) {
            note = note.with(SignedNote.sign(now.text(), co.verifier().name(), co.key(), co.verifier()).signatures().get(0));
        }
        if ((last.isEmpty() || last.get().size() != size) && store.signed(now, note.serialized())) {
            witnessed = new Witnessed(note.text(), List.of()); // stored first: served to no witness yet, nothing to read
        }
        signed = note;
        signedSize = size;
        return note;
    }

    /** Entry, leaf, inclusion proof in the tree of {@code size}. */
    public record Inclusion(long index, long treeSize, byte[] entry, byte[] leafHash, List<byte[]> proof) {
    }

    public synchronized Inclusion inclusion(long index, long size) {
        if (size > store.size()) throw new IllegalArgumentException("the log has " + store.size() + " entries, not " + size);
        byte[] entry = store.entry(index).orElseThrow(() -> new IllegalArgumentException("no entry " + index));
        MerkleTree tree = tree(size);
        return new Inclusion(index, size, entry, Merkle.leafHash(entry), tree.inclusionProof(index, size));
    }

    public synchronized List<byte[]> consistency(long first, long second) {
        if (second > store.size()) throw new IllegalArgumentException("the log has " + store.size() + " entries, not " + second);
        return tree(second).consistencyProof(first, second);
    }

    /**
     * A tile or entry bundle of the log as it is (C2SP tlog-tiles), or empty when the log does not
     * have it yet: a full tile once its 256 hashes or entries exist, a partial one of width W once W do.
     */
    public Optional<byte[]> tile(Tiles.Tile tile) {
        long size = store.size();
        Tiles.Tile there = Tiles.tileAt(tile.level(), tile.index(), size);
        if (there == null || there.width() < tile.width()) return Optional.empty();
        if (tile.entries()) {
            List<byte[]> entries = store.entries(tile.index() * Tiles.WIDTH, tile.width());
            if (entries.size() != tile.width()) throw new IllegalStateException("the store has fewer entries than its size");
            return Optional.of(Tiles.bundle(entries));
        }
        if (tile.level() == 0) {
            LeafHashes leaves = store.leafHashes();
            List<byte[]> hashes = new ArrayList<>(tile.width());
            for (int i = 0; i < tile.width(); i++) hashes.add(leaves.at(tile.index() * Tiles.WIDTH + i));
            return Optional.of(Tiles.hashTile(hashes));
        }
        synchronized (this) {
            tree(size);
            return Optional.of(Tiles.hashTile(levels.tile(tile.level(), tile.index(), tile.width())));
        }
    }

    /** The tree of the first {@code size} leaves, its complete 256-leaf blocks hashed once and kept. */
    private synchronized MerkleTree tree(long size) {
        LeafHashes leaves = store.leafHashes();
        long blocks = size / Tiles.WIDTH;
        while (levels.count(1) < blocks) {
            long first = levels.count(1) * Tiles.WIDTH;
            List<byte[]> block = new ArrayList<>(Tiles.WIDTH);
            for (int i = 0; i < Tiles.WIDTH; i++) block.add(leaves.at(first + i));
            levels.addBlock(block);
        }
        return new MerkleTree(leaves, levels);
    }
}
