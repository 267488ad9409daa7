-- Votes held on the platform: referendums (counted from polling-station protocols) and party-list
-- votes (stored per party, for seat apportionment). Protocols are never overwritten: every change is
-- a new revision with who, when and why, and the whole history is public.
CREATE TABLE voting_event (
    id                  text PRIMARY KEY CHECK (id ~ '^[a-z0-9][a-z0-9._-]{0,63}$'),
    kind                text NOT NULL CHECK (kind IN ('referendum', 'party-list')),
    title               text NOT NULL,
    held_on             date NOT NULL,
    rule                text NOT NULL,
    country             text NOT NULL,
    unit_figures_public boolean NOT NULL,
    source              text NOT NULL,
    created_at          timestamptz NOT NULL DEFAULT now()
);

-- The territory tree of one vote (country, regions, districts, stations, any depth), parents first.
CREATE TABLE voting_territory (
    event_id    text    NOT NULL REFERENCES voting_event (id),
    code        text    NOT NULL,
    position    integer NOT NULL,
    kind        text    NOT NULL,
    parent_code text,
    names       jsonb   NOT NULL,
    registered  bigint  NOT NULL CHECK (registered >= 0),
    PRIMARY KEY (event_id, code),
    FOREIGN KEY (event_id, parent_code) REFERENCES voting_territory (event_id, code)
);

-- One row per revision of a station's protocol; the highest revision is the one that counts.
CREATE TABLE voting_protocol (
    event_id     text        NOT NULL,
    station_code text        NOT NULL,
    revision     integer     NOT NULL CHECK (revision >= 1),
    registered   bigint      NOT NULL CHECK (registered >= 0),
    issued       bigint      NOT NULL CHECK (issued >= 0),
    in_boxes     bigint      NOT NULL CHECK (in_boxes >= 0),
    invalid      bigint      NOT NULL CHECK (invalid >= 0),
    questions    text[]      NOT NULL,
    yes          bigint[]    NOT NULL,
    no           bigint[]    NOT NULL,
    entered_by   text        NOT NULL,
    entered_at   timestamptz NOT NULL,
    reason       text        NOT NULL,
    PRIMARY KEY (event_id, station_code, revision),
    FOREIGN KEY (event_id, station_code) REFERENCES voting_territory (event_id, code)
);

-- Turnout reports through the day (e.g. 10:00, 12:00, ... 20:00) per unit, as they come in.
CREATE TABLE voting_turnout (
    event_id  text         NOT NULL REFERENCES voting_event (id),
    unit_code text         NOT NULL,
    at        time         NOT NULL,
    percent   numeric(5,2) NOT NULL CHECK (percent >= 0 AND percent <= 100),
    issued    bigint       CHECK (issued >= 0),
    PRIMARY KEY (event_id, unit_code, at)
);

-- Votes per party list (party-list votes only), in the order published.
CREATE TABLE voting_party_vote (
    event_id      text    NOT NULL REFERENCES voting_event (id),
    position      integer NOT NULL,
    party         text    NOT NULL,
    votes         bigint  NOT NULL CHECK (votes >= 0),
    official_seats integer CHECK (official_seats >= 0),
    PRIMARY KEY (event_id, position),
    UNIQUE (event_id, party)
);
