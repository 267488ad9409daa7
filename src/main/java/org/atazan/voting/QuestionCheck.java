package org.atazan.voting;

import org.atazan.kernel.BadInputException;

import java.util.List;

/** A protocol answers exactly the referendum's questions, in their order. */
final class QuestionCheck {
    private QuestionCheck() {
    }

    static void check(Referendum r, Protocol p, String where) {
        List<String> expected = r.questions().stream().map(Question::id).toList();
        List<String> given = p.questions().stream().map(QuestionResult::questionId).toList();
        if (!expected.equals(given)) {
            throw new BadInputException(where + "station " + p.stationCode() + ", field questions: expected yes/no for "
                    + (expected.size() == 1 ? "question " : "questions ") + expected + ", got " + given);
        }
    }
}
