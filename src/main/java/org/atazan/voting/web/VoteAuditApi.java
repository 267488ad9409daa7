package org.atazan.voting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.atazan.kernel.BadInputException;
import org.atazan.platform.AuditEntry;
import org.atazan.platform.AuditTrail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Who did what on one vote, for the officials assigned to it and the admin (the admin reads every entry at /api/audit). */
@RestController
@Tag(name = "Referendums", description = "Protocols, totals at every level, results and live updates")
class VoteAuditApi {
    private final AuditTrail audit;
    private final VoteAccess access;

    VoteAuditApi(AuditTrail audit, VoteAccess access) {
        this.audit = audit;
        this.access = access;
    }

    @GetMapping("/api/referendums/{id}/audit")
    @PreAuthorize("hasAnyRole('ELECTION_OFFICIAL','ADMIN')")
    @Operation(summary = "The vote's audit trail, newest first: which account created it, added territories, imported, corrected, "
            + "reported turnout, published the result, and when (officials assigned to the vote)")
    @ApiResponse(responseCode = "200", description = "the entries, newest first", content = @io.swagger.v3.oas.annotations.media.Content(
            mediaType = "application/json", array = @io.swagger.v3.oas.annotations.media.ArraySchema(
                    schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = AuditEntry.class))))
    @ApiResponse(responseCode = "401", description = "not signed in")
    @ApiResponse(responseCode = "403", description = "not an election official, or not assigned to this vote")
    List<AuditEntry> entries(@PathVariable String id, @RequestParam(defaultValue = "100") int limit, Authentication who) {
        access.require(who, id);
        if (limit < 1 || limit > AuditTrail.MAX_LIMIT) {
            throw new BadInputException("parameter limit: 1 to " + AuditTrail.MAX_LIMIT + ", was " + limit);
        }
        return audit.entries(VoteAccess.VOTE, id, limit);
    }
}
