package org.atazan.voting.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.atazan.voting.Revision;
import org.atazan.voting.TallyFigures;

/**
 * One revision of a station's protocol in the API: its figures, who entered it, when and why.
 * {@code enteredBy} is the role that acted ("election official"), for everyone; {@code account}, the
 * official's account name, only for officials and the admin.
 */
record RevisionJson(String station, int revision, @JsonUnwrapped TallyFigures figures, String enteredBy,
                    @JsonInclude(JsonInclude.Include.NON_NULL) String account, String enteredAt, String reason) {

    static RevisionJson of(Revision r, boolean official) {
        return new RevisionJson(r.station(), r.number(), TallyFigures.of(r.protocol()), PublicActors.role(r.enteredBy()),
                official ? r.enteredBy() : null, r.enteredAt().toString(), r.reason());
    }
}
