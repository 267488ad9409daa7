-- Consultations on a charter version, and citizens' proposals with their public history.
CREATE TABLE consultation (
    id            text        PRIMARY KEY CHECK (id ~ '^[a-z0-9][a-z0-9._-]{0,63}$'),
    title         text        NOT NULL,
    charter_id    text        NOT NULL,
    version_id    text        NOT NULL,
    deadline_days integer     NOT NULL CHECK (deadline_days BETWEEN 1 AND 365),
    opened_on     date        NOT NULL,
    calendar      text        NOT NULL
);

-- The last reference sequence of a consultation's year. A submission takes the row lock with
-- INSERT ... ON CONFLICT DO UPDATE ... RETURNING and holds it to commit, so numbers have no gaps
-- (a rolled-back submission rolls its number back) and no duplicates.
CREATE TABLE consultation_counter (
    consultation_id text    NOT NULL REFERENCES consultation (id),
    year            integer NOT NULL,
    last            bigint  NOT NULL,
    PRIMARY KEY (consultation_id, year)
);

CREATE TABLE consultation_proposal (
    id              bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    consultation_id text        NOT NULL REFERENCES consultation (id),
    year            integer     NOT NULL,
    seq             bigint      NOT NULL,
    article         text,                       -- NULL: the whole text
    kind            text        NOT NULL,
    wording         text        NOT NULL,
    reasons         text        NOT NULL,
    language        text        NOT NULL,
    channel         text        NOT NULL,
    external_id     text,
    author          text,                       -- account; NULL when imported or anonymised
    display_name    text        NOT NULL DEFAULT '',
    region          text        NOT NULL DEFAULT '',
    name_hidden     boolean     NOT NULL DEFAULT false,
    idempotency_key text,
    status          text        NOT NULL,
    outcome         text,
    merged_into     text,
    answer          text        NOT NULL DEFAULT '',
    received_at     timestamptz NOT NULL,
    registered_on   date,
    due_on          date,
    hidden_reason   text,
    supports        integer     NOT NULL DEFAULT 0,
    assignee        text,
    UNIQUE (consultation_id, year, seq),
    UNIQUE (consultation_id, channel, external_id),
    UNIQUE (author, idempotency_key)
);

-- Every list is keyset-paged on id (newest or oldest first) within one consultation; each filter
-- has an index that leads with it, so a page reads at most a page of index entries plus those the
-- other filters skip.
CREATE INDEX consultation_proposal_list ON consultation_proposal (consultation_id, id);
CREATE INDEX consultation_proposal_article ON consultation_proposal (consultation_id, article, id);
CREATE INDEX consultation_proposal_status ON consultation_proposal (consultation_id, status, id);
CREATE INDEX consultation_proposal_region ON consultation_proposal (consultation_id, region, id);
CREATE INDEX consultation_proposal_language ON consultation_proposal (consultation_id, language, id);
CREATE INDEX consultation_proposal_channel ON consultation_proposal (consultation_id, channel, id);
CREATE INDEX consultation_proposal_assignee ON consultation_proposal (consultation_id, assignee, id) WHERE assignee IS NOT NULL;
CREATE INDEX consultation_proposal_open_due ON consultation_proposal (consultation_id, due_on, id) WHERE status <> 'answered';
CREATE INDEX consultation_proposal_author ON consultation_proposal (author, id) WHERE author IS NOT NULL;

CREATE TABLE consultation_status_change (
    proposal_id bigint      NOT NULL REFERENCES consultation_proposal (id),
    position    integer     NOT NULL,
    status      text        NOT NULL,
    outcome     text,
    merged_into text,
    reason      text        NOT NULL,
    at          timestamptz NOT NULL,
    by_account  text,
    PRIMARY KEY (proposal_id, position)
);

-- One support per account and proposal: the primary key refuses the second, even at the same moment.
CREATE TABLE consultation_support (
    proposal_id bigint      NOT NULL REFERENCES consultation_proposal (id),
    account     text        NOT NULL,
    at          timestamptz NOT NULL,
    PRIMARY KEY (proposal_id, account)
);
CREATE INDEX consultation_support_account ON consultation_support (account);

-- Internal notes of the secretariat: never public.
CREATE TABLE consultation_note (
    id          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    proposal_id bigint      NOT NULL REFERENCES consultation_proposal (id),
    author      text        NOT NULL,
    text        text        NOT NULL,
    at          timestamptz NOT NULL
);
CREATE INDEX consultation_note_proposal ON consultation_note (proposal_id, id);

-- Reports to moderation (abuse, false attribution).
CREATE TABLE consultation_report (
    id          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    proposal_id bigint      NOT NULL REFERENCES consultation_proposal (id),
    reporter    text,
    reason      text        NOT NULL,
    at          timestamptz NOT NULL
);
CREATE INDEX consultation_report_proposal ON consultation_report (proposal_id);
