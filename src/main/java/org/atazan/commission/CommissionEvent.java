package org.atazan.commission;

/** A public decision of a body's meeting, published in the decision's unit of work. */
public sealed interface CommissionEvent permits MeetingOpened, AttendanceRecorded, ItemTaken, PollOpened, PollClosed, MeetingClosed,
        MinutesApproved {
    String meetingId();
}
