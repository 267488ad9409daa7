package org.atazan.voting;

import java.util.List;

/**
 * The result protocol of one polling station: ballots and the yes/no votes per question.
 *
 * @param issued  ballots issued to voters (the people who took part)
 * @param inBoxes ballots found in the ballot boxes
 */
public record Protocol(String stationCode, long registered, long issued, long inBoxes, long invalid,
                       List<QuestionResult> questions) {
    public Protocol {
        questions = List.copyOf(questions);
        if (questions.isEmpty()) throw new IllegalArgumentException("a protocol needs at least one question");
    }

    /** A protocol of a single-question referendum, the common case. */
    public static Protocol single(String station, long registered, long issued, long inBoxes, long invalid,
                                  long yes, long no) {
        return new Protocol(station, registered, issued, inBoxes, invalid, List.of(new QuestionResult("1", yes, no)));
    }

    /** Yes votes on the first question. */
    public long yes() {
        return questions.get(0).yes();
    }

    /** No votes on the first question. */
    public long no() {
        return questions.get(0).no();
    }
}
