package org.atazan.commission;

import org.atazan.kernel.BadInputException;
import org.atazan.kernel.DomainEvents;
import org.atazan.kernel.NotFoundException;
import org.atazan.kernel.UnitOfWork;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The commission's decisions: bodies created, meetings planned and run, votes cast and polls closed.
 * Each step is one unit of work on the meeting locked in the store, so two steps on one meeting never
 * interleave; the core's rules run before anything is written, so a refusal records nothing.
 */
public final class CommissionDesk {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    /** An agenda longer than this is a mistake, not a meeting. */
    static final int MAX_AGENDA = 200;
    public static final int MAX_TEXT = 500;
    /** Translations in one request: more than a body's texts in several languages is a mistake. */
    public static final int MAX_TRANSLATIONS = 5_000;
    /** The languages a body's texts are translated into: the platform's page languages. */
    public static final List<String> LANGUAGES = java.util.Arrays.stream(org.atazan.consultation.Language.values())
            .map(org.atazan.consultation.Language::code).toList();

    private final CommissionStore store;
    private final UnitOfWork work;
    private final DomainEvents events;

    public CommissionDesk(CommissionStore store, UnitOfWork work, DomainEvents events) {
        this.store = store;
        this.work = work;
        this.events = events;
    }

    public Body createBody(Body body) {
        List<Membership> all = body.members();
        for (int i = 0; i < all.size(); i++) {
            Membership m = all.get(i);
            if (m.account().length() > 100 || m.name().length() > MAX_TEXT) {
                throw new BadInputException("field members: account or name of " + m.account() + " too long");
            }
            // One seat per account at a time: otherwise which role it acts with would depend on the order.
            for (Membership o : all.subList(0, i)) {
                boolean overlap = o.account().equals(m.account()) && (o.to() == null || !o.to().isBefore(m.from()))
                        && (m.to() == null || !m.to().isBefore(o.from()));
                if (overlap) throw new CommissionRefusal("body " + body.id() + ": " + m.account() + " holds two seats over the same days");
            }
        }
        return work.call(() -> {
            if (store.body(body.id()).isPresent()) throw new CommissionRefusal("body " + body.id() + ": exists");
            store.createBody(body);
            return body;
        });
    }

    public Body body(String id) {
        return store.body(id).orElseThrow(() -> new NotFoundException("no body " + id));
    }

    /** The body's name in {@code language} (kk, ru, en), else its own name. */
    public String title(Body body, String language) {
        return store.bodyTitles(body.id()).getOrDefault(language, body.name());
    }

    /** The body's texts (agenda items, place, offices) translated into {@code language}: the text as typed to its translation. */
    public Map<String, String> translations(String bodyId, String language) {
        return store.translations(bodyId, language);
    }

    /**
     * The body's texts its pages show translated (agenda items, the meetings' places, the members' names and
     * offices), each once in a stable order (see {@link CommissionStore#texts}), with their translations per language.
     */
    public List<BodyText> texts(String bodyId) {
        body(bodyId);
        return work.call(() -> {
            Map<String, Map<String, String>> all = new java.util.HashMap<>();
            for (String l : LANGUAGES) all.put(l, store.translations(bodyId, l));
            List<BodyText> out = new java.util.ArrayList<>();
            store.texts(bodyId).forEach((source, kind) -> {
                Map<String, String> t = new java.util.LinkedHashMap<>();
                for (String l : LANGUAGES) {
                    String text = all.get(l).get(source);
                    if (text != null) t.put(l, text);
                }
                out.add(new BodyText(kind, source, t));
            });
            return out;
        });
    }

    /**
     * Sets translations of the body's texts, per language (kk, ru, en) and source text; a blank one removes the
     * translation, and texts not named keep theirs. Only the body's secretary or chair (a seat held on {@code day}).
     * All or nothing: one refused entry ({@link TranslationRefused}) stores none. Returns how many changed.
     */
    public int translate(String bodyId, Map<String, Map<String, String>> byLanguage, java.time.Instant at, LocalDate day, String by) {
        return translate(bodyId, byLanguage, false, at, day, by);
    }

