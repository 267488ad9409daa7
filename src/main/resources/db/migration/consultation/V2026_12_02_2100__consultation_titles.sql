-- A consultation's title per language (kk, ru, en), where given: each page shows the reader's.
ALTER TABLE consultation ADD COLUMN titles jsonb NOT NULL DEFAULT '{}'::jsonb;
