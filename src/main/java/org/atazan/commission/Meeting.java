package org.atazan.commission;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A meeting of a body: planned, then open, then closed. Its secretary or chair runs it: opens it,
 * records attendance, moves through the agenda, keeps the list of speakers, puts motions to the vote
 * and closes the polls. Members vote only for themselves. Nothing changes once it is closed.
 */
public final class Meeting {
    public enum State { PLANNED, OPEN, CLOSED }

    /** An agenda item: a cluster of proposals, a draft amendment, or anything else, by reference. */
    public record Item(String title, String reference) {
    }

    private final String id;
    private final Body body;
    private final LocalDate date;
    private final String place;
    private final List<Item> agenda = new ArrayList<>();
    private final Set<String> present = new LinkedHashSet<>();
    private final List<String> speakers = new ArrayList<>();
    private final Map<String, Poll> polls = new LinkedHashMap<>();
    private State state = State.PLANNED;
    private int current = -1;

    public Meeting(String id, Body body, LocalDate date, List<Item> agenda) {
        this(id, body, date, "", agenda);
    }

    public Meeting(String id, Body body, LocalDate date, String place, List<Item> agenda) {
        this.id = id;
        this.body = body;
        this.date = date;
        this.place = place == null ? "" : place;
        this.agenda.addAll(agenda);
    }

    /**
     * A meeting as it was stored: its state, current item, attendance, speakers and polls, rebuilt
     * without running its rules again (they were checked when each step was taken).
     */
    public static Meeting restore(String id, Body body, LocalDate date, String place, List<Item> agenda, State state,
                                  int current, Collection<String> present, List<String> speakers, List<Poll> polls) {
        Meeting m = new Meeting(id, body, date, place, agenda);
        m.state = state;
        m.current = current;
        m.present.addAll(present);
        m.speakers.addAll(speakers);
        for (Poll p : polls) m.polls.put(p.id(), p);
        return m;
    }

    public Body body() {
        return body;
    }

    public LocalDate date() {
        return date;
    }

    public String place() {
        return place;
    }

    /** The index of the current item in the agenda: -1 before the first. */
    public int currentIndex() {
        return current;
    }

    /** The poll not yet closed, if any (one at a time). */
    public java.util.Optional<Poll> openPoll() {
        return polls.values().stream().filter(p -> !p.closed()).findFirst();
    }

    /** A poll of this meeting, or a refusal naming it. */
    public Poll poll(String pollId) {
        Poll p = polls.get(pollId);
        if (p == null) throw new org.atazan.kernel.NotFoundException("meeting " + id + ": no poll " + pollId);
        return p;
    }

    /** Polls in the order they were put to the vote. */
    public List<Poll> pollsInOrder() {
        return List.copyOf(polls.values());
    }

    public String id() {
        return id;
    }

    public State state() {
        return state;
    }

    public List<Item> agenda() {
        return List.copyOf(agenda);
    }

    public Set<String> present() {
        return Set.copyOf(present);
    }

    public List<String> speakers() {
        return List.copyOf(speakers);
    }

    /** The item under discussion, or null before the first and after the last. */
    public Item currentItem() {
        return current >= 0 && current < agenda.size() ? agenda.get(current) : null;
    }

    public Map<String, Poll> polls() {
        return Map.copyOf(polls);
    }

    public int members() {
        return body.membersOn(date).size();
    }

    public void open(String by) {
        runBy(by, "open the meeting");
        if (state != State.PLANNED) throw new CommissionRefusal("meeting " + id + ": already " + state.name().toLowerCase());
        state = State.OPEN;
    }

    /** Records a member as present (or gone): only members of the body on the meeting's day. */
    public void attendance(String by, String member, boolean here) {
        runBy(by, "record attendance");
        whileOpen("record attendance");
        if (body.seat(member, date).isEmpty()) throw new CommissionRefusal("meeting " + id + ": " + member + " is not a member of " + body.id() + " on " + date);
        if (here) present.add(member);
        else present.remove(member);
    }

    public void nextItem(String by) {
        runBy(by, "move through the agenda");
        whileOpen("move through the agenda");
        if (current + 1 >= agenda.size()) throw new CommissionRefusal("meeting " + id + ": the agenda has no further item");
        current++;
        speakers.clear();
    }

    public void addSpeaker(String by, String member) {
        runBy(by, "keep the list of speakers");
        whileOpen("keep the list of speakers");
        if (!present.contains(member)) throw new CommissionRefusal("meeting " + id + ": " + member + " is not present and cannot speak");
        speakers.add(member);
    }

    /** Gives the floor to the next speaker, who leaves the list. */
    public String nextSpeaker(String by) {
        runBy(by, "give the floor");
        whileOpen("give the floor");
        if (speakers.isEmpty()) throw new CommissionRefusal("meeting " + id + ": nobody is on the list of speakers");
        return speakers.remove(0);
    }

    public Poll putToTheVote(String by, String pollId, Poll.Kind kind, BodyRules.DecisionKind decision) {
        runBy(by, "put a motion to the vote");
        whileOpen("put a motion to the vote");
        if (polls.containsKey(pollId)) throw new CommissionRefusal("meeting " + id + ": poll " + pollId + " exists");
        if (polls.values().stream().anyMatch(p -> !p.closed())) throw new CommissionRefusal("meeting " + id + ": a poll is still open; close it first");
        Poll poll = new Poll(pollId, kind, decision, body.rules());
        polls.put(pollId, poll);
        return poll;
    }

    /** A member's own vote; nobody votes for another. */
    public boolean vote(String member, String pollId, Poll.Choice choice) {
        whileOpen("vote");
        return poll(pollId).cast(member, choice, present);
    }

    public void enterFigures(String by, String pollId, Tally figures) {
        runBy(by, "enter a show of hands");
        whileOpen("enter a show of hands");
        poll(pollId).enter(figures, present.size());
    }

    public PollResult closePoll(String by, String pollId) {
        runBy(by, "close a poll");
        whileOpen("close a poll");
        return poll(pollId).close(members(), present.size(), body.rules());
    }

    public void close(String by) {
        runBy(by, "close the meeting");
        whileOpen("close the meeting");
        if (polls.values().stream().anyMatch(p -> !p.closed())) throw new CommissionRefusal("meeting " + id + ": a poll is still open; close it first");
        state = State.CLOSED;
    }

    private void runBy(String account, String what) {
        Role role = body.seat(account, date).map(Membership::role).orElse(null);
        if (role == null || !role.runsMeetings()) {
            throw new CommissionRefusal("meeting " + id + ": only the secretary or the chair of " + body.id() + " may " + what);
        }
    }

    private void whileOpen(String what) {
        if (state != State.OPEN) {
            throw new CommissionRefusal("meeting " + id + ": " + state.name().toLowerCase() + "; cannot " + what
                    + (state == State.CLOSED ? " (a closed meeting is not edited)" : " before it opens"));
        }
    }
}
