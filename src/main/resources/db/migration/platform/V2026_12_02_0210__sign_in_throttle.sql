-- Failed sign-ins counted per account name and per client address, so that guessing passwords is
-- slowed on every node and across restarts. A row is forgotten some time after its last failure.
CREATE TABLE platform_sign_in_throttle (
    kind            text        NOT NULL CHECK (kind IN ('account', 'address')),
    key             text        NOT NULL CHECK (length(key) BETWEEN 1 AND 128),
    failures        integer     NOT NULL CHECK (failures >= 1),
    last_failure_at timestamptz NOT NULL,
    locked_until    timestamptz,
    PRIMARY KEY (kind, key)
);
CREATE INDEX platform_sign_in_throttle_by_age ON platform_sign_in_throttle (last_failure_at);
