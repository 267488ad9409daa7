package org.atazan.commission;

/** The meeting moved to an agenda item (its position from 1, title and reference). */
public record ItemTaken(String meetingId, int position, String title, String reference, String by) implements CommissionEvent {
}
