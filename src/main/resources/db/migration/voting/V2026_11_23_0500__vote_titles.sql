-- A vote's title in each language its readers use (the title it was created with stays the fallback).
CREATE TABLE voting_event_title (
    event_id text NOT NULL REFERENCES voting_event (id) ON DELETE CASCADE,
    language text NOT NULL CHECK (language ~ '^[a-z]{2,3}$'),
    title    text NOT NULL,
    PRIMARY KEY (event_id, language)
);
