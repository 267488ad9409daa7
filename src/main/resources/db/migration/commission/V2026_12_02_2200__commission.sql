-- Commission: bodies with their rules and members, meetings, attendance, polls and votes.

CREATE TABLE commission_body (
    id              text PRIMARY KEY,
    kind            text NOT NULL,
    name            text NOT NULL,
    quorum_num      int NOT NULL,
    quorum_den      int NOT NULL,
    quorum_strict   boolean NOT NULL,
    secret_polls    boolean NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now()
);

-- The majority each kind of decision needs, as the body's rules say.
CREATE TABLE commission_majority (
    body_id             text NOT NULL REFERENCES commission_body (id),
    decision            text NOT NULL,
    base                text NOT NULL,
    share_num           int NOT NULL,
    share_den           int NOT NULL,
    share_strict        boolean NOT NULL,
    abstentions_count   boolean NOT NULL,
    PRIMARY KEY (body_id, decision)
);

CREATE TABLE commission_membership (
    body_id     text NOT NULL REFERENCES commission_body (id),
    position    int NOT NULL,
    account     text NOT NULL,
    public_name text NOT NULL,
    role        text NOT NULL,
    from_day    date NOT NULL,
    to_day      date,
    PRIMARY KEY (body_id, position)
);
CREATE INDEX commission_membership_account ON commission_membership (account);

CREATE TABLE commission_meeting (
    id            text PRIMARY KEY,
    body_id       text NOT NULL REFERENCES commission_body (id),
    day           date NOT NULL,
    place         text NOT NULL,
    state         text NOT NULL,
    current_item  int NOT NULL DEFAULT -1,
    speakers      text[] NOT NULL DEFAULT '{}'
);
CREATE INDEX commission_meeting_body ON commission_meeting (body_id, day);

CREATE TABLE commission_agenda_item (
    meeting_id  text NOT NULL REFERENCES commission_meeting (id),
    position    int NOT NULL,
    title       text NOT NULL,
    reference   text,
    PRIMARY KEY (meeting_id, position)
);

CREATE TABLE commission_attendance (
    meeting_id  text NOT NULL REFERENCES commission_meeting (id),
    member      text NOT NULL,
    PRIMARY KEY (meeting_id, member)
);

-- A poll's counts: for named and secret polls kept as votes arrive, for analog ones as entered. The
-- result's figures are stored as applied at closing, so a later change of the rules does not rewrite them.
CREATE TABLE commission_poll (
    meeting_id          text NOT NULL REFERENCES commission_meeting (id),
    poll_id             text NOT NULL,
    position            int NOT NULL,
    kind                text NOT NULL,
    decision            text NOT NULL,
    for_votes           int NOT NULL DEFAULT 0,
    against             int NOT NULL DEFAULT 0,
    abstain             int NOT NULL DEFAULT 0,
    closed              boolean NOT NULL DEFAULT false,
    members             int,
    present             int,
    quorum              int,
    base                int,
    needed              int,
    outcome             text,
    majority_base       text,
    share_num           int,
    share_den           int,
    share_strict        boolean,
    abstentions_count   boolean,
    PRIMARY KEY (meeting_id, poll_id)
);

-- A named vote: who chose what, once per member.
CREATE TABLE commission_vote (
    meeting_id  text NOT NULL,
    poll_id     text NOT NULL,
    member      text NOT NULL,
    choice      text NOT NULL,
    PRIMARY KEY (meeting_id, poll_id, member),
    FOREIGN KEY (meeting_id, poll_id) REFERENCES commission_poll (meeting_id, poll_id)
);

-- A secret poll's voters: who voted, never how (only the poll's counts say that).
CREATE TABLE commission_voter (
    meeting_id  text NOT NULL,
    poll_id     text NOT NULL,
    member      text NOT NULL,
    PRIMARY KEY (meeting_id, poll_id, member),
    FOREIGN KEY (meeting_id, poll_id) REFERENCES commission_poll (meeting_id, poll_id)
);
