package org.atazan.voting.forensics;

/** A station whose turnout or yes share is an integer percentage (within the tolerance). */
public record IntegerStation(String station, int registered, int voters, double turnoutPercent, double yesPercent,
                             boolean integerTurnout, boolean integerYes) {
}
