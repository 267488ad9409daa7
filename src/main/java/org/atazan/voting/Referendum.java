package org.atazan.voting;

import org.atazan.kernel.BadInputException;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A vote held on the platform: a referendum counted from station protocols, or a party-list vote.
 *
 * @param rule              a {@link ReferendumRule} for a referendum, a {@link SeatRule} for a party list
 * @param unitFiguresPublic false when only national totals are public (results below the nation are unknown)
 * @param source            where the figures come from
 * @param questions         the yes/no questions put to the vote, at least one (a single question "1"
 *                          worded as the title when none is given)
 * @param titles            the title per language code, where known ({@code title} is the fallback)
 */
public record Referendum(String id, VoteKind kind, String title, LocalDate date, VoteRule rule, String country,
                         boolean unitFiguresPublic, String source, List<Question> questions,
                         Map<String, String> titles) {

    public Referendum {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(rule, "rule");
        if ((kind == VoteKind.REFERENDUM) != (rule instanceof ReferendumRule)) {
            throw new IllegalArgumentException("a " + kind.code() + " cannot be judged by rule " + rule.code());
        }
        questions = questions == null || questions.isEmpty() ? List.of(new Question("1", title)) : List.copyOf(questions);
        if (questions.stream().map(Question::id).distinct().count() != questions.size()) {
            throw new BadInputException("referendum " + id + ": two questions with the same id");
        }
        titles = titles == null ? Map.of() : Map.copyOf(titles);
    }

    /** A vote with its questions, titled in one language. */
    public Referendum(String id, VoteKind kind, String title, LocalDate date, VoteRule rule, String country,
                      boolean unitFiguresPublic, String source, List<Question> questions) {
        this(id, kind, title, date, rule, country, unitFiguresPublic, source, questions, Map.of());
    }

    /** A vote with a single question, worded as its title. */
    public Referendum(String id, VoteKind kind, String title, LocalDate date, VoteRule rule, String country,
                      boolean unitFiguresPublic, String source) {
        this(id, kind, title, date, rule, country, unitFiguresPublic, source, List.of(), Map.of());
    }

    /** The title in a reader's language, or the title it was created with. */
    public String title(String language) {
        String t = titles.get(language);
        return t == null || t.isBlank() ? title : t;
    }

    /** The same vote with its title in several languages. */
    public Referendum withTitles(Map<String, String> titles) {
        return new Referendum(id, kind, title, date, rule, country, unitFiguresPublic, source, questions, titles);
    }

    /** The validity and adoption rule this referendum is judged by. */
    public ReferendumRule referendumRule() {
        if (rule instanceof ReferendumRule r) return r;
        throw new IllegalStateException("'" + id + "' is a party-list vote, judged by seats, not by a referendum rule");
    }

    /** The seat rule of a party-list vote. */
    public SeatRule seatRule() {
        if (rule instanceof SeatRule s) return s;
        throw new IllegalStateException("'" + id + "' is a referendum, not a party-list vote");
    }

    /** The turnout a valid vote must exceed, in percent (0 for a party list). */
    public int quorumPercent() {
        return rule instanceof ReferendumRule r ? r.quorumPercent() : 0;
    }

    public boolean isReferendum() {
        return kind == VoteKind.REFERENDUM;
    }
}
