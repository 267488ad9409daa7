package org.atazan.voting.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.atazan.voting.PublishedResult;
import org.atazan.voting.TallyFigures;

import java.time.Instant;
import java.util.List;

/**
 * A publication of a result in the API: {@code publishedBy} is the role that published it ("election
 * official"), for everyone; {@code account}, the official's account name, only for officials and the admin.
 */
record PublicationJson(String referendum, int number, Instant publishedAt, String publishedBy,
                       @JsonInclude(JsonInclude.Include.NON_NULL) String account, TallyFigures totals,
                       List<PublishedResult.QuestionVerdict> questions) {

    static PublicationJson of(PublishedResult p, boolean official) {
        return new PublicationJson(p.referendum(), p.number(), p.publishedAt(), PublicActors.role(p.publishedBy()),
                official ? p.publishedBy() : null, p.totals(), p.questions());
    }
}
