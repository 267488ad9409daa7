package org.atazan.commission;

import java.util.List;
import java.util.Optional;

/**
 * Where bodies, meetings, attendance, speakers, polls and votes are kept (PostgreSQL at the edge).
 * A named vote is a row (poll, member, choice); a secret poll keeps who voted and only the counts per
 * choice; an analog poll keeps its figures. Each method writes in the caller's transaction.
 */
public interface CommissionStore {

    void createBody(Body body);

    Optional<Body> body(String id);

    /** A body's name per page language (kk, ru, en); a language missing reads the body's own name. */
    void bodyTitles(String bodyId, java.util.Map<String, String> titles);

    java.util.Map<String, String> bodyTitles(String bodyId);

    /** Translations of the body's texts into {@code language} (kk, ru, en): the text as typed to its translation. */
    void translations(String bodyId, String language, java.util.Map<String, String> bySource);

    java.util.Map<String, String> translations(String bodyId, String language);

    /** Removes the translations of these texts into {@code language}. */
    void removeTranslations(String bodyId, String language, java.util.Collection<String> sources);

    /**
     * The body's texts the pages show translated, each once, in a stable order: agenda items (meetings by date, items
     * in order), then the meetings' places, then the members' public names (in the body's order), with each one's kind
     * (the first it is met as).
     */
    java.util.LinkedHashMap<String, BodyText.Kind> texts(String bodyId);

    /** Locks the body until the transaction ends: two changes of its translations never interleave. */
    void lockBody(String bodyId);

    List<Body> bodies();

    /** Stores a planned meeting with its agenda. */
    void createMeeting(Meeting meeting);

    /** The meeting rebuilt with its body, attendance, speakers and polls. */
    Optional<Meeting> meeting(String id);

    /** The same, locked until the transaction ends: the steps on one meeting are taken one after the other. */
    Optional<Meeting> lockMeeting(String id);

    /** The ids of a body's meetings, by date. */
    List<String> meetingsOf(String bodyId);

    /** Writes the meeting's state, current item and list of speakers. */
    void saveProgress(Meeting meeting);

    void attendance(String meetingId, String member, boolean present);

    /** A poll put to the vote on agenda item {@code item} (its index; -1 before the first). */
    void createPoll(String meetingId, Poll poll, int item);

    /** A member took the floor on agenda item {@code item}: kept for the minutes. */
    void spoke(String meetingId, int item, String member);

    /** Who took the floor, in order. */
    List<Minutes.Speech> speeches(String meetingId);

    /** The agenda index each poll of the meeting was taken on. */
    java.util.Map<String, Integer> pollItems(String meetingId);

    Optional<MinutesApproval> minutesApproval(String meetingId);

    void approveMinutes(String meetingId, MinutesApproval approval);

    /** The ids of a body's meetings whose minutes are approved (one query for a list of meetings). */
    java.util.Set<String> approvedMinutes(String bodyId);

    /**
     * Counts one vote: a named vote as the row (poll, member, choice), a secret vote as the row (poll,
     * member) and one more in its choice's count. False if the member had voted already, even at the
     * same moment: the unique key (poll, member) decides.
     */
    boolean vote(String meetingId, Poll poll, String member, Poll.Choice choice);

    /** An analog poll's figures, as counted in the room. */
    void figures(String meetingId, String pollId, Tally figures);

    void closePoll(String meetingId, String pollId, PollResult result);
}
