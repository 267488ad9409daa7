-- A referendum's result as an election official published it: the national totals and each
-- question's verdict at that moment, numbered from 1 per vote and never changed (a later correction
-- needs a new publication). The figures are kept as the JSON the API answered with.
CREATE TABLE voting_result_publication (
    event_id     text        NOT NULL REFERENCES voting_event (id),
    number       integer     NOT NULL CHECK (number >= 1),
    published_at timestamptz NOT NULL,
    published_by text        NOT NULL,
    totals       jsonb       NOT NULL,
    questions    jsonb       NOT NULL,
    PRIMARY KEY (event_id, number)
);
