package org.atazan.voting;

import java.time.Instant;
import java.util.List;

/**
 * A referendum's result as an official published it: the national totals and each question's verdict
 * at that moment. Publications are numbered from 1 and never changed; later figures (a correction)
 * need a new publication.
 */
public record PublishedResult(String referendum, int number, Instant publishedAt, String publishedBy,
                              TallyFigures totals, List<QuestionVerdict> questions) {
    public PublishedResult {
        questions = List.copyOf(questions);
    }

    /**
     * One question's verdict: {@code adopted} is null when the rule cannot be applied to the published
     * figures (Kazakhstan's rule when results per unit are not public).
     */
    public record QuestionVerdict(String question, long yes, long no, String rule, boolean valid, Boolean adopted) {
    }

    /** Whether it says the same as another publication (who and when aside). */
    public boolean sameFigures(TallyFigures otherTotals, List<QuestionVerdict> otherQuestions) {
        return totals.equals(otherTotals) && questions.equals(otherQuestions);
    }
}