    /** The same for one language, whose translations become exactly these: every text not named loses its own. */
    public int replaceTranslations(String bodyId, String language, Map<String, String> translations, java.time.Instant at, LocalDate day,
                                   String by) {
        Map<String, Map<String, String>> one = new java.util.HashMap<>();
        one.put(language, translations);
        return translate(bodyId, one, true, at, day, by);
    }

    private int translate(String bodyId, Map<String, Map<String, String>> byLanguage, boolean replace, java.time.Instant at,
                          LocalDate day, String by) {
        if (byLanguage == null) throw new BadInputException("field translations: missing");
        long entries = byLanguage.values().stream().mapToLong(m -> m == null ? 0 : m.size()).sum();
        if (entries > MAX_TRANSLATIONS) {
            throw new TranslationRefused(TranslationRefused.Problem.TOO_MANY, null, null,
                    "field translations: more than " + MAX_TRANSLATIONS + " in one request");
        }
        // Checked and stripped before anything is read or written; a blank translation is "" (remove).
        Map<String, Map<String, String>> clean = new java.util.LinkedHashMap<>();
        byLanguage.forEach((language, bySource) -> {
            if (language == null || !LANGUAGES.contains(language)) {
                throw new TranslationRefused(TranslationRefused.Problem.LANGUAGE, language, null, "field language: unknown '"
                        + cut(String.valueOf(language)) + "'; one of " + LANGUAGES);
            }
            Map<String, String> c = new java.util.LinkedHashMap<>();
            if (bySource != null) bySource.forEach((source, text) -> {
                if (source == null) throw new BadInputException("field translations." + language + ": a text without its source");
                String t = text == null ? "" : text.strip();
                if (t.length() > MAX_TEXT) {
                    throw new TranslationRefused(TranslationRefused.Problem.TOO_LONG, language, source, "field translations." + language
                            + ": the translation of '" + cut(source) + "' is longer than " + MAX_TEXT + " characters");
                }
                if (t.chars().anyMatch(ch -> Character.isISOControl(ch) || ch == '\u2028' || ch == '\u2029')) {
                    throw new TranslationRefused(TranslationRefused.Problem.CONTROL_CHARACTER, language, source, "field translations."
                            + language + ": the translation of '" + cut(source) + "' holds a control character (a text is one line)");
                }
                c.put(source, t);
            });
            clean.put(language, c);
        });
        Role role = body(bodyId).seat(by, day).map(Membership::role).orElse(null);
        if (role == null || !role.runsMeetings()) {
            throw new CommissionRefusal("body " + bodyId + ": only its secretary or chair translates its texts");
        }
        return work.call(() -> {
            store.lockBody(bodyId);
            java.util.Set<String> texts = store.texts(bodyId).keySet();
            clean.forEach((language, bySource) -> bySource.keySet().forEach(source -> {
                if (!texts.contains(source)) {
                    throw new TranslationRefused(TranslationRefused.Problem.NOT_A_TEXT, language, source, "field translations." + language
                            + ": '" + cut(source) + "' is not a text of body " + bodyId + " (an agenda item, a meeting's place, a member's name)");
                }
            }));
            int changed = 0;
            for (var e : clean.entrySet()) {
                String language = e.getKey();
                Map<String, String> stored = store.translations(bodyId, language);
                Map<String, String> set = new java.util.LinkedHashMap<>();
                java.util.Set<String> removed = new java.util.LinkedHashSet<>();
                e.getValue().forEach((source, text) -> {
                    if (text.isEmpty()) {
                        if (stored.containsKey(source)) removed.add(source);
                    } else if (!text.equals(stored.get(source))) {
                        set.put(source, text);
                    }
                });
                if (replace) stored.keySet().stream().filter(s -> !e.getValue().containsKey(s)).forEach(removed::add);
                if (set.isEmpty() && removed.isEmpty()) continue;
                if (!set.isEmpty()) store.translations(bodyId, language, set);
                store.removeTranslations(bodyId, language, removed);
                events.publish(new BodyTextsTranslated(bodyId, language, set.size(), removed.size(), at, by));
                changed += set.size() + removed.size();
            }
            return changed;
        });
    }

