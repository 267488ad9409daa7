-- Reactions to proposals (agree, disagree, pass): one per participant and proposal, the latest counts.
-- A participant is a citizen's account, or for reactions imported from elsewhere (a Pol.is
-- conversation) a name prefixed 'imported:' that is no account. Never shown on a public page: pages
-- and the API show counts, and the opinion map places participants without naming them.
CREATE TABLE consultation_reaction (
    proposal_id bigint      NOT NULL REFERENCES consultation_proposal (id),
    participant text        NOT NULL,
    reaction    smallint    NOT NULL CHECK (reaction IN (-1, 0, 1)),
    at          timestamptz NOT NULL,
    PRIMARY KEY (proposal_id, participant)
);
CREATE INDEX consultation_reaction_participant ON consultation_reaction (participant);
