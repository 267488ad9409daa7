package org.atazan.voting;

import java.time.Instant;

/** A station's first protocol passed every check and counts from now on (revision 1). */
public record ProtocolAccepted(String referendum, String station, int revision, String by, Instant at,
                               TallyFigures figures) implements VotingEvent {

    static ProtocolAccepted of(String referendum, Revision r) {
        return new ProtocolAccepted(referendum, r.station(), r.number(), r.enteredBy(), r.enteredAt(), TallyFigures.of(r.protocol()));
    }
}
