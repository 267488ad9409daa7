package org.atazan.record;

import java.security.PrivateKey;
import java.util.List;

/**
 * The public record's use cases: append a decision's entry, sign a checkpoint of the log as it is,
 * and prove inclusion and consistency. A checkpoint is signed only if the last one signed is a
 * prefix of the tree (checked by a consistency proof), so the platform never signs two histories.
 */
public final class PublicRecord {
    private final RecordStore store;
    private final String origin;
    private final PrivateKey key;
    private final NoteKey verifier;

    public PublicRecord(RecordStore store, String origin, PrivateKey key, NoteKey verifier) {
        this.store = store;
        this.origin = origin;
        this.key = key;
        this.verifier = verifier;
    }

    /** Appends one entry (canonical JSON bytes of a decision); its index. */
    public long append(String kind, String objectId, byte[] entry) {
        return store.append(kind, objectId, entry, Merkle.leafHash(entry));
    }

    public NoteKey verifier() {
        return verifier;
    }

    public String origin() {
        return origin;
    }

    /** The current checkpoint as a signed note, signing a new one when the log grew. */
    public synchronized SignedNote checkpoint() {
        long size = store.size();
        MerkleTree tree = new MerkleTree(store.leafHashes());
        Checkpoint now = new Checkpoint(origin, size, tree.root(size));
        var last = store.lastSigned();
        if (last.isPresent()) {
            Checkpoint before = last.get();
            if (before.size() > size) throw new IllegalStateException("the log is shorter than its last checkpoint");
            if (before.size() > 0 && !Proofs.verifyConsistency(before.size(), size, before.rootHash(), now.rootHash(),
                    tree.consistencyProof(before.size(), size))) {
                throw new IllegalStateException("the log is not an extension of its last signed checkpoint: not signed");
            }
        }
        SignedNote note = SignedNote.sign(now.text(), verifier.name(), key, verifier);
        if (last.isEmpty() || last.get().size() != size) store.signed(now, note.serialized());
        return note;
    }

    /** Entry, leaf, inclusion proof in the tree of {@code size}. */
    public record Inclusion(long index, long treeSize, byte[] entry, byte[] leafHash, List<byte[]> proof) {
    }

    public Inclusion inclusion(long index, long size) {
        if (size > store.size()) throw new IllegalArgumentException("the log has " + store.size() + " entries, not " + size);
        byte[] entry = store.entry(index).orElseThrow(() -> new IllegalArgumentException("no entry " + index));
        MerkleTree tree = new MerkleTree(store.leafHashes());
        return new Inclusion(index, size, entry, Merkle.leafHash(entry), tree.inclusionProof(index, size));
    }

    public List<byte[]> consistency(long first, long second) {
        if (second > store.size()) throw new IllegalArgumentException("the log has " + store.size() + " entries, not " + second);
        return new MerkleTree(store.leafHashes()).consistencyProof(first, second);
    }
}
