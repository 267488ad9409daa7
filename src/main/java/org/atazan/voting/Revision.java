package org.atazan.voting;

import java.time.Instant;

/**
 * One revision of a station's protocol: revision 1 is the first entry, every correction adds one.
 *
 * @param enteredBy the account name of the official who entered it (public)
 * @param reason    why a correction was made ("" for a first entry or an import)
 */
public record Revision(String station, int number, Protocol protocol, String enteredBy, Instant enteredAt,
                       String reason) {
}
