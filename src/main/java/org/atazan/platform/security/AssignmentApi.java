package org.atazan.platform.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.atazan.kernel.BadInputException;
import org.atazan.kernel.DomainEvents;
import org.atazan.kernel.NotFoundException;
import org.atazan.platform.AccountAssignmentChanged;
import org.atazan.platform.AuditTrail;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.security.Principal;
import java.time.Clock;
import java.util.List;

/**
 * The admin assigns officials to the objects they act on (see {@link org.atazan.platform.Assignments}).
 * The object id is the rest of the path, so that it may hold '/' ({@code territory/kz/1}).
 */
@RestController
@RequestMapping("/api/accounts/{username}/assignments")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Accounts", description = "Who may write, with which role (admin only)")
class AssignmentApi {
    private final JdbcAssignments assignments;
    private final AccountStore accounts;
    private final AuditTrail audit;
    private final DomainEvents events;
    private final Clock clock;

    AssignmentApi(JdbcAssignments assignments, AccountStore accounts, AuditTrail audit, DomainEvents events, Clock clock) {
        this.events = events;
        this.clock = clock;
        this.assignments = assignments;
        this.accounts = accounts;
        this.audit = audit;
    }

    @GetMapping
    @Operation(summary = "The objects an account is assigned to, of one type or all")
    @ApiResponse(responseCode = "200", description = "The assignments")
    @ApiResponse(responseCode = "401", description = "Not signed in", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "403", description = "Not an admin", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No such account", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "A malformed object type", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    List<JdbcAssignments.Assignment> list(@PathVariable String username,
                                          @Parameter(description = "only this kind of object, e.g. vote") @RequestParam(required = false) String objectType) {
        account(username);
        String type = objectType == null || objectType.isBlank() ? null : type(objectType);
        return assignments.of(username, type);
    }

    @PutMapping("/{objectType}/{*objectId}")
    @Transactional
    @Operation(summary = "Assign an account to an object (e.g. PUT .../assignments/vote/kz-2026): 201 if new, 200 if it was already. "
            + "An id with parts keeps its '/' as written, not encoded: .../assignments/territory/kz/1")
    @ApiResponse(responseCode = "200", description = "Already assigned; unchanged")
    @ApiResponse(responseCode = "201", description = "Assigned")
    @ApiResponse(responseCode = "401", description = "Not signed in", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "403", description = "Not an admin", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No such account", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "A malformed object type or id", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<JdbcAssignments.Assignment> assign(@PathVariable String username, @PathVariable String objectType,
                                                      @PathVariable String objectId, Principal admin) {
        String ref = account(username);
        String type = type(objectType);
        String id = id(objectId);
        boolean added = assignments.assign(username, type, id, admin.getName());
        if (added) {
            audit.record(admin.getName(), "assignment.add", type, id, "account '" + username + "' assigned");
            events.publish(new AccountAssignmentChanged(ref, type, id, true, clock.instant()));
        }
        JdbcAssignments.Assignment now = assignments.of(username, type).stream()
                .filter(a -> a.objectId().equals(id)).findFirst().orElseThrow();
        return ResponseEntity.status(added ? HttpStatus.CREATED : HttpStatus.OK).body(now);
    }

    @DeleteMapping("/{objectType}/{*objectId}")
    @Transactional
    @Operation(summary = "Take an account off an object (an id with parts keeps its '/' as written)")
    @ApiResponse(responseCode = "204", description = "Removed")
    @ApiResponse(responseCode = "401", description = "Not signed in", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "403", description = "Not an admin", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No such account or assignment", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "A malformed object type or id", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<Void> unassign(@PathVariable String username, @PathVariable String objectType,
                                  @PathVariable String objectId, Principal admin) {
        String ref = account(username);
        String type = type(objectType);
        String id = id(objectId);
        if (!assignments.unassign(username, type, id)) {
            throw new NotFoundException("account '" + username + "' is not assigned to " + type + " '" + id + "'");
        }
        audit.record(admin.getName(), "assignment.remove", type, id, "account '" + username + "' no longer assigned");
        events.publish(new AccountAssignmentChanged(ref, type, id, false, clock.instant()));
        return ResponseEntity.noContent().build();
    }

    /** The account's public reference, under which who may act on what goes to the record; 404 when there is no such account. */
    private String account(String username) {
        return accounts.publicRef(username).orElseThrow(() -> new NotFoundException("no account '" + username + "'"));
    }

    private static String type(String objectType) {
        if (!JdbcAssignments.validType(objectType)) {
            throw new BadInputException("parameter objectType: a lower-case word (a-z, 0-9, '_', '-'), up to 32 characters");
        }
        return objectType;
    }

    /** The rest of the path after the type, without its leading '/'. */
    private static String id(String rest) {
        String id = rest.startsWith("/") ? rest.substring(1) : rest;
        if (!JdbcAssignments.validId(id)) {
            throw new BadInputException("parameter objectId: letters, digits, '.', '_', ':', '-' and '/' between parts, up to "
                    + JdbcAssignments.MAX_ID + " characters");
        }
        return id;
    }
}
