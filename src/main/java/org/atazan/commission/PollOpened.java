package org.atazan.commission;

/** A motion was put to the vote. */
public record PollOpened(String meetingId, String pollId, String kind, String decision, String by) implements CommissionEvent {
}
