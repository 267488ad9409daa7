-- The account that created a vote through the API (null for the demo data): it may act on that vote
-- as if the admin had assigned it (org.atazan.platform.Assignments has no way for a module to assign).
ALTER TABLE voting_event ADD COLUMN created_by text;
