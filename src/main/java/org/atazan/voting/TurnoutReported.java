package org.atazan.voting;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Turnout figures of some units at some hours of voting day came in. */
public record TurnoutReported(String referendum, List<Report> reports, String by, Instant at)
        implements VotingEvent {
    public TurnoutReported {
        reports = List.copyOf(reports);
    }

    /** One unit at one hour; {@code time} is "HH:MM", {@code issued} null when not published. */
    public record Report(String unit, String time, BigDecimal percent, Long issued) {
        static Report of(TurnoutReport r) {
            return new Report(r.unit(), r.at().toString(), r.percent(), r.issued());
        }
    }
}
