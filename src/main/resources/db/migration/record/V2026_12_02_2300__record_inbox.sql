-- Decisions waiting for their place in the log. Listeners insert here without the log's lock, so their
-- commits run side by side; one sequencer (RecordSequencer) moves rows into record_entry in batches, in
-- one transaction under the lock, and deletes them here. Not public: only record_entry is served.
CREATE TABLE record_inbox (
    id          bigserial PRIMARY KEY,
    leaf_hash   bytea NOT NULL CHECK (length(leaf_hash) = 32),
    entry       bytea NOT NULL CHECK (length(entry) <= 65536),
    kind        text NOT NULL,
    object_id   text NOT NULL,
    received_at timestamptz NOT NULL
);
