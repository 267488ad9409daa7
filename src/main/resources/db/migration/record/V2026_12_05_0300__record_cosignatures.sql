-- Witnesses' cosignatures of a checkpoint (C2SP tlog-cosignature), kept so that they are served after a
-- restart and by every node; one line per witness key and checkpoint text, the newest kept.
CREATE TABLE record_cosignature (
    checkpoint  text NOT NULL,
    key_name    text NOT NULL,
    key_hash    integer NOT NULL,
    signature   bytea NOT NULL CHECK (length(signature) <= 1024),
    received_at timestamptz NOT NULL,
    PRIMARY KEY (checkpoint, key_name, key_hash)
);
