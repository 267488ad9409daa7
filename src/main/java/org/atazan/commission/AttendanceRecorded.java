package org.atazan.commission;

/** A member was recorded present (or gone); {@code presentNow} counts the members present after it. */
public record AttendanceRecorded(String meetingId, String member, boolean present, int presentNow, String by)
        implements CommissionEvent {
}
