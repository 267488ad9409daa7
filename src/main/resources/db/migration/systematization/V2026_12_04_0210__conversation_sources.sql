-- Where an imported conversation comes from (a Pol.is export, say), kept so that every page showing its
-- data can name the source and its licence.
CREATE TABLE systematization_source (
    consultation_id text PRIMARY KEY,
    name            text NOT NULL,
    topic           text NOT NULL,
    url             text NOT NULL,
    licence         text NOT NULL,
    attribution     text NOT NULL,
    case_study      text NOT NULL
);