    private static String cut(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }

    public List<Body> bodies() {
        return store.bodies();
    }

    public Meeting meeting(String id) {
        return store.meeting(id).orElseThrow(() -> new NotFoundException("no meeting " + id));
    }

    public List<String> meetingsOf(String bodyId) {
        body(bodyId);
        return store.meetingsOf(bodyId);
    }

    /** Plans a meeting of a body: only its secretary or chair on that day. */
    public Meeting plan(String bodyId, String meetingId, LocalDate date, String place, List<Meeting.Item> agenda, String by) {
        if (meetingId == null || !ID.matcher(meetingId).matches()) {
            throw new BadInputException("field id: must be 1-64 characters: a-z, 0-9, '.', '_', '-'");
        }
        if (date == null) throw new BadInputException("field date: missing");
        if (place != null && place.length() > MAX_TEXT) throw new BadInputException("field place: longer than " + MAX_TEXT);
        List<Meeting.Item> items = agenda == null ? List.of() : List.copyOf(agenda);
        if (items.size() > MAX_AGENDA) throw new BadInputException("field agenda: more than " + MAX_AGENDA + " items");
        for (Meeting.Item i : items) {
            if (i == null || i.title() == null || i.title().isBlank()) throw new BadInputException("field agenda: an item without a title");
            if (i.title().length() > MAX_TEXT || (i.reference() != null && i.reference().length() > MAX_TEXT)) {
                throw new BadInputException("field agenda: an item's title or reference longer than " + MAX_TEXT);
            }
        }
        Body body = body(bodyId);
        Role role = body.seat(by, date).map(Membership::role).orElse(null);
        if (role == null || !role.runsMeetings()) {
            throw new CommissionRefusal("body " + bodyId + ": only its secretary or chair may plan a meeting");
        }
        return work.call(() -> {
            if (store.meeting(meetingId).isPresent()) throw new CommissionRefusal("meeting " + meetingId + ": exists");
            Meeting m = new Meeting(meetingId, body, date, place, items);
            store.createMeeting(m);
            return m;
        });
    }

    public Meeting open(String meetingId, String by) {
        return step(meetingId, m -> {
            m.open(by);
            store.saveProgress(m);
            events.publish(new MeetingOpened(m.id(), m.body().id(), m.date(), by));
            return m;
        });
    }

    public Meeting attendance(String meetingId, String member, boolean present, String by) {
        return step(meetingId, m -> {
            m.attendance(by, member, present);
            store.attendance(m.id(), member, present);
            events.publish(new AttendanceRecorded(m.id(), member, present, m.present().size(), by));
            return m;
        });
    }

    public Meeting nextItem(String meetingId, String by) {
        return step(meetingId, m -> {
            m.nextItem(by);
            store.saveProgress(m);
            Meeting.Item item = m.currentItem();
            events.publish(new ItemTaken(m.id(), m.currentIndex() + 1, item.title(), item.reference(), by));
            return m;
        });
    }

    public Meeting addSpeaker(String meetingId, String member, String by) {
        return step(meetingId, m -> {
            m.addSpeaker(by, member);
            store.saveProgress(m);
            return m;
        });
    }

    /** Gives the floor to the next speaker; returns who has it. */
    public String nextSpeaker(String meetingId, String by) {
        return step(meetingId, m -> {
            String speaker = m.nextSpeaker(by);
            store.saveProgress(m);
            store.spoke(m.id(), m.currentIndex(), speaker);
            return speaker;
        });
    }

