-- What the minutes are written from beyond the meeting's state: who took the floor on which item, and
-- on which item each poll was taken. The meeting row keeps only the list still waiting to speak.
CREATE TABLE commission_speech (
    meeting_id  text NOT NULL REFERENCES commission_meeting (id),
    seq         int NOT NULL,
    item        int NOT NULL,
    member      text NOT NULL,
    PRIMARY KEY (meeting_id, seq)
);

ALTER TABLE commission_poll ADD COLUMN item int NOT NULL DEFAULT -1;

-- A meeting's minutes: drafted from the record of the meeting once it is closed, public only once the
-- body approved them, by a poll of a later meeting (approving_meeting, approving_poll) or by an act.
-- The digest is the SHA-256 of the minutes' canonical text as approved.
CREATE TABLE commission_minutes (
    meeting_id          text PRIMARY KEY REFERENCES commission_meeting (id),
    approved_at         timestamptz NOT NULL,
    approved_by         text NOT NULL,
    approving_meeting   text,
    approving_poll      text,
    act                 text,
    digest              text NOT NULL,
    CHECK ((approving_poll IS NULL) <> (act IS NULL))
);

-- A body's name in each page language (the name itself is the fallback), so a kk or ru page shows no English.
CREATE TABLE commission_body_title (
    body_id     text NOT NULL REFERENCES commission_body (id),
    language    text NOT NULL,
    title       text NOT NULL,
    PRIMARY KEY (body_id, language)
);
