package org.atazan.voting;

import java.time.Instant;

/** A station's protocol was corrected: a new revision replaces the figures that counted, for a reason. */
public record ProtocolCorrected(String referendum, String station, int revision, String by, Instant at,
                                TallyFigures figures, String reason) implements VotingEvent {

    static ProtocolCorrected of(String referendum, Revision r) {
        return new ProtocolCorrected(referendum, r.station(), r.number(), r.enteredBy(), r.enteredAt(),
                TallyFigures.of(r.protocol()), r.reason());
    }
}
