package org.atazan.voting;

import java.time.Instant;
import java.util.List;

/** An official published a referendum's result: the national totals and each question's verdict then. */
public record ResultPublished(String referendum, int number, String by, Instant at, TallyFigures totals,
                              List<PublishedResult.QuestionVerdict> questions) implements VotingEvent {
    public ResultPublished {
        questions = List.copyOf(questions);
    }

    static ResultPublished of(PublishedResult r) {
        return new ResultPublished(r.referendum(), r.number(), r.publishedBy(), r.publishedAt(), r.totals(), r.questions());
    }
}
