-- The public record: an append-only log of public decisions (entries are canonical JSON, RFC 8785),
-- their RFC 9162 leaf hashes, and every checkpoint the platform signed.
CREATE TABLE record_entry (
    seq         bigint PRIMARY KEY CHECK (seq >= 0),
    leaf_hash   bytea NOT NULL CHECK (length(leaf_hash) = 32),
    entry       bytea NOT NULL CHECK (length(entry) <= 65536),
    kind        text NOT NULL,
    object_id   text NOT NULL,
    appended_at timestamptz NOT NULL
);
CREATE INDEX record_entry_object ON record_entry (kind, object_id);

CREATE TABLE record_checkpoint (
    size      bigint PRIMARY KEY,
    root_hash bytea NOT NULL CHECK (length(root_hash) = 32),
    note      text NOT NULL,
    signed_at timestamptz NOT NULL
);

CREATE FUNCTION record_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the public record is append-only';
END
$$;
CREATE TRIGGER record_entry_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON record_entry
    FOR EACH STATEMENT EXECUTE FUNCTION record_append_only();
