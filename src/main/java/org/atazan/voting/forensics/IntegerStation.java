package org.atazan.voting.forensics;

/**
 * A station whose turnout or yes share is an integer percentage (within the tolerance).
 *
 * @param voters the numerator of its turnout under the selection used (ballots issued, or in the boxes)
 */
public record IntegerStation(String station, int registered, int voters, double turnoutPercent, double yesPercent,
                             boolean integerTurnout, boolean integerYes) {
}
