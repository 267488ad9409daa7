-- Each consultation's answer templates: the secretariat's starting texts for public answers, per language,
-- optionally for one outcome. Internal: never in open data.
CREATE TABLE consultation_answer_template (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    consultation_id text   NOT NULL REFERENCES consultation (id),
    language        text   NOT NULL CHECK (language IN ('kk', 'ru', 'en')),
    outcome         text   CHECK (outcome IN ('accepted', 'partly-accepted', 'merged', 'rejected', 'out-of-scope')),
    name            text   NOT NULL,
    text            text   NOT NULL
);
CREATE INDEX consultation_answer_template_consultation ON consultation_answer_template (consultation_id, language, name);

-- Consultations opened before templates were stored keep the greeting they had, now editable.
INSERT INTO consultation_answer_template (consultation_id, language, outcome, name, text)
SELECT c.id, d.language, NULL, d.name, d.text FROM consultation c CROSS JOIN (VALUES
    ('kk', 'Жалпы жауап', 'Ұсынысыңыз үшін рахмет. Жұмыс тобы оны қарады: '),
    ('ru', 'Общий ответ', 'Благодарим за предложение. Рабочая группа рассмотрела его: '),
    ('en', 'General answer', 'Thank you for your proposal. The working group considered it: ')) AS d (language, name, text);
