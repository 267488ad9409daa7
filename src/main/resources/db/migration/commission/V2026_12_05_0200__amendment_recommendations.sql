-- The secretariat's change recommendation to an amendment's wording, made before the vote (the original
-- stays as drafted); which wording was put to the vote; the place of competing amendments to one article in
-- the voting order the body set; and whether the amendment answers the proposals it cites only in part.
ALTER TABLE commission_amendment
    ADD COLUMN recommendation        text,
    ADD COLUMN recommendation_reason text,
    ADD COLUMN recommended_by        text,
    ADD COLUMN recommended_at        timestamptz,
    ADD COLUMN voted_wording         text CHECK (voted_wording IN ('ORIGINAL', 'RECOMMENDED')),
    ADD COLUMN vote_order            int,
    ADD COLUMN answers_in_part       boolean NOT NULL DEFAULT false;
