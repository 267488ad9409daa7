package org.atazan.commission;

import java.time.LocalDate;

/** A meeting was opened by its secretary or chair ({@code by}: their account). */
public record MeetingOpened(String meetingId, String bodyId, LocalDate date, String by) implements CommissionEvent {
}
