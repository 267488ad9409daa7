-- A body's texts typed in one language (agenda items, the place, the offices its members are named by), with
-- their translations per page language. A text without one is shown as typed and marked with its language.
CREATE TABLE commission_translation (
    body_id   text NOT NULL REFERENCES commission_body (id),
    source    text NOT NULL,
    language  text NOT NULL,
    text      text NOT NULL,
    PRIMARY KEY (body_id, language, source)
);
