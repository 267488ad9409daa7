package org.atazan.record;

import java.util.Optional;

/** Where the log's entries are kept (PostgreSQL in the platform). Appending happens in the caller's unit of work. */
public interface RecordStore {

    /** Appends an entry with its leaf hash; returns its index (0-based), the next after every earlier one. */
    long append(String kind, String objectId, byte[] entry, byte[] leafHash);

    long size();

    LeafHashes leafHashes();

    Optional<byte[]> entry(long index);

    /** The last checkpoint signed, if any. */
    Optional<Checkpoint> lastSigned();

    void signed(Checkpoint checkpoint, String note);
}
