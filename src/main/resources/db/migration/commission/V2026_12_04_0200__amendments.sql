-- Draft amendments of a body to a charter version, numbered per body (A-1, A-2, …), each citing the
-- proposals it answers; once put to the vote, the poll of the meeting that decides it.
CREATE TABLE commission_amendment (
    body_id         text NOT NULL REFERENCES commission_body (id),
    number          text NOT NULL,
    seq             int NOT NULL,
    charter_id      text NOT NULL,
    version_id      text NOT NULL,
    action          text NOT NULL,
    article         text NOT NULL,
    after_article   text,
    to_number       text,
    heading         text,
    wording         text,
    consultation_id text,
    proposals       text[] NOT NULL DEFAULT '{}',
    created_by      text NOT NULL,
    created_at      timestamptz NOT NULL,
    meeting_id      text,
    poll_id         text,
    PRIMARY KEY (body_id, number),
    UNIQUE (body_id, seq),
    UNIQUE (meeting_id, poll_id),
    FOREIGN KEY (meeting_id, poll_id) REFERENCES commission_poll (meeting_id, poll_id)
);
CREATE INDEX commission_amendment_version ON commission_amendment (charter_id, version_id, article);
CREATE INDEX commission_amendment_proposals ON commission_amendment USING gin (proposals);

-- A draft version of a charter consolidated from a body's adopted amendments, and which amendments made it.
CREATE TABLE commission_draft (
    charter_id      text NOT NULL,
    version_id      text NOT NULL,
    body_id         text NOT NULL REFERENCES commission_body (id),
    base_version    text NOT NULL,
    created_by      text NOT NULL,
    created_at      timestamptz NOT NULL,
    PRIMARY KEY (charter_id, version_id)
);

CREATE TABLE commission_draft_amendment (
    charter_id  text NOT NULL,
    version_id  text NOT NULL,
    body_id     text NOT NULL,
    number      text NOT NULL,
    PRIMARY KEY (charter_id, version_id, body_id, number),
    FOREIGN KEY (charter_id, version_id) REFERENCES commission_draft (charter_id, version_id),
    FOREIGN KEY (body_id, number) REFERENCES commission_amendment (body_id, number)
);
CREATE INDEX commission_draft_amendment_number ON commission_draft_amendment (body_id, number);
