-- Near-duplicate groups of a consultation's proposals (issue 12). The machine's groups as last found,
-- the groups shown (with every person's decision applied again), and the decisions themselves, which
-- are kept for good so that a re-run on new proposals keeps what people confirmed, split or merged.
CREATE TABLE systematization_duplicate_run (
    consultation_id text PRIMARY KEY,
    proposals       integer          NOT NULL,
    groups          integer          NOT NULL,
    shingle         integer          NOT NULL,
    hashes          integer          NOT NULL,
    bands           integer          NOT NULL,
    threshold       double precision NOT NULL,
    at              timestamptz      NOT NULL
);

CREATE TABLE systematization_duplicate_found (
    consultation_id text    NOT NULL,
    reference       text    NOT NULL,
    found_group     integer NOT NULL,
    position        integer NOT NULL,
    PRIMARY KEY (consultation_id, reference)
);

-- The groups shown: ranked largest first; members in reference order, the representative first.
CREATE TABLE systematization_duplicate_group (
    consultation_id text    NOT NULL,
    representative  text    NOT NULL,
    rank            integer NOT NULL,
    size            integer NOT NULL,
    PRIMARY KEY (consultation_id, representative)
);
CREATE INDEX systematization_duplicate_group_rank ON systematization_duplicate_group (consultation_id, rank);

CREATE TABLE systematization_duplicate_member (
    consultation_id text    NOT NULL,
    reference       text    NOT NULL,
    representative  text    NOT NULL,
    position        integer NOT NULL,
    confirmed       boolean NOT NULL,
    PRIMARY KEY (consultation_id, reference)
);
CREATE INDEX systematization_duplicate_member_group ON systematization_duplicate_member (consultation_id, representative, position);

-- Who decided what, and why (a merge's public reason); the account is never shown on public pages.
CREATE TABLE systematization_duplicate_decision (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    consultation_id text        NOT NULL,
    kind            text        NOT NULL CHECK (kind IN ('confirm', 'split', 'merge')),
    together        text[]      NOT NULL,
    apart           text[]      NOT NULL,
    reason          text        NOT NULL,
    by_account      text        NOT NULL,
    at              timestamptz NOT NULL
);
CREATE INDEX systematization_duplicate_decision_of ON systematization_duplicate_decision (consultation_id, id);
