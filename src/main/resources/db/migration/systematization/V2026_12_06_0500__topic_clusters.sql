-- Topical clusters of a consultation's proposals per article and language, the names people gave them,
-- and which they kept (a kept cluster's members stay where a person put them at every re-run).
CREATE SEQUENCE systematization_topic_id;

CREATE TABLE systematization_topic_run (
    consultation_id text PRIMARY KEY,
    proposals       integer NOT NULL,
    clusters        integer NOT NULL,
    millis          bigint NOT NULL,
    at              timestamptz NOT NULL
);

CREATE TABLE systematization_topic (
    consultation_id text NOT NULL,
    id              bigint NOT NULL,
    article         text,
    name            text,
    kept            boolean NOT NULL,
    size            integer NOT NULL,
    PRIMARY KEY (consultation_id, id)
);
CREATE INDEX systematization_topic_article ON systematization_topic (consultation_id, article, size DESC);

-- Per language: its members' count, telling terms and two representatives (as year * 10^9 + sequence).
CREATE TABLE systematization_topic_description (
    consultation_id text NOT NULL,
    topic           bigint NOT NULL,
    language        text NOT NULL,
    position        integer NOT NULL,
    size            integer NOT NULL,
    terms           text[] NOT NULL,
    representatives bigint[] NOT NULL,
    PRIMARY KEY (consultation_id, topic, language),
    FOREIGN KEY (consultation_id, topic) REFERENCES systematization_topic ON DELETE CASCADE
);

CREATE TABLE systematization_topic_member (
    consultation_id text NOT NULL,
    year            integer NOT NULL,
    seq             bigint NOT NULL,
    topic           bigint NOT NULL,
    PRIMARY KEY (consultation_id, year, seq)
);
CREATE INDEX systematization_topic_member_topic ON systematization_topic_member (consultation_id, topic, year, seq);
