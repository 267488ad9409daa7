-- The topical clusters of a consultation's proposals (systematization's clusters per article) an amendment
-- answers, as cited: what the cluster was called and how many proposals it held then, so the amendment still
-- says what it answered after the cluster is renamed.
CREATE TABLE commission_amendment_cluster (
    body_id         text NOT NULL,
    number          text NOT NULL,
    position        int NOT NULL,
    consultation_id text NOT NULL,
    cluster_id      bigint NOT NULL,
    label           text NOT NULL,
    size            int NOT NULL,
    PRIMARY KEY (body_id, number, cluster_id),
    UNIQUE (body_id, number, position),
    FOREIGN KEY (body_id, number) REFERENCES commission_amendment (body_id, number)
);
CREATE INDEX commission_amendment_cluster_cited ON commission_amendment_cluster (consultation_id, cluster_id);

-- Once the amendment is adopted, each proposal it answered as a member of a cited cluster: a proposal's page
-- shows the articles it changed, whichever way it was cited.
CREATE TABLE commission_amendment_answered (
    body_id         text NOT NULL,
    number          text NOT NULL,
    consultation_id text NOT NULL,
    reference       text NOT NULL,
    cluster_id      bigint NOT NULL,
    PRIMARY KEY (body_id, number, reference),
    FOREIGN KEY (body_id, number) REFERENCES commission_amendment (body_id, number)
);
CREATE INDEX commission_amendment_answered_proposal ON commission_amendment_answered (consultation_id, reference);
