-- Charters and their versions. A version's text is kept whole as Akoma Ntoso 3.0 XML (the standard
-- for legal text, and the form our exports take); its articles are also kept one per row for
-- addressing and full-text search.
CREATE TABLE charter (
    id         text PRIMARY KEY,
    title      text NOT NULL,
    country    text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE charter_version (
    charter_id      text NOT NULL REFERENCES charter (id),
    id              text NOT NULL,
    expression_date date NOT NULL,
    language        text NOT NULL,
    status          text NOT NULL CHECK (status IN ('DRAFT', 'ADOPTED', 'IN_FORCE', 'SUPERSEDED')),
    title           text NOT NULL,
    source          text NOT NULL,
    article_count   integer NOT NULL,
    ts_config       regconfig NOT NULL,
    akn             text NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (charter_id, id)
);

CREATE TABLE charter_article (
    charter_id text    NOT NULL,
    version_id text    NOT NULL,
    position   integer NOT NULL,
    number     text    NOT NULL,
    heading    text    NOT NULL,
    division   text    NOT NULL,
    repealed   boolean NOT NULL,
    plain_text text    NOT NULL,
    search     tsvector NOT NULL,
    PRIMARY KEY (charter_id, version_id, position),
    UNIQUE (charter_id, version_id, number),
    FOREIGN KEY (charter_id, version_id) REFERENCES charter_version (charter_id, id) ON DELETE CASCADE
);

CREATE INDEX charter_article_search ON charter_article USING gin (search);
CREATE INDEX charter_article_trgm ON charter_article USING gin (plain_text gin_trgm_ops);