    /**
     * Puts a motion to the vote; the poll's id is its number in the meeting (1, 2, …). An amendment is put to the vote
     * from the amendment itself ({@link AmendmentDesk#putToTheVote}), where the voting order and lapses are checked; a
     * bare poll with that decision would decide no amendment and pass over those rules, so it is refused.
     */
    public Poll putToTheVote(String meetingId, Poll.Kind kind, BodyRules.DecisionKind decision, String by) {
        if (decision == BodyRules.DecisionKind.AMENDMENT) {
            throw new CommissionRefusal("field decision: an amendment is put to the vote from the amendment (POST "
                    + "/api/commission/bodies/{body}/amendments/{number}/poll), which keeps the voting order (rule: voting order)");
        }
        return open(meetingId, kind, decision, by);
    }

    /** Opens a poll of any kind of decision; for amendments, called by {@link AmendmentDesk} once its rules are checked. */
    Poll open(String meetingId, Poll.Kind kind, BodyRules.DecisionKind decision, String by) {
        if (kind == null) throw new BadInputException("field kind: missing; one of named, secret, analog");
        if (decision == null) throw new BadInputException("field decision: missing; one of procedure, amendment, draft, minutes");
        return step(meetingId, m -> {
            Poll p = m.putToTheVote(by, String.valueOf(m.polls().size() + 1), kind, decision);
            store.createPoll(m.id(), p, m.currentIndex());
            events.publish(new PollOpened(m.id(), p.id(), code(kind), code(decision), by));
            return p;
        });
    }

    /**
     * The signed-in member's own vote. The same vote sent again is counted once (false); another choice
     * is refused.
     */
    public boolean vote(String meetingId, String pollId, Poll.Choice choice, String member) {
        if (choice == null) throw new BadInputException("field choice: missing; one of for, against, abstain");
        return step(meetingId, m -> {
            if (!m.vote(member, pollId, choice)) return false;
            return store.vote(m.id(), m.poll(pollId), member, choice);
        });
    }

    public Poll enterFigures(String meetingId, String pollId, Tally figures, String by) {
        if (figures == null) throw new BadInputException("field figures: missing");
        return step(meetingId, m -> {
            m.enterFigures(by, pollId, figures);
            store.figures(m.id(), pollId, figures);
            return m.poll(pollId);
        });
    }

    public PollResult closePoll(String meetingId, String pollId, String by) {
        return step(meetingId, m -> {
            PollResult r = m.closePoll(by, pollId);
            store.closePoll(m.id(), pollId, r);
            Poll p = m.poll(pollId);
            Map<String, String> named = new TreeMap<>();
            p.namedVotes().forEach((who, c) -> named.put(who, code(c)));
            List<PollClosed.PublicVote> votes = p.namedVotes().entrySet().stream()
                    .map(e -> new PollClosed.PublicVote(m.body().seat(e.getKey(), m.date()).map(Membership::name).orElse("?"), code(e.getValue())))
                    .sorted(java.util.Comparator.comparing(PollClosed.PublicVote::name).thenComparing(PollClosed.PublicVote::choice))
                    .toList();
            events.publish(new PollClosed(m.id(), m.body().id(), pollId, code(p.kind()), code(p.decision()),
                    r.tally().forVotes(), r.tally().against(), r.tally().abstain(), r.members(), r.present(), r.quorum(),
                    r.base(), r.needed(), code(r.outcome()), r.arithmetic(), named, votes, by));
            return r;
        });
    }

    public Meeting close(String meetingId, String by) {
        return step(meetingId, m -> {
            m.close(by);
            store.saveProgress(m);
            events.publish(new MeetingClosed(m.id(), m.body().id(), m.polls().size(), by));
            return m;
        });
    }

    /** The meetings of a body whose minutes are approved, so public. */
    public java.util.Set<String> approvedMinutes(String bodyId) {
        return store.approvedMinutes(bodyId);
    }

    /** A meeting's minutes as recorded, with their approval if approved (else a draft). */
    public Minutes minutes(String meetingId) {
        return work.call(() -> minutes(meeting(meetingId)));
    }

