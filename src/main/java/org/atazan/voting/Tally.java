package org.atazan.voting;

import java.util.ArrayList;
import java.util.List;

/**
 * Totals over a set of polling stations: ballots, and yes/no for every question. {@code yes} and
 * {@code no} are the first question's, the common case of a single-question referendum.
 *
 * @param issued    ballots issued, i.e. the people who took part ("voted")
 * @param questions yes/no per question, in the order of the protocols
 */
public record Tally(long stations, long registered, long issued, long inBoxes, long invalid, long yes, long no,
                    List<QuestionResult> questions) {
    /** The empty tally. */
    public static final Tally ZERO = new Tally(0, 0, 0, 0, 0, 0, 0);

    public Tally {
        questions = questions == null || questions.isEmpty()
                ? List.of(new QuestionResult("1", yes, no)) : List.copyOf(questions);
    }

    /** A tally of a single question. */
    public Tally(long stations, long registered, long issued, long inBoxes, long invalid, long yes, long no) {
        this(stations, registered, issued, inBoxes, invalid, yes, no, List.of());
    }

    /** The tally of one protocol. */
    public static Tally of(Protocol p) {
        return new Tally(1, p.registered(), p.issued(), p.inBoxes(), p.invalid(), p.yes(), p.no(), p.questions());
    }

    public Tally plus(Tally o) {
        return combine(o, 1);
    }

    public Tally minus(Tally o) {
        return combine(o, -1);
    }

    /** The same ballots with the given question's yes and no as the tally's own. */
    public Tally forQuestion(String questionId) {
        for (QuestionResult q : questions) {
            if (q.questionId().equals(questionId)) {
                return new Tally(stations, registered, issued, inBoxes, invalid, q.yes(), q.no(), List.of(q));
            }
        }
        return new Tally(stations, registered, issued, inBoxes, invalid, 0, 0, List.of(new QuestionResult(questionId, 0, 0)));
    }

    // Questions are matched by position: every protocol of a referendum answers the same questions.
    private Tally combine(Tally o, int sign) {
        int n = Math.max(questions.size(), o.questions.size());
        List<QuestionResult> qs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            QuestionResult a = i < questions.size() ? questions.get(i) : null;
            QuestionResult b = i < o.questions.size() ? o.questions.get(i) : null;
            String qid = a != null ? a.questionId() : b.questionId();
            qs.add(new QuestionResult(qid, (a == null ? 0 : a.yes()) + sign * (b == null ? 0 : b.yes()),
                    (a == null ? 0 : a.no()) + sign * (b == null ? 0 : b.no())));
        }
        return new Tally(stations + sign * o.stations, registered + sign * o.registered, issued + sign * o.issued,
                inBoxes + sign * o.inBoxes, invalid + sign * o.invalid, yes + sign * o.yes, no + sign * o.no, qs);
    }

    /** Ballots issued as a percentage of registered voters; 0 when nobody is registered. */
    public double turnoutPercent() {
        return registered == 0 ? 0 : 100.0 * issued / registered;
    }

    /** Yes votes as a percentage of the ballots in the boxes; 0 when the boxes are empty. */
    public double yesPercent() {
        return inBoxes == 0 ? 0 : 100.0 * yes / inBoxes;
    }
}
