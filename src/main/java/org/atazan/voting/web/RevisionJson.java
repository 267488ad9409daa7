package org.atazan.voting.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.atazan.voting.Revision;
import org.atazan.voting.TallyFigures;

/** One revision of a station's protocol in the API: its figures, who entered it, when and why. */
record RevisionJson(String station, int revision, @JsonUnwrapped TallyFigures figures, String enteredBy, String enteredAt,
                    String reason) {

    static RevisionJson of(Revision r) {
        return new RevisionJson(r.station(), r.number(), TallyFigures.of(r.protocol()), r.enteredBy(),
                r.enteredAt().toString(), r.reason());
    }
}
