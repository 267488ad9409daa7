package org.atazan.voting;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A vote held on the platform: a referendum counted from station protocols, or a party-list vote.
 *
 * @param rule              "kazakhstan", "majority" or "majority:N" (turnout quorum N %); unused for party lists
 * @param unitFiguresPublic false when only national totals are public (results below the nation are unknown)
 * @param source            where the figures come from
 * @param questions         the yes/no questions put to the vote, at least one (a single question "1"
 *                          worded as the title when none is given)
 * @param titles            the title per language code, where known ({@code title} is the fallback)
 */
public record Referendum(String id, String kind, String title, LocalDate date, String rule, String country,
                         boolean unitFiguresPublic, String source, List<Question> questions,
                         java.util.Map<String, String> titles) {
    public static final String REFERENDUM = "referendum";
    public static final String PARTY_LIST = "party-list";

    public Referendum {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
        if (!REFERENDUM.equals(kind) && !PARTY_LIST.equals(kind)) {
            throw new IllegalArgumentException("kind must be referendum or party-list: " + kind);
        }
        questions = questions == null || questions.isEmpty() ? List.of(new Question("1", title)) : List.copyOf(questions);
        if (questions.stream().map(Question::id).distinct().count() != questions.size()) {
            throw new org.atazan.kernel.BadInputException("referendum " + id + ": two questions with the same id");
        }
        titles = titles == null ? java.util.Map.of() : java.util.Map.copyOf(titles);
    }

    /** A vote with its questions, titled in one language. */
    public Referendum(String id, String kind, String title, LocalDate date, String rule, String country,
                      boolean unitFiguresPublic, String source, List<Question> questions) {
        this(id, kind, title, date, rule, country, unitFiguresPublic, source, questions, java.util.Map.of());
    }

    /** The title in a reader's language, or the title it was created with. */
    public String title(String language) {
        String t = titles.get(language);
        return t == null || t.isBlank() ? title : t;
    }

    /** The same vote with its title in several languages. */
    public Referendum withTitles(java.util.Map<String, String> titles) {
        return new Referendum(id, kind, title, date, rule, country, unitFiguresPublic, source, questions, titles);
    }

    /** A vote with a single question, worded as its title. */
    public Referendum(String id, String kind, String title, LocalDate date, String rule, String country,
                      boolean unitFiguresPublic, String source) {
        this(id, kind, title, date, rule, country, unitFiguresPublic, source, List.of(), java.util.Map.of());
    }

    /** The validity and adoption rule this vote is judged by. */
    public ReferendumRule referendumRule() {
        if ("kazakhstan".equals(rule)) return ReferendumRule.kazakhstan();
        if ("majority".equals(rule)) return ReferendumRule.nationalMajority(0);
        if (rule != null && rule.startsWith("majority:")) {
            return ReferendumRule.nationalMajority(Integer.parseInt(rule.substring("majority:".length())));
        }
        throw new IllegalArgumentException("unknown rule '" + rule + "'; expected kazakhstan, majority or majority:N");
    }

    /** The turnout a valid vote must exceed, in percent. */
    public int quorumPercent() {
        if ("kazakhstan".equals(rule)) return 50;
        return rule != null && rule.startsWith("majority:") ? Integer.parseInt(rule.substring(9)) : 0;
    }

    public boolean isReferendum() {
        return REFERENDUM.equals(kind);
    }
}
