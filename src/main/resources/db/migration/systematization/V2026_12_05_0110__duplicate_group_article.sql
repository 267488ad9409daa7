-- The article a group is about (its representative's; NULL for the whole text), so that the secretariat
-- can review the groups of one article at a time.
ALTER TABLE systematization_duplicate_found ADD COLUMN article text;
ALTER TABLE systematization_duplicate_group ADD COLUMN article text;
CREATE INDEX systematization_duplicate_group_article ON systematization_duplicate_group (consultation_id, article, rank);
