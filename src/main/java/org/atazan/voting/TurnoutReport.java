package org.atazan.voting;

import java.math.BigDecimal;
import java.time.LocalTime;

/** A turnout report of one unit at one hour of voting day; {@code issued} is null when not published. */
public record TurnoutReport(String unit, LocalTime at, BigDecimal percent, Long issued) {
}
