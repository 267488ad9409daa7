-- A referendum puts one or more yes/no questions; protocols answer them by id, in this order.
-- Votes stored before this migration had one question, worded as their title.
ALTER TABLE voting_event ADD COLUMN question_ids   text[];
ALTER TABLE voting_event ADD COLUMN question_texts text[];
UPDATE voting_event SET question_ids = ARRAY['1'], question_texts = ARRAY[title];
ALTER TABLE voting_event ALTER COLUMN question_ids SET NOT NULL;
ALTER TABLE voting_event ALTER COLUMN question_texts SET NOT NULL;
ALTER TABLE voting_event ADD CONSTRAINT voting_event_questions
    CHECK (cardinality(question_ids) >= 1 AND cardinality(question_ids) = cardinality(question_texts));
