-- Who did what, when, to which object (org.atazan.platform.AuditTrail). Append-only: no entry is ever
-- changed or removed by the application. Only account names, never passwords or other personal data.
CREATE TABLE platform_audit (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at          timestamptz NOT NULL,
    actor       text NOT NULL CHECK (length(actor) BETWEEN 1 AND 64),
    action      text NOT NULL CHECK (action ~ '^[a-z][a-z0-9._-]{0,63}$'),
    object_type text NOT NULL CHECK (object_type ~ '^[a-z][a-z0-9_-]{0,31}$'),
    object_id   text NOT NULL CHECK (length(object_id) BETWEEN 1 AND 200),
    summary     text NOT NULL DEFAULT '' CHECK (length(summary) <= 1000)
);
CREATE INDEX platform_audit_by_object ON platform_audit (object_type, object_id, id DESC);

CREATE FUNCTION platform_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'platform_audit is append-only';
END
$$;
CREATE TRIGGER platform_audit_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON platform_audit
    FOR EACH STATEMENT EXECUTE FUNCTION platform_audit_append_only();

-- Which objects an official may act on (org.atazan.platform.Assignments), given by an admin.
-- An account with the ADMIN role may act on every object and needs no rows here.
CREATE TABLE platform_assignment (
    username    text NOT NULL REFERENCES platform_account (username) ON DELETE CASCADE,
    object_type text NOT NULL CHECK (object_type ~ '^[a-z][a-z0-9_-]{0,31}$'),
    object_id   text NOT NULL CHECK (length(object_id) BETWEEN 1 AND 128),
    assigned_by text NOT NULL,
    assigned_at timestamptz NOT NULL,
    PRIMARY KEY (username, object_type, object_id)
);
CREATE INDEX platform_assignment_by_object ON platform_assignment (object_type, object_id);
