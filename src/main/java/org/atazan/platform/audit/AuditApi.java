package org.atazan.platform.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.atazan.kernel.BadInputException;
import org.atazan.platform.AuditEntry;
import org.atazan.platform.AuditTrail;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The audit trail for an admin: who did what, when, to which object. */
@RestController
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Audit", description = "Who did what, when, to which object (admin only)")
class AuditApi {
    private final AuditTrail audit;

    AuditApi(AuditTrail audit) {
        this.audit = audit;
    }

    @GetMapping("/api/audit")
    @Operation(summary = "The latest audit entries, newest first, optionally of one kind of object or one object")
    @ApiResponse(responseCode = "200", description = "The entries")
    @ApiResponse(responseCode = "401", description = "Not signed in", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "403", description = "Not an admin", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "A parameter out of range", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    List<AuditEntry> entries(
            @Parameter(description = "kind of object, e.g. account, vote") @RequestParam(required = false) String objectType,
            @Parameter(description = "one object of that kind") @RequestParam(required = false) String objectId,
            @Parameter(description = "1 to 500") @RequestParam(defaultValue = "100") int limit) {
        objectType = blankIsNone(objectType);
        objectId = blankIsNone(objectId);
        if (limit < 1 || limit > AuditTrail.MAX_LIMIT) {
            throw new BadInputException("parameter limit: 1 to " + AuditTrail.MAX_LIMIT);
        }
        if (objectType != null && !JdbcAuditTrail.OBJECT_TYPE.matcher(objectType).matches()) {
            throw new BadInputException("parameter objectType: lower-case letters, digits, '_' or '-'");
        }
        if (objectId != null && objectType == null) throw new BadInputException("parameter objectId: needs objectType");
        return audit.entries(objectType, objectId, limit);
    }

    private static String blankIsNone(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
