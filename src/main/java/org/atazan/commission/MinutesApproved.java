package org.atazan.commission;

import java.time.Instant;

/**
 * A meeting's minutes approved and so published: the SHA-256 of their canonical text, and the poll
 * (meeting and poll id) or the act that approved them.
 */
public record MinutesApproved(String meetingId, String bodyId, String digest, String approvingMeeting, String approvingPoll,
                              String act, Instant at, String by) implements CommissionEvent {
}
