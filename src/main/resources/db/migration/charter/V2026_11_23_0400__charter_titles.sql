-- A charter's title in each language its readers use (the default title stays in charter.title).
CREATE TABLE charter_title (
    charter_id text NOT NULL REFERENCES charter (id) ON DELETE CASCADE,
    language   text NOT NULL CHECK (language ~ '^[a-z]{2,3}$'),
    title      text NOT NULL,
    PRIMARY KEY (charter_id, language)
);
