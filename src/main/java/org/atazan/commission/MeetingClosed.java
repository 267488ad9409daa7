package org.atazan.commission;

/** A meeting was closed; nothing of it changes any more. */
public record MeetingClosed(String meetingId, String bodyId, int polls, String by) implements CommissionEvent {
}
