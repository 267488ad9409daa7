-- The proposals nearest to a text being written, from an index: a GIN trigram index finds the proposals
-- that share enough of the text's trigrams (the % operator at a similarity threshold), and only those
-- are ranked. A GiST index walked nearest-first was measured first: 90 ms a lookup at 100,000 proposals
-- built from a few templates, against 2 to 15 ms here (docs/performance.md). pg_trgm is created by the
-- platform's first migration.
CREATE INDEX consultation_proposal_wording_trgm ON consultation_proposal USING gin (wording gin_trgm_ops);
