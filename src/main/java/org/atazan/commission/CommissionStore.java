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

    void createPoll(String meetingId, Poll poll);

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
