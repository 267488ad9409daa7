-- A report is abuse (anything against the moderation policy) or a false attribution (a person named as
-- author who did not write it). One of each per account and proposal: a second is not counted again.
ALTER TABLE consultation_report ADD COLUMN kind text NOT NULL DEFAULT 'abuse' CHECK (kind IN ('abuse', 'false-attribution'));
CREATE UNIQUE INDEX consultation_report_once ON consultation_report (proposal_id, reporter, kind) WHERE reporter IS NOT NULL;

-- The author was told that the proposal reached a status: a listener delivered twice tells once.
CREATE TABLE consultation_notice (
    consultation_id text NOT NULL,
    reference       text NOT NULL,
    status          text NOT NULL,
    PRIMARY KEY (consultation_id, reference, status)
);
