package org.atazan.consultation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.atazan.consultation.ProposalReaction;
import org.atazan.consultation.ProposalReactions;
import org.atazan.consultation.ReactionCounts;
import org.atazan.consultation.ReferenceNumber;
import org.atazan.kernel.BadInputException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Reactions over the API: the public counts of a proposal, and a citizen's own reaction (the latest counts). */
@RestController
@Tag(name = "Consultation", description = "Citizens' proposals, their statuses and public answers")
class ReactionApi {
    private final ProposalReactions reactions;
    private final ConsultationAccess access;
    private final ConsultationRateLimits limits;

    ReactionApi(ProposalReactions reactions, ConsultationAccess access, ConsultationRateLimits limits) {
        this.reactions = reactions;
        this.access = access;
        this.limits = limits;
    }

    /** @param reaction agree, disagree or pass */
    record ReactionBody(String reaction) {
    }

    /** @param yours the caller's own reaction (only in the answer to their own reaction) */
    record CountsJson(long agree, long disagree, long pass, String yours) {
        static CountsJson of(ReactionCounts c, ProposalReaction yours) {
            return new CountsJson(c.agree(), c.disagree(), c.pass(), yours == null ? null : yours.code());
        }
    }

    @GetMapping("/api/consultations/{id}/proposals/{reference}/reactions")
    @Operation(summary = "How many people agree with, disagree with and pass on a proposal (counts only, nobody named)")
    CountsJson counts(@PathVariable String id, @PathVariable String reference) {
        return CountsJson.of(reactions.counts(id, ReferenceNumber.parse("reference", reference)), null);
    }

    @PutMapping("/api/consultations/{id}/proposals/{reference}/reaction")
    @Operation(summary = "React to a proposal: agree, disagree or pass (a citizen whose identity level allows reacting); "
            + "one reaction per account and proposal, a later one replaces the earlier; rate-limited per account and address")
    @ApiResponse(responseCode = "400", description = "the reaction is not agree, disagree or pass (the problem names the field)")
    @ApiResponse(responseCode = "403", description = "the account's identity level does not allow reacting")
    @ApiResponse(responseCode = "429", description = "too many reactions from this account or address (Retry-After says when to retry)")
    CountsJson react(@PathVariable String id, @PathVariable String reference, @RequestBody ReactionBody body,
                     Authentication who, HttpServletRequest request) {
        access.requireCitizen(who, "react");
        ReferenceNumber ref = ReferenceNumber.parse("reference", reference);
        ProposalReaction reaction = parse(body == null ? null : body.reaction());
        reactions.counts(id, ref);
        limits.acquire("react", who.getName(), request.getRemoteAddr());
        return CountsJson.of(reactions.react(id, ref, who.getName(), reaction), reaction);
    }

    /** A reaction outside the three words is a bad request (400) naming the field, on the API as on the page. */
    static ProposalReaction parse(String value) {
        try {
            return ProposalReaction.of("reaction", value);
        } catch (BadInputException e) {
            throw new UnknownReaction(e.getMessage());
        }
    }

    /** A reaction that is none of agree, disagree, pass. */
    static final class UnknownReaction extends RuntimeException {
        UnknownReaction(String message) {
            super(message);
        }
    }
}
