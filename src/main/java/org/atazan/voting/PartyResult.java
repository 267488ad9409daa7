package org.atazan.voting;

/** One row of a stored party-list vote; {@code officialSeats} is null when none were published (e.g. "Against all"). */
public record PartyResult(String party, long votes, Integer officialSeats) {
}
