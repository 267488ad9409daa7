package org.atazan.consultation;

import java.util.List;

/**
 * A consultation's starting text for a public answer, in one language, optionally for one outcome.
 * The secretariat keeps its own set per consultation (a referendum's working group answers otherwise
 * than a ministry's); the text is edited before it is sent. {@code id} is 0 until stored.
 */
public record AnswerTemplate(long id, String consultationId, Language language, Outcome outcome, String name, String text) {

    /** Most a consultation keeps: a list to choose from, not a library. */
    public static final int MAX_PER_CONSULTATION = 200;
    public static final int NAME = 120;

    /** A template checked field by field: a missing or oversized field names itself. */
    public static AnswerTemplate of(long id, String consultationId, Language language, Outcome outcome, String name, String text) {
        if (language == null) throw new org.atazan.kernel.BadInputException("field language: missing; one of kk, ru, en");
        return new AnswerTemplate(id, consultationId, language, outcome,
                TextBounds.requiredLine("name", name, NAME),
                TextBounds.required("text", text, TextBounds.PUBLIC_REASON));
    }

    /** What every consultation starts with: a greeting per language that the secretariat completes. */
    static List<AnswerTemplate> defaults(String consultationId) {
        return List.of(
                new AnswerTemplate(0, consultationId, Language.KK, null, "Жалпы жауап",
                        "Ұсынысыңыз үшін рахмет. Жұмыс тобы оны қарады: "),
                new AnswerTemplate(0, consultationId, Language.RU, null, "Общий ответ",
                        "Благодарим за предложение. Рабочая группа рассмотрела его: "),
                new AnswerTemplate(0, consultationId, Language.EN, null, "General answer",
                        "Thank you for your proposal. The working group considered it: "));
    }
}
