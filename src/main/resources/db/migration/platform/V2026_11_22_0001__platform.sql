-- Accounts of the people who write: secretariat, commission, election officials.
-- Citizens read without an account. Passwords are stored only as a salted adaptive hash.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE platform_account (
    username      text PRIMARY KEY CHECK (username ~ '^[a-z0-9._-]{2,64}$'),
    password_hash text NOT NULL,
    roles         text NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now()
);

-- Which demo data sets were loaded, so that --demo never loads one twice.
CREATE TABLE platform_demo_load (
    name      text PRIMARY KEY,
    loaded_at timestamptz NOT NULL DEFAULT now()
);
