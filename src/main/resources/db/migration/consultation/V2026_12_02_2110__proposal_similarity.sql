-- The proposals of one consultation nearest to a text being written, nearest first, from an index: a
-- GiST index on (consultation, wording trigrams) answers WHERE consultation_id = c ORDER BY wording <-> t
-- LIMIT n by walking the index (k-nearest neighbours), never by scoring every proposal. btree_gist lets
-- the consultation's id (plain equality) share the GiST index with the trigrams; pg_trgm is created by
-- the platform's first migration. Both are trusted extensions: a database owner may create them.
CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE INDEX consultation_proposal_wording_trgm ON consultation_proposal
    USING gist (consultation_id, wording gist_trgm_ops);
