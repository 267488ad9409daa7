package org.atazan.voting;

import org.atazan.kernel.BadInputException;
import org.atazan.kernel.DomainEvents;
import org.atazan.kernel.UnitOfWork;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** Sets a referendum up: creates it, then grows its territory tree (election officials). */
public final class VoteSetup {
    static final String DEFAULT_RULE = "majority";
    static final String UNKNOWN_COUNTRY = "XX";
    static final String SOURCE = "entered through the API";
    static final int MAX_ID = 64;
    static final int MAX_TITLE = 500;
    static final int MAX_RULE = 32;
    static final int MAX_COUNTRY = 3;
    static final int MAX_QUESTIONS = 50;
    static final int MAX_QUESTION_ID = 32;
    static final int MAX_QUESTION_TEXT = 2000;
    static final int MAX_CODE = 500;
    static final int MAX_KIND = 64;
    static final int MAX_NAME = 500;
    /** As the store's check: what a vote id may be (it appears in paths and file names). */
    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    static final Pattern QUESTION_ID = Pattern.compile("[A-Za-z0-9._-]{1,32}");
    static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{1,3}");

    private final Referendums store;
    private final VoteRegistry votes;
    private final LiveTotals totals;
    private final UnitOfWork unitOfWork;
    private final DomainEvents events;
    private final Clock clock;

    public VoteSetup(Referendums store, VoteRegistry votes, LiveTotals totals, UnitOfWork unitOfWork, DomainEvents events,
                     Clock clock) {
        this.store = store;
        this.votes = votes;
        this.totals = totals;
        this.unitOfWork = unitOfWork;
        this.events = events;
        this.clock = clock;
    }

    /** Creates a referendum whose figures are entered on the platform, so every unit's figures are public. */
    public Referendum create(NewVote v, String by) {
        // Everything is checked before anything is stored: a refused vote leaves no trace.
        Referendum r = checked(v);
        Instant at = now();
        unitOfWork.run(() -> {
            store.create(r, by);
            events.publish(VoteCreated.of(r, by, at));
        });
        return r;
    }

    /** The vote as asked for, every field checked; bad input names the field. */
    static Referendum checked(NewVote v) {
        String id = TextFields.required("", "id", v.id(), MAX_ID);
        if (!ID.matcher(id).matches()) {
            throw new BadInputException("field id: lower-case letters, digits, '.', '_' and '-', starting with a letter or digit, up to "
                    + MAX_ID + " characters; was " + TextFields.shown(id));
        }
        String title = TextFields.required("", "title", v.title(), MAX_TITLE);
        LocalDate date;
        try {
            date = LocalDate.parse(v.date() == null ? "" : v.date());
        } catch (DateTimeParseException e) {
            throw new BadInputException("field date: not a date (YYYY-MM-DD): " + TextFields.shown(v.date()));
        }
        String ruleCode = TextFields.optional("", "rule", v.rule(), MAX_RULE);
        VoteRule rule = VoteRule.parse(VoteKind.REFERENDUM, ruleCode == null ? DEFAULT_RULE : ruleCode);
        String country = TextFields.optional("", "country", v.country(), MAX_COUNTRY);
        if (country == null || country.isBlank()) {
            country = UNKNOWN_COUNTRY;
        } else if (!COUNTRY.matcher(country).matches()) {
            throw new BadInputException("field country: a country code of up to 3 letters (ISO 3166: KZ, RU), was " + TextFields.shown(country));
        } else {
            country = country.toUpperCase(Locale.ROOT);
        }
        List<Question> questions = v.questions() == null ? List.of() : v.questions();
        if (questions.size() > MAX_QUESTIONS) {
            throw new BadInputException("field questions: at most " + MAX_QUESTIONS + " questions, was " + questions.size());
        }
        for (int i = 0; i < questions.size(); i++) {
            Question q = questions.get(i);
            String at = "questions[" + (i + 1) + "]";
            if (q == null) throw new BadInputException("field " + at + ": missing");
            TextFields.required("", at + ".id", q.id(), MAX_QUESTION_ID);
            if (!QUESTION_ID.matcher(q.id()).matches()) {
                throw new BadInputException("field " + at + ".id: letters, digits, '.', '_' and '-', up to " + MAX_QUESTION_ID
                        + " characters; was " + TextFields.shown(q.id()));
            }
            TextFields.optional("", at + ".text", q.text(), MAX_QUESTION_TEXT);
        }
        Map<String, String> titles = v.titles() == null ? Map.of() : v.titles();
        for (Map.Entry<String, String> t : nullsFirst(titles).entrySet()) {
            String language = t.getKey();
            if (language == null || !LANGUAGE.matcher(language).matches()) {
                throw new BadInputException("field titles: " + TextFields.shown(language)
                        + " is not a language code (2 or 3 lower-case letters, e.g. kk, ru, en)");
            }
            TextFields.required("", "titles." + language, t.getValue(), MAX_TITLE);
        }
        return new Referendum(id, VoteKind.REFERENDUM, title, date, rule, country, true, SOURCE, questions, titles);
    }

    // A key may be null in a map bound from JSON; a TreeMap needs an order that allows it.
    private static Map<String, String> nullsFirst(Map<String, String> m) {
        Map<String, String> out = new TreeMap<>(java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()));
        out.putAll(m);
        return out;
    }

    /** Adds territories (parents before children, or already known) to a referendum's tree: all or nothing. */
    public void addTerritories(String id, List<Territory> territories, String by) {
        votes.vote(id);
        if (territories.isEmpty()) return;
        synchronized (totals.lock(id)) {
            TallyTree tree = totals.tree(id);
            unitOfWork.run(() -> {
                Set<String> seen = new HashSet<>();
                for (int i = 0; i < territories.size(); i++) {
                    Territory t = territories.get(i);
                    checkTexts(t, "territory " + (i + 1) + ", ");
                    if (tree.contains(t.code()) || !seen.add(t.code())) {
                        throw new BadInputException("territory " + t.code() + ": already exists");
                    }
                    if (t.parentCode() != null && !tree.contains(t.parentCode()) && !seen.contains(t.parentCode())) {
                        throw new BadInputException("territory " + t.code() + ", field parent: unknown parent " + t.parentCode());
                    }
                    if (t.parentCode() == null && !tree.roots().isEmpty()) {
                        throw new BadInputException("territory " + t.code() + ", field parent: the tree already has a root");
                    }
                    if (t.registered() < 0) throw new BadInputException("territory " + t.code() + ", field registered: negative");
                }
                store.append(id, territories, List.of());
                events.publish(new TerritoriesAdded(id, territories.stream().map(Territory::code).toList(), by, now()));
            });
            totals.reload(id);
        }
    }

    /** The texts of a territory fit the store: code, kind, parent and names; a name per language code. */
    static void checkTexts(Territory t, String where) {
        TextFields.required(where, "code", t.code(), MAX_CODE);
        TextFields.required(where, "kind", t.kind(), MAX_KIND);
        TextFields.optional(where, "parent", t.parentCode(), MAX_CODE);
        for (Map.Entry<String, String> n : t.names().entrySet()) {
            if (!LANGUAGE.matcher(n.getKey()).matches()) {
                throw new BadInputException(where + "field names: " + TextFields.shown(n.getKey())
                        + " is not a language code (2 or 3 lower-case letters, e.g. kk, ru, en)");
            }
            TextFields.optional(where, "names." + n.getKey(), n.getValue(), MAX_NAME);
        }
    }

    // PostgreSQL keeps microseconds: the event says the time the store keeps.
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
