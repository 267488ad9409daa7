-- Citizens' accounts live beside the officials' ones (one sign-in, one throttle). Personal data
-- (e-mail, the identity provider's subject) stays in this module; other modules see only the account
-- name, its identity level, and the display name and region the citizen chose to show.
ALTER TABLE platform_account
    ADD COLUMN email              text CHECK (email IS NULL OR length(email) BETWEEN 3 AND 254),
    ADD COLUMN email_confirmed_at timestamptz,
    ADD COLUMN display_name       text CHECK (display_name IS NULL OR length(display_name) BETWEEN 1 AND 80),
    ADD COLUMN region             text CHECK (region IS NULL OR region ~ '^[A-Z]{2}(-[A-Z0-9]{1,3})?$'),
    ADD COLUMN language           text NOT NULL DEFAULT 'ru' CHECK (language IN ('kk', 'ru', 'en')),
    ADD COLUMN identity_issuer    text,
    ADD COLUMN identity_subject   text,
    ADD COLUMN verified_at        timestamptz;
CREATE UNIQUE INDEX platform_account_email ON platform_account (lower(email)) WHERE email IS NOT NULL;
CREATE UNIQUE INDEX platform_account_identity ON platform_account (identity_issuer, identity_subject)
    WHERE identity_subject IS NOT NULL;

-- A confirmation link's token is kept only as its SHA-256: a database dump confirms nobody.
CREATE TABLE platform_email_confirmation (
    token_sha256 text PRIMARY KEY,
    username     text NOT NULL REFERENCES platform_account (username) ON DELETE CASCADE,
    expires_at   timestamptz NOT NULL
);

-- What a person was told (a proposal's new status, ...), read after signing in.
CREATE TABLE platform_notification (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username   text NOT NULL REFERENCES platform_account (username) ON DELETE CASCADE,
    subject    text NOT NULL CHECK (length(subject) BETWEEN 1 AND 200),
    body       text NOT NULL CHECK (length(body) <= 4000),
    created_at timestamptz NOT NULL,
    read_at    timestamptz
);
CREATE INDEX platform_notification_by_account ON platform_notification (username, id DESC);
