package org.atazan.consultation;

import java.time.LocalDate;

/**
 * When a registered proposal must be answered, and where that stands today: answered, on time, due
 * soon (within {@link #DUE_SOON} working days) or overdue (the due day has passed without an answer).
 */
public record Deadline(LocalDate due, State state) {
    /** Working days left at which a deadline counts as due soon. */
    public static final int DUE_SOON = 3;

    public enum State {
        ANSWERED, ON_TIME, DUE_SOON, OVERDUE;

        public String code() {
            return Codes.code(this);
        }
    }

    /** The due day: {@code days} working days after registration. */
    public static LocalDate due(WorkingDays calendar, LocalDate registeredOn, int days) {
        return calendar.plus(registeredOn, days);
    }

    public static Deadline of(WorkingDays calendar, LocalDate due, boolean answered, LocalDate today) {
        if (answered) return new Deadline(due, State.ANSWERED);
        if (today.isAfter(due)) return new Deadline(due, State.OVERDUE);
        return new Deadline(due, calendar.between(today, due) <= DUE_SOON ? State.DUE_SOON : State.ON_TIME);
    }
}