    private Minutes minutes(Meeting m) {
        return Minutes.of(m, store.speeches(m.id()), store.pollItems(m.id()), store.minutesApproval(m.id()).orElse(null));
    }

    /**
     * Approves a closed meeting's minutes, which publishes them: by the body's secretary or chair (a seat
     * they hold on {@code day}), citing either an adopted poll on the minutes ({@code decision} minutes) of
     * another meeting of the same body, or an act (the reference of an order or decision). Once only.
     */
    public Minutes approveMinutes(String meetingId, String approvingMeeting, String approvingPoll, String act,
                                  java.time.Instant at, LocalDate day, String by) {
        boolean byPoll = approvingMeeting != null && !approvingMeeting.isBlank();
        boolean byAct = act != null && !act.isBlank();
        if (byPoll == byAct) throw new BadInputException("fields meeting, poll, act: give the approving meeting and poll, or an act, not both");
        if (byPoll && (approvingPoll == null || approvingPoll.isBlank())) throw new BadInputException("field poll: missing (the approving poll's id)");
        if (byAct && act.length() > MAX_TEXT) throw new BadInputException("field act: longer than " + MAX_TEXT);
        return work.call(() -> {
            Meeting m = store.lockMeeting(meetingId).orElseThrow(() -> new NotFoundException("no meeting " + meetingId));
            Role role = m.body().seat(by, day).map(Membership::role).orElse(null);
            if (role == null || !role.runsMeetings()) {
                throw new CommissionRefusal("minutes of " + meetingId + ": only the secretary or the chair of " + m.body().id() + " approves them");
            }
            if (m.state() != Meeting.State.CLOSED) throw new CommissionRefusal("minutes of " + meetingId + ": the meeting is not closed yet");
            if (store.minutesApproval(meetingId).isPresent()) throw new CommissionRefusal("minutes of " + meetingId + ": approved already");
            if (byPoll) {
                if (approvingMeeting.equals(meetingId)) {
                    throw new CommissionRefusal("minutes of " + meetingId + ": a later meeting approves them, not the meeting itself");
                }
                Meeting a = meeting(approvingMeeting);
                if (!a.body().id().equals(m.body().id())) {
                    throw new CommissionRefusal("minutes of " + meetingId + ": meeting " + approvingMeeting + " is of another body");
                }
                Poll p = a.poll(approvingPoll);
                if (!p.closed() || p.decision() != BodyRules.DecisionKind.MINUTES || p.result().outcome() != PollResult.Outcome.ADOPTED) {
                    throw new CommissionRefusal("minutes of " + meetingId + ": poll " + approvingPoll + " of " + approvingMeeting
                            + " is not an adopted poll on minutes");
                }
            }
            String digest = minutes(m).digest();
            MinutesApproval approval = new MinutesApproval(at, by, byPoll ? approvingMeeting : null, byPoll ? approvingPoll : null,
                    byAct ? act.strip() : null, digest);
            store.approveMinutes(meetingId, approval);
            events.publish(new MinutesApproved(meetingId, m.body().id(), digest, approval.approvingMeeting(), approval.approvingPoll(),
                    approval.act(), at, by));
            return minutes(m);
        });
    }

    /** The lower-case code of an enum constant, as the API and events write it. */
    public static String code(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The constant of {@code type} whose code is {@code value}, or a refusal naming the field and the codes. */
    public static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) return null;
        for (E e : type.getEnumConstants()) if (code(e).equals(value.strip().toLowerCase(Locale.ROOT))) return e;
        throw new BadInputException("field " + field + ": unknown '" + (value.length() > 40 ? value.substring(0, 40) + "…" : value)
                + "'; one of " + java.util.Arrays.stream(type.getEnumConstants()).map(CommissionDesk::code).toList());
    }

    private <T> T step(String meetingId, Function<Meeting, T> decision) {
        return work.call(() -> decision.apply(store.lockMeeting(meetingId)
                .orElseThrow(() -> new NotFoundException("no meeting " + meetingId))));
    }
}
